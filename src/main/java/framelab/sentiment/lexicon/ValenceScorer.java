package framelab.sentiment.lexicon;

import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a unit with a {@link ValenceLexicon} as AFINN is used (Nielsen 2011; the {@code afinn} Python
 * package's {@code Afinn.score} is the sum): every hit adds its score; multiword entries ("fed up",
 * "does not work") are matched before their words and each token is counted once. There is no negation
 * rule: AFINN encodes negation only through multiword entries such as "not good" and "no fun".
 *
 * <p>Measures, in this order:
 * <ul>
 *   <li>{@code tokens} — word tokens of the unit: every token of the analyzer's tokenizer, stopwords
 *       included, the clitic {@code 's} excluded (the Analyzer never counts it as a word either);</li>
 *   <li>{@code hits} — lexicon matches (a multiword match is one hit);</li>
 *   <li>{@code sum} — the sum of the scores of the hits;</li>
 *   <li>{@code mean} — {@code sum / tokens}, the mean score per token (NaN without tokens);</li>
 *   <li>{@code per100} — {@code 100 × sum / tokens}, the score per 100 tokens (NaN without tokens);</li>
 *   <li>{@code mean_hit} — {@code sum / hits}, the mean score of the scored words (NaN without hits).</li>
 * </ul>
 */
public final class ValenceScorer implements LexiconScorer {
    /** The measure names, in order. */
    public static final List<String> MEASURES = List.of("tokens", "hits", "sum", "mean", "per100", "mean_hit");

    private record Scored(String pattern, double score) {
    }

    private final ValenceLexicon lexicon;
    private final Analyzer analyzer;
    private final PatternMatcher<Scored> matcher;

    private ValenceScorer(ValenceLexicon lexicon, Analyzer analyzer) {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        Map<String, Scored> entries = new LinkedHashMap<>();
        lexicon.scores().forEach((p, s) -> entries.put(p, new Scored(p, s)));
        this.matcher = PatternMatcher.compile(entries, lexicon.globs(), analyzer, (first, second) -> first);
    }

    public static ValenceScorer of(ValenceLexicon lexicon, Analyzer analyzer) {
        return new ValenceScorer(Objects.requireNonNull(lexicon, "lexicon"), Objects.requireNonNull(analyzer, "analyzer"));
    }

    @Override public String lexicon() { return lexicon.name(); }
    @Override public List<String> measures() { return MEASURES; }
    @Override public List<String> unmatchable() { return matcher.unmatchable(); }

    @Override
    public UnitScores score(String text) {
        UnitTokens u = UnitTokens.of(text, analyzer);
        PatternMatcher.Match<Scored> m = new PatternMatcher.Match<>();
        int hits = 0;
        double sum = 0;
        int i = 0;
        while (i < u.n) {
            if (!u.clitic[i] && matcher.longest(u.tokens, u.joined, u.n, i, m)) {
                hits++;
                sum += m.value.score();
                i = m.end;
            } else {
                i++;
            }
        }
        int tokens = u.words();
        double mean = tokens == 0 ? Double.NaN : sum / tokens;
        return new UnitScores(lexicon.name(), List.of(
                new Measure("tokens", tokens),
                new Measure("hits", hits),
                new Measure("sum", sum),
                new Measure("mean", mean),
                new Measure("per100", tokens == 0 ? Double.NaN : 100.0 * sum / tokens),
                new Measure("mean_hit", hits == 0 ? Double.NaN : sum / hits)));
    }

    @Override
    public List<LexiconMatch> matches(String text) {
        UnitTokens u = UnitTokens.of(text, analyzer);
        PatternMatcher.Match<Scored> m = new PatternMatcher.Match<>();
        List<LexiconMatch> out = new ArrayList<>();
        int i = 0;
        while (i < u.n) {
            if (!u.clitic[i] && matcher.longest(u.tokens, u.joined, u.n, i, m)) {
                int s = u.starts[i];
                int e = u.ends[m.end - 1];
                out.add(new LexiconMatch(s, e, text.substring(s, e), m.value.pattern(), Map.of("score", m.value.score()), false));
                i = m.end;
            } else {
                i++;
            }
        }
        return out;
    }

    @Override
    public String spec() {
        return "valence(lexicon=" + lexicon.name() + ", entries=" + lexicon.size() + ", unmatchable=" + matcher.unmatchable().size()
                + ", source=" + lexicon.source() + "; tokens=" + analyzer.tokenizer().spec() + ", lowercase, no stopword removal)";
    }

    @Override
    public String toString() {
        return spec();
    }
}
