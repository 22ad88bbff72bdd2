package framelab.topics;

import java.util.HashMap;
import java.util.Map;

/**
 * Topic coherence from document co-occurrence in the analysed corpus, where a "document" is a unit
 * the model was fitted on (an article or a paragraph): {@code D(w)} is the number of units containing
 * term w, {@code D(w, w')} the number containing both, N the number of units. For a topic's top
 * terms w_1 … w_M (M = 10, by weight):
 * <ul>
 *   <li><b>UMass</b> (Mimno, Wallach, Talley, Leenders &amp; McCallum 2011, "Optimizing semantic coherence in
 *       topic models", EMNLP): log((D(w_m, w_l) + 1) / D(w_l)) for every pair l &lt; m, i.e. the
 *       higher-ranked term conditions the lower. Mimno et al. sum the M(M−1)/2 pairs; this is their
 *       <i>mean</i> (as gensim's CoherenceModel reports it), so values stay comparable when a topic has
 *       fewer terms. ≤ log 2 in practice; closer to 0 = more coherent.</li>
 *   <li><b>NPMI</b> (Bouma 2009, "Normalized (pointwise) mutual information in collocation extraction",
 *       GSCL; as the C_NPMI measure of Röder, Both &amp; Hinneburg 2015, WSDM, with boolean-document
 *       probabilities P(w) = D(w)/N): log(P(w, w') / (P(w) P(w'))) / −log P(w, w'), averaged over all
 *       pairs. In [−1, 1]: 1 when the two terms occur only together, 0 when independent, −1 when
 *       they never co-occur (taken as −1 exactly, where Röder et al. add ε = 1e−12).</li>
 * </ul>
 * A topic with fewer than two terms has no coherence (NaN).
 */
final class Coherence {
    private final Map<Integer, Integer> slots;   // term id -> row of bits/df
    private final long[][] bits;                 // per term of interest: the units containing it
    private final int[] df;
    private final int units;

    private Coherence(Map<Integer, Integer> slots, long[][] bits, int[] df, int units) {
        this.slots = slots;
        this.bits = bits;
        this.df = df;
        this.units = units;
    }

    /**
     * Presence sets over the model's units for the given term ids (the union of the topics' top
     * terms); term ids are indices into the input's vocabulary.
     */
    static Coherence over(TopicInput in, int[] termIds) {
        Map<Integer, Integer> slot = new HashMap<>();
        for (int t : termIds) slot.putIfAbsent(t, slot.size());
        int n = in.size();
        int words = (n + 63) >>> 6;
        long[][] bits = new long[slot.size()][words];
        int[] df = new int[slot.size()];
        int[] slotOfTerm = new int[in.vocabularySize()];
        java.util.Arrays.fill(slotOfTerm, -1);
        slot.forEach((t, s) -> slotOfTerm[t] = s);
        for (int u = 0; u < n; u++) {
            for (int k = 0, m = in.distinctTerms(u); k < m; k++) {
                int s = slotOfTerm[in.termAt(u, k)];
                if (s >= 0) {
                    bits[s][u >>> 6] |= 1L << (u & 63);
                    df[s]++;
                }
            }
        }
        return new Coherence(slot, bits, df, n);
    }

    int documents() {
        return units;
    }

    int df(int term) {
        return df[slot(term)];
    }

    int coDf(int a, int b) {
        long[] x = bits[slot(a)], y = bits[slot(b)];
        int c = 0;
        for (int i = 0; i < x.length; i++) c += Long.bitCount(x[i] & y[i]);
        return c;
    }

    private int slot(int term) {
        Integer s = slots.get(term);
        if (s == null) throw new IllegalArgumentException("term id " + term + " was not registered for coherence");
        return s;
    }

    /** Mean UMass over the pairs of {@code top} (ordered by weight, best first). */
    double umass(int[] top) {
        if (top.length < 2) return Double.NaN;
        double s = 0;
        int pairs = 0;
        for (int m = 1; m < top.length; m++) {
            for (int l = 0; l < m; l++) {
                s += umassPair(coDf(top[m], top[l]), df(top[l]));
                pairs++;
            }
        }
        return s / pairs;
    }

    /** Mean NPMI over the pairs of {@code top}. */
    double npmi(int[] top) {
        if (top.length < 2) return Double.NaN;
        double s = 0;
        int pairs = 0;
        for (int i = 0; i < top.length; i++) {
            for (int j = i + 1; j < top.length; j++) {
                s += npmiPair(coDf(top[i], top[j]), df(top[i]), df(top[j]), units);
                pairs++;
            }
        }
        return s / pairs;
    }

    /** log((D(w_m, w_l) + 1) / D(w_l)). */
    static double umassPair(int dBoth, int dConditioning) {
        return Math.log((dBoth + 1.0) / dConditioning);
    }

    /** NPMI of two terms from document counts; −1 when they never co-occur, 1 when both are in every document. */
    static double npmiPair(int dBoth, int dA, int dB, int n) {
        if (dBoth == 0) return -1;
        double pab = (double) dBoth / n, pa = (double) dA / n, pb = (double) dB / n;
        if (pab >= 1) return 1;
        return Math.log(pab / (pa * pb)) / -Math.log(pab);
    }
}
