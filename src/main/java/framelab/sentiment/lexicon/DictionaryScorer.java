package framelab.sentiment.lexicon;

import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the categories of a {@link CategoryLexicon} in a unit, as quanteda's {@code tokens_lookup} /
 * {@code dfm_lookup} and LIWC do, with leftmost-longest matching: multiword entries before their words,
 * each token counted once (quanteda.sentiment's {@code nested_scope = "dictionary"}), and at most one entry
 * per hit — an exact entry before a prefix entry, a longer prefix before a shorter one ({@link PatternMatcher}).
 * A hit adds its entry's weight (1 unless the dictionary gives weights) to each of the entry's categories.
 *
 * <p>For a polarity dictionary ({@link CategoryLexicon#polarity()}) the {@link Negation} rule moves
 * negated hits of the two poles to the negated categories, and two tone measures are added. With the
 * counts of this scorer — each hit counted once, so {@code positive} holds the hits that were not
 * negated — let P = count_positive, N = count_negative, NP = count_neg_positive, NN = count_neg_negative:
 * <ul>
 *   <li>{@code net_tone} = (P + NP − NP) − (N + NN − NN) = P − N. This is Young &amp; Soroka's (2012)
 *       net tone, (positive − negated positive) − (negative − negated negative), in which "positive" counts
 *       every positive word including those inside a negated phrase — quanteda's documentation of
 *       {@code data_dictionary_LSD2015} tells users to subtract the negated positives from the positive
 *       count for that reason. Negated words therefore drop out of net tone rather than switch sides.</li>
 *   <li>{@code net_tone_per1000} = 1000 × net_tone / tokens.</li>
 *   <li>{@code log_tone} = ln((pos + 0.5) / (neg + 0.5)) with pos = P + NN and neg = N + NP: the smoothed
 *       log ratio of Lowe et al. (2011) used by Proksch et al. (2019), with negated words switching sides
 *       as quanteda.sentiment's {@code polarity(data_dictionary_LSD2015) <- list(pos = c("positive",
 *       "neg_negative"), neg = c("negative", "neg_positive"))} does. NaN for a unit without tokens.</li>
 * </ul>
 *
 * <p>Measures, in this order: {@code tokens} (word tokens, stopwords included, clitic {@code 's}
 * excluded), {@code hits} (matches with at least one category), {@code matched_tokens} (word tokens inside
 * hits), then for every category in dictionary order {@code count_<category>} (the weighted count) and
 * {@code per1000_<category>} (1000 × count / tokens, NaN without tokens); for a polarity dictionary the
 * negated categories are added after the dictionary's own if it lacks them, and {@code net_tone},
 * {@code net_tone_per1000}, {@code log_tone} close the list.
 */
public final class DictionaryScorer implements LexiconScorer {

    private record Hit(String pattern, int[] cats, double[] weights) {
        Hit union(Hit other) {
            int[] c = Arrays.copyOf(cats, cats.length + other.cats.length);
            double[] w = Arrays.copyOf(weights, c.length);
            int n = cats.length;
            for (int k = 0; k < other.cats.length; k++) {
                int idx = other.cats[k];
                if (Arrays.stream(cats).noneMatch(x -> x == idx)) {
                    c[n] = idx;
                    w[n++] = other.weights[k];
                }
            }
            return new Hit(pattern, Arrays.copyOf(c, n), Arrays.copyOf(w, n));
        }
    }

    private final CategoryLexicon lexicon;
    private final Analyzer analyzer;
    private final Negation negation;
    private final List<String> categories;
    private final List<String> measures;
    private final PatternMatcher<Hit> matcher;
    /** Category indexes of the poles and their negated categories, or -1 without polarity. */
    private final int pos, neg, negPos, negNeg;

    private DictionaryScorer(CategoryLexicon lexicon, Analyzer analyzer, Negation negation) {
        this.lexicon = lexicon;
        this.analyzer = analyzer;
        this.negation = negation;
        List<String> cats = new ArrayList<>(lexicon.categories());
        Polarity p = lexicon.polarity().orElse(null);
        if (p != null) {
            if (!cats.contains(p.negatedPositive())) cats.add(p.negatedPositive());
            if (!cats.contains(p.negatedNegative())) cats.add(p.negatedNegative());
        }
        this.categories = List.copyOf(cats);
        this.pos = p == null ? -1 : cats.indexOf(p.positive());
        this.neg = p == null ? -1 : cats.indexOf(p.negative());
        this.negPos = p == null ? -1 : cats.indexOf(p.negatedPositive());
        this.negNeg = p == null ? -1 : cats.indexOf(p.negatedNegative());
        List<String> m = new ArrayList<>(List.of("tokens", "hits", "matched_tokens"));
        for (String c : categories) {
            m.add("count_" + c);
            m.add("per1000_" + c);
        }
        if (p != null) m.addAll(List.of("net_tone", "net_tone_per1000", "log_tone"));
        this.measures = List.copyOf(m);
        Map<String, Hit> entries = new LinkedHashMap<>();
        lexicon.entries().forEach((pattern, cw) -> {
            int[] ci = new int[cw.size()];
            double[] w = new double[cw.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : cw.entrySet()) {
                ci[k] = categories.indexOf(e.getKey());
                w[k++] = e.getValue();
            }
            entries.put(pattern, new Hit(pattern, ci, w));
        });
        this.matcher = PatternMatcher.compile(entries, lexicon.globs(), analyzer, Hit::union);
    }

    /** A scorer with {@link Negation#defaults()} (used only if the dictionary has a polarity). */
    public static DictionaryScorer of(CategoryLexicon lexicon, Analyzer analyzer) {
        return new DictionaryScorer(Objects.requireNonNull(lexicon, "lexicon"), Objects.requireNonNull(analyzer, "analyzer"), Negation.defaults());
    }

    /** The same scorer with another negation rule ({@link Negation#none()} to switch it off). */
    public DictionaryScorer withNegation(Negation n) {
        return new DictionaryScorer(lexicon, analyzer, Objects.requireNonNull(n, "negation"));
    }

    public Negation negation() { return negation; }

    /** The categories reported, in order (the dictionary's, then any added negated categories). */
    public List<String> categories() { return categories; }

    @Override public String lexicon() { return lexicon.name(); }
    @Override public List<String> measures() { return measures; }
    @Override public List<String> unmatchable() { return matcher.unmatchable(); }

    @Override
    public UnitScores score(String text) {
        double[] counts = new double[categories.size()];
        int[] hm = new int[3];
        scan(text, counts, hm, null);
        return build(counts, hm[2], hm[0], hm[1]);
    }

    @Override
    public List<LexiconMatch> matches(String text) {
        List<LexiconMatch> out = new ArrayList<>();
        scan(text, new double[categories.size()], new int[3], out);
        return out;
    }

    /** Walks the unit's hits, adding to {@code counts}; {@code hm} gets hits, matched tokens and word tokens. */
    private void scan(String text, double[] counts, int[] hm, List<LexiconMatch> out) {
        UnitTokens u = UnitTokens.of(text, analyzer);
        PatternMatcher.Match<Hit> m = new PatternMatcher.Match<>();
        boolean polar = pos >= 0;
        int i = 0;
        while (i < u.n) {
            if (u.clitic[i] || !matcher.longest(u.tokens, u.joined, u.n, i, m)) {
                i++;
                continue;
            }
            Hit h = m.value;
            boolean negated = polar && !contains(h.cats, negPos) && !contains(h.cats, negNeg)
                    && (contains(h.cats, pos) || contains(h.cats, neg)) && negation.negates(u, i);
            Map<String, Double> counted = out == null ? null : new LinkedHashMap<>();
            for (int k = 0; k < h.cats.length; k++) {
                int c = h.cats[k];
                if (negated && c == pos) c = negPos;
                else if (negated && c == neg) c = negNeg;
                counts[c] += h.weights[k];
                if (counted != null) counted.merge(categories.get(c), h.weights[k], Double::sum);
            }
            hm[0]++;
            hm[1] += u.wordsIn(i, m.end);
            if (out != null) {
                int s = u.starts[i];
                int e = u.ends[m.end - 1];
                out.add(new LexiconMatch(s, e, text.substring(s, e), h.pattern(), counted, negated));
            }
            i = m.end;
        }
        hm[2] = u.words();
    }

    private UnitScores build(double[] counts, int tokens, int hits, int matched) {
        List<Measure> out = new ArrayList<>(measures.size());
        out.add(new Measure("tokens", tokens));
        out.add(new Measure("hits", hits));
        out.add(new Measure("matched_tokens", matched));
        for (int c = 0; c < categories.size(); c++) {
            out.add(new Measure("count_" + categories.get(c), counts[c]));
            out.add(new Measure("per1000_" + categories.get(c), tokens == 0 ? Double.NaN : 1000.0 * counts[c] / tokens));
        }
        if (pos >= 0) {
            double p = counts[pos], n = counts[neg], np = counts[negPos], nn = counts[negNeg];
            double net = ((p + np) - np) - ((n + nn) - nn);
            out.add(new Measure("net_tone", net));
            out.add(new Measure("net_tone_per1000", tokens == 0 ? Double.NaN : 1000.0 * net / tokens));
            out.add(new Measure("log_tone", tokens == 0 ? Double.NaN : Math.log((p + nn + 0.5) / (n + np + 0.5))));
        }
        return new UnitScores(lexicon.name(), out);
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) if (v == x) return true;
        return false;
    }

    @Override
    public String spec() {
        String pol = lexicon.polarity().map(p -> "polarity=" + p.positive() + "/" + p.negative() + "/" + p.negatedPositive() + "/"
                + p.negatedNegative() + ", " + negation.spec()).orElse("polarity=none");
        return "dictionary(lexicon=" + lexicon.name() + ", entries=" + lexicon.size() + ", categories=" + categories.size()
                + ", unmatchable=" + matcher.unmatchable().size() + ", " + pol + ", source=" + lexicon.source()
                + "; tokens=" + analyzer.tokenizer().spec() + ", lowercase, no stopword removal, leftmost-longest, each token once)";
    }

    @Override
    public String toString() {
        return spec();
    }
}
