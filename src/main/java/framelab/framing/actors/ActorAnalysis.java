package framelab.framing.actors;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.text.Analyzer;
import framelab.text.Segmenter;
import framelab.text.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Who is in the news, next to whom, and in which words, per outlet: three tables from an actor dictionary
 * (any {@link CategoryLexicon}: pattern → actor, e.g. {@code Lexicons.actors()}), matched as
 * {@link DictionaryScorer} matches it — leftmost-longest, multiword patterns such as "white house" before
 * their words, a trailing {@code *} as a prefix wildcard, each token in at most one hit, no negation.
 * <ol>
 *   <li>{@link ActorMentionRow}: mentions per 10,000 word tokens with an exact Poisson interval;</li>
 *   <li>{@link ActorCooccurrenceRow}: pairs of actors named in the same OpenNLP sentence, with Jaccard,
 *       logDice and PMI;</li>
 *   <li>{@link ActorCollocateRow}: each actor's collocates by logDice within ±window analysed terms of its
 *       mentions, with the universal POS tag they most often carry there.</li>
 * </ol>
 * Each table has an {@code (all)} group first, then one group per value of {@code groupBy} (sorted; a
 * document without the field falls in the group {@code ""}). Documents are scanned in parallel, in chunks
 * with one worker each, and each chunk is added to the totals when it is done; every figure is a sum, so
 * the output does not depend on document order, chunking or thread timing.
 */
public final class ActorAnalysis {
    /** Documents per worker: enough to amortise a worker's session and tagger, small enough to balance. */
    private static final int CHUNK = 128;

    private ActorAnalysis() {
    }

    /**
     * Runs the three analyses.
     *
     * @param cleaned  documents (after cleaning)
     * @param groupBy  the metadata field to compare by, e.g. {@code source}
     * @param analyzer gives the word tokens (rate denominators, dictionary matching) and the terms collocate
     *                 windows count; it must not make n-grams
     * @param actors   pattern → actor; a polarity, if it has one, is ignored
     * @throws IllegalArgumentException when no document has {@code groupBy}, the analyzer makes n-grams, or
     *                                  the dictionary has no actor
     */
    public static ActorResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, CategoryLexicon actors, ActorOptions o) {
        Objects.requireNonNull(cleaned, "documents");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(o, "options");
        if (analyzer.ngramMax() > 1) {
            throw new IllegalArgumentException("actor collocates are counted on single terms, but the analyzer makes n-grams "
                    + analyzer.ngramMin() + ".." + analyzer.ngramMax() + "; use an analyzer with ngrams 1..1");
        }
        if (actors.categories().isEmpty()) throw new IllegalArgumentException("the actor dictionary " + actors.name() + " has no actors");
        if (!cleaned.isEmpty() && cleaned.stream().noneMatch(d -> d.meta().has(groupBy))) {
            throw new IllegalArgumentException("no document has the metadata field '" + groupBy + "' to group by; fields of the first document: "
                    + cleaned.get(0).meta().fields().keySet());
        }
        CategoryLexicon lexicon = actors.withoutPolarity();
        DictionaryScorer scorer = DictionaryScorer.of(lexicon, analyzer);
        List<String> names = lexicon.categories().stream().sorted().toList();
        int chunks = (cleaned.size() + CHUNK - 1) / CHUNK;
        Totals totals = new Totals(names.size(), o.posTags());
        // each chunk's tallies are merged as soon as it is done, so at most one chunk per thread is held apart
        IntStream.range(0, chunks).parallel().forEach(c -> {
            ActorScanner s = new ActorScanner(analyzer, scorer, names, o);
            for (Document d : cleaned.subList(c * CHUNK, Math.min(cleaned.size(), (c + 1) * CHUNK))) s.scan(d, d.meta().get(groupBy));
            totals.add(s.finish());
        });
        Map<String, GroupTally> groups = totals.inRowOrder();
        String spec = "actors(" + scorer.spec() + "; actors=" + names.size() + ", " + o.spec() + "; sentences="
                + new Segmenter(Unit.SENTENCE).spec() + "; pos=" + (o.posTags() ? PosTagger.spec() : "off")
                + "; per10k over word tokens with stopwords, 95% CI Garwood exact Poisson; analyzer=" + analyzer.spec() + ")";
        return new ActorResult(ActorTables.mentions(groupBy, groups, names), ActorTables.cooccurrence(groupBy, groups, names),
                ActorTables.collocates(groupBy, groups, names, o), spec);
    }

    /** The sum of every chunk's tallies, per group and over all groups; sums only, so merge order does not matter. */
    private static final class Totals {
        private final int actors;
        private final boolean posTags;
        private final GroupTally all;
        private final Map<String, GroupTally> byGroup = new TreeMap<>();

        Totals(int actors, boolean posTags) {
            this.actors = actors;
            this.posTags = posTags;
            this.all = new GroupTally(actors, posTags);
        }

        synchronized void add(Map<String, GroupTally> part) {
            part.forEach((group, t) -> {
                byGroup.computeIfAbsent(group, k -> new GroupTally(actors, posTags)).addAll(t);
                all.addAll(t);
            });
        }

        /** {@code (all)} first, then the groups in sorted order. */
        synchronized Map<String, GroupTally> inRowOrder() {
            Map<String, GroupTally> out = new LinkedHashMap<>();
            out.put("(all)", all);
            out.putAll(byGroup);
            return out;
        }
    }
}
