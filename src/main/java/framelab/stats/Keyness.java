package framelab.stats;

import framelab.dtm.Grouping;
import framelab.dtm.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keyness of terms in a target group against a reference (the other groups, or named ones), one row
 * per term that occurs in either. Measures:
 * <ul>
 *   <li>G² log-likelihood (Dunning 1993), optionally divided by Williams' q; p from χ²(1), adjusted
 *       by Benjamini–Hochberg or Bonferroni across the comparison's terms;</li>
 *   <li>χ² (Pearson; Yates' correction when asked);</li>
 *   <li>Log Ratio (Hardie 2014): {@code log2((a/c)/(b/d))}, a zero count replaced by 0.5 so the value is finite;</li>
 *   <li>%DIFF (Gabrielatos &amp; Marchi 2012): {@code 100 (a/c − b/d)/(b/d)}, with the same 0.5 adjustment for b = 0;</li>
 *   <li>weighted log-odds z-score with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008,
 *       eqs. 16–22), natural logs: with α_w = s·(a+b) and α₀ = s·(c+d) (s = prior scale),
 *       δ = ln((a+α_w)/(c+α₀−a−α_w)) − ln((b+α_w)/(d+α₀−b−α_w)), σ² = 1/(a+α_w) + 1/(b+α_w), z = δ/σ.</li>
 * </ul>
 * Rows are ordered by G² (descending), then term. The statistics are computed once per distinct pair of
 * counts (a, b), which the terms of a comparison share widely ({@link CountPairs}).
 */
public final class Keyness {
    private Keyness() {
    }

    /** Every group against all the others. */
    public static List<KeynessRow> eachAgainstRest(Grouping g, KeynessOptions o) {
        requireTwoGroups(g);
        long[] all = g.dtm().termTotals(r -> true);
        List<KeynessRow> out = new ArrayList<>();
        for (int gi = 0; gi < g.groups().size(); gi++) {
            long[] tgt = g.termTotals(gi);
            long[] ref = new long[all.length];
            for (int t = 0; t < all.length; t++) ref[t] = all[t] - tgt[t];
            out.addAll(compare(g, g.groups().get(gi), "(rest)", tgt, ref, o));
        }
        return out;
    }

    /** One group against all the others. */
    public static List<KeynessRow> againstRest(Grouping g, String target, KeynessOptions o) {
        int ti = g.indexOf(target);
        requireTwoGroups(g);
        long[] tgt = g.termTotals(ti);
        long[] ref = g.dtm().termTotals(r -> true);
        for (int t = 0; t < ref.length; t++) ref[t] -= tgt[t];
        return compare(g, target, "(rest)", tgt, ref, o);
    }

    /** One group against a union of named reference groups. */
    public static List<KeynessRow> against(Grouping g, String target, List<String> reference, KeynessOptions o) {
        int ti = g.indexOf(target);
        if (reference.isEmpty()) throw new IllegalArgumentException("reference groups must not be empty");
        boolean[] inRef = new boolean[g.groups().size()];
        for (String r : reference) {
            int ri = g.indexOf(r);
            if (ri == ti) throw new IllegalArgumentException("group '" + r + "' cannot be both target and reference");
            inRef[ri] = true;
        }
        long[] tgt = g.termTotals(ti);
        long[] ref = g.dtm().termTotals(r -> inRef[g.groupOfRow(r)]);
        return compare(g, target, String.join("+", reference), tgt, ref, o);
    }

    private static void requireTwoGroups(Grouping g) {
        if (g.groups().size() < 2) {
            throw new IllegalArgumentException("keyness needs at least two groups in '" + g.field() + "', this corpus has only "
                    + g.groups() + " (group by another field with --group-by)");
        }
    }

    /** Keyness from term totals of target and reference (aligned to the grouping's vocabulary). */
    public static List<KeynessRow> compare(Grouping g, String target, String reference, long[] tgt, long[] ref, KeynessOptions o) {
        long c = Arrays.stream(tgt).sum();
        long d = Arrays.stream(ref).sum();
        Vocabulary vocab = g.dtm().vocabulary();
        // ids follow term order, so a stable order by G² leaves ties in term order
        assert Frequencies.idsInTermOrder(vocab) : "the vocabulary's ids must follow term order";
        int[] terms = keptTerms(tgt, ref, o.minCount());
        // every statistic is a function of the 2×2 table, i.e. of (a, b) here: computed once per distinct pair
        CountPairs pairs = CountPairs.of(tgt, ref, terms);
        PairStatistics s = statistics(pairs, c, d, o);
        double[] padj = o.adjust().adjust(pairs.perTerm(s.p())); // over every term of the comparison, repeats included
        double[] g2 = new double[pairs.size()];
        for (int j = 0; j < g2.length; j++) g2[j] = s.g2()[j] + 0.0; // -0.0 + 0.0 = 0.0: the two zeros are one value in the order
        int[] order = pairs.termsByDescending(g2); // G² descending, ties in term order
        if (o.top() > 0) order = extremes(order, pairs.perTerm(g2), o.top());
        return rows(g, target, reference, terms, tgt, ref, c, d, pairs, s, padj, order);
    }

