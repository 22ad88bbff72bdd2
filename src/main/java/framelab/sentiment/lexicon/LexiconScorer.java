package framelab.sentiment.lexicon;

import framelab.text.Analyzer;
import java.util.List;

/**
 * Scores units of text (a document, paragraph or sentence, given as a String) with one lexicon. The text
 * is tokenized with the analyzer's tokenizer and normalised with {@link Analyzer#normalize(String)} plus
 * case folding; the analyzer's stopwords, stemming, n-grams and multiword units are <em>not</em> applied
 * (dictionaries contain stopwords such as "not", and are written for surface words). Multiword entries
 * are matched before the single words they contain, and a token covered by a match is not matched again
 * ({@link PatternMatcher}).
 *
 * <p>Immutable and thread-safe: score units from many threads with one scorer.
 */
public sealed interface LexiconScorer permits ValenceScorer, DictionaryScorer {

    /** A scorer for {@code lexicon}: a {@link ValenceScorer} or a {@link DictionaryScorer} with {@link Negation#defaults()}. */
    static LexiconScorer of(Lexicon lexicon, Analyzer analyzer) {
        return switch (lexicon) {
            case ValenceLexicon v -> ValenceScorer.of(v, analyzer);
            case CategoryLexicon c -> DictionaryScorer.of(c, analyzer);
        };
    }

    /** The lexicon's name: the {@code lexicon} column. */
    String lexicon();

    /** The measure names every {@link #score} returns, in order. */
    List<String> measures();

    /** The scores of one unit; never throws for any string (null is read as empty). */
    UnitScores score(String text);

    /** The hits in one unit, in text order, for reading in context. */
    List<LexiconMatch> matches(String text);

    /** Patterns that can never match under this analyzer's tokenizer ({@link PatternMatcher}). */
    List<String> unmatchable();

    /** The scorer, lexicon, negation rule and analyzer tokenizer, for run manifests (Rule 2). */
    String spec();
}
