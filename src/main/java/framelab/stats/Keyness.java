package framelab.stats;

import framelab.dtm.Grouping;
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
 * Rows are ordered by G² (descending), then term.
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
        int[] terms = new int[tgt.length];
        int m = 0;
        for (int t = 0; t < tgt.length; t++) if (tgt[t] + ref[t] >= o.minCount() && tgt[t] + ref[t] > 0) terms[m++] = t;
        double[] g2 = new double[m];
        double[] p = new double[m];
        boolean williams = o.correction().equals("williams");
        for (int i = 0; i < m; i++) {
            int t = terms[i];
            double v = (c == 0 || d == 0) ? 0.0 : TwoByTwo.g2(tgt[t], ref[t], c, d);
            if (williams) v /= TwoByTwo.williamsQ(tgt[t], ref[t], c, d);
            g2[i] = v;
            p[i] = TwoByTwo.pChi2(v);
        }
        double[] padj = o.adjust().adjust(p);
        boolean yates = o.correction().equals("yates");
        List<KeynessRow> rows = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            int t = terms[i];
            long a = tgt[t];
            long b = ref[t];
            rows.add(new KeynessRow(g.field(), target, reference, g.dtm().vocabulary().term(t), a, b, c, d,
                    g2[i], p[i], padj[i], logRatio(a, b, c, d), pctDiff(a, b, c, d),
                    (c == 0 || d == 0) ? 0.0 : TwoByTwo.chi2(a, b, c, d, yates), logOddsZ(a, b, c, d, o.priorScale())));
        }
        if (idsInTermOrder(g.dtm().vocabulary())) {
            // rows were made in term order, so a stable sort on G² alone leaves ties in term order
            rows.sort((x, y) -> x.g2() != y.g2() ? Double.compare(y.g2(), x.g2()) : 0);
        } else {
            rows.sort((x, y) -> x.g2() != y.g2() ? Double.compare(y.g2(), x.g2()) : x.term().compareTo(y.term()));
        }
        return o.top() <= 0 ? rows : extremes(rows, o.top());
    }

    /** True when term ids follow term order (a matrix's vocabulary is sorted, so always in practice). */
    private static boolean idsInTermOrder(framelab.dtm.Vocabulary v) {
        for (int i = 1; i < v.size(); i++) if (v.term(i - 1).compareTo(v.term(i)) >= 0) return false;
        return true;
    }

    /** The {@code top} most positive and {@code top} most negative rows of a list sorted by G² descending. */
    private static List<KeynessRow> extremes(List<KeynessRow> sorted, int top) {
        List<KeynessRow> out = new ArrayList<>();
        int pos = 0;
        for (KeynessRow r : sorted) {
            if (r.g2() <= 0 || pos == top) break;
            out.add(r);
            pos++;
        }
        int negFrom = sorted.size();
        int neg = 0;
        while (negFrom > pos && neg < top && sorted.get(negFrom - 1).g2() < 0) {
            negFrom--;
            neg++;
        }
        out.addAll(sorted.subList(negFrom, sorted.size()));
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