    /** The terms occurring at least {@code minCount} times in target and reference together. */
    private static int[] keptTerms(long[] tgt, long[] ref, int minCount) {
        int[] terms = new int[tgt.length];
        int m = 0;
        for (int t = 0; t < tgt.length; t++) if (tgt[t] + ref[t] >= minCount && tgt[t] + ref[t] > 0) terms[m++] = t;
        return Arrays.copyOf(terms, m);
    }

    /** The statistics of each distinct count pair, in columns. */
    private record PairStatistics(double[] g2, double[] p, double[] logRatio, double[] pctDiff, double[] chi2, double[] logOddsZ) {
        PairStatistics(int n) {
            this(new double[n], new double[n], new double[n], new double[n], new double[n], new double[n]);
        }
    }

    private static PairStatistics statistics(CountPairs pairs, long c, long d, KeynessOptions o) {
        PairStatistics s = new PairStatistics(pairs.size());
        boolean williams = o.correction().equals("williams");
        boolean yates = o.correction().equals("yates");
        for (int j = 0; j < pairs.size(); j++) {
            long a = pairs.a(j);
            long b = pairs.b(j);
            double v = (c == 0 || d == 0) ? 0.0 : TwoByTwo.g2(a, b, c, d);
            if (williams) v /= TwoByTwo.williamsQ(a, b, c, d);
            s.g2()[j] = v;
            s.p()[j] = TwoByTwo.pChi2(v);
            s.logRatio()[j] = logRatio(a, b, c, d);
            s.pctDiff()[j] = pctDiff(a, b, c, d);
            s.chi2()[j] = (c == 0 || d == 0) ? 0.0 : TwoByTwo.chi2(a, b, c, d, yates);
            s.logOddsZ()[j] = logOddsZ(a, b, c, d, o.priorScale());
        }
        return s;
    }

    /** One row per entry of {@code order} (positions in {@code terms}). */
    private static List<KeynessRow> rows(Grouping g, String target, String reference, int[] terms, long[] tgt, long[] ref, long c, long d,
                                         CountPairs pairs, PairStatistics s, double[] padj, int[] order) {
        Vocabulary vocab = g.dtm().vocabulary();
        List<KeynessRow> rows = new ArrayList<>(order.length);
        for (int i : order) {
            int t = terms[i];
            int j = pairs.of(i);
            rows.add(new KeynessRow(g.field(), target, reference, vocab.term(t), tgt[t], ref[t], c, d,
                    s.g2()[j], s.p()[j], padj[i], s.logRatio()[j], s.pctDiff()[j], s.chi2()[j], s.logOddsZ()[j]));
        }
        return rows;
    }

    /**
     * The {@code top} most positive and {@code top} most negative of the terms in {@code order} (sorted by G²
     * descending): positions into {@code g2}, in the same order.
     */
    private static int[] extremes(int[] order, double[] g2, int top) {
        int pos = 0;
        while (pos < order.length && pos != top && !(g2[order[pos]] <= 0)) pos++;
        int negFrom = order.length;
        int neg = 0;
        while (negFrom > pos && neg < top && g2[order[negFrom - 1]] < 0) {
            negFrom--;
            neg++;
        }
        int[] out = Arrays.copyOf(order, pos + order.length - negFrom);
        System.arraycopy(order, negFrom, out, pos, order.length - negFrom);
        return out;
    }

    /** Hardie's Log Ratio, binary log of the ratio of relative frequencies; a zero count is replaced by 0.5. */
    public static double logRatio(double a, double b, double c, double d) {
        if (c == 0 || d == 0) return 0.0;
        double aa = a == 0 ? 0.5 : a;
        double bb = b == 0 ? 0.5 : b;
        return Math.log((aa / c) / (bb / d)) / Math.log(2);
    }

    /** Gabrielatos &amp; Marchi's %DIFF; a zero reference count is replaced by 0.5. */
    public static double pctDiff(double a, double b, double c, double d) {
        if (c == 0 || d == 0) return 0.0;
        double bb = b == 0 ? 0.5 : b;
        return 100.0 * (a / c - bb / d) / (bb / d);
    }

    /** Monroe, Colaresi &amp; Quinn (2008) weighted log-odds with the pooled counts as informative Dirichlet prior. */
    public static double logOddsZ(double a, double b, double c, double d, double scale) {
        double alphaW = scale * (a + b);
        double alpha0 = scale * (c + d);
        if (alphaW == 0) return 0.0;
        double delta = Math.log((a + alphaW) / (c + alpha0 - a - alphaW)) - Math.log((b + alphaW) / (d + alpha0 - b - alphaW));
        double var = 1.0 / (a + alphaW) + 1.0 / (b + alphaW);
        return delta / Math.sqrt(var);
    }
}
