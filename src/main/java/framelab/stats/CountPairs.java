package framelab.stats;

import java.util.Arrays;

/**
 * The distinct (target count, reference count) pairs of a comparison's terms, numbered in order of first
 * appearance: with the corpus sizes fixed, a term's 2×2 table — and so every keyness statistic — is a
 * function of its pair, and the vocabulary's long tail shares few pairs (ABP news, CNN against the rest:
 * 13,379 pairs for 194,628 terms), so the statistics are computed once per pair. An open-addressing hash
 * table of primitives (no boxed keys).
 */
final class CountPairs {
    private final int[] pairOfTerm;
    private final long[] a;
    private final long[] b;
    private final int size;

    private CountPairs(int[] pairOfTerm, long[] a, long[] b, int size) {
        this.pairOfTerm = pairOfTerm;
        this.a = a;
        this.b = b;
        this.size = size;
    }

    /** The pairs of {@code terms}, whose counts are {@code tgt[t]} and {@code ref[t]}. */
    static CountPairs of(long[] tgt, long[] ref, int[] terms) {
        int m = terms.length;
        int[] pairOfTerm = new int[m];
        long[] a = new long[64];
        long[] b = new long[64];
        int[] slots = new int[128]; // pair index + 1; 0 = empty; at most half full
        int size = 0;
        for (int i = 0; i < m; i++) {
            long x = tgt[terms[i]];
            long y = ref[terms[i]];
            int mask = slots.length - 1;
            int s = slot(x, y, mask);
            while (slots[s] != 0 && (a[slots[s] - 1] != x || b[slots[s] - 1] != y)) s = (s + 1) & mask;
            if (slots[s] == 0) {
                if (size == a.length) {
                    a = Arrays.copyOf(a, size * 2);
                    b = Arrays.copyOf(b, size * 2);
                }
                a[size] = x;
                b[size] = y;
                slots[s] = ++size;
                if (2 * size > slots.length) slots = rehash(a, b, size, slots.length * 2);
                pairOfTerm[i] = size - 1;
            } else {
                pairOfTerm[i] = slots[s] - 1;
            }
        }
        return new CountPairs(pairOfTerm, a, b, size);
    }

    private static int slot(long x, long y, int mask) {
        long h = (x * 0x9E3779B97F4A7C15L + y) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static int[] rehash(long[] a, long[] b, int size, int capacity) {
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        for (int p = 0; p < size; p++) {
            int s = slot(a[p], b[p], mask);
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = p + 1;
        }
        return slots;
    }

    /** A value per term from a value per pair. */
    double[] perTerm(double[] perPair) {
        double[] out = new double[pairOfTerm.length];
        for (int i = 0; i < out.length; i++) out[i] = perPair[pairOfTerm[i]];
        return out;
    }

    /**
     * The terms (indices) by their pair's value, descending in {@link Double#compare}'s order, terms with equal
     * values in index order: the pairs are sorted, then the terms bucketed by their pair's rank (a stable counting
     * sort), which sorts 13,379 values instead of 194,628.
     */
    int[] termsByDescending(double[] perPair) {
        int[] pairOrder = StableOrder.descending(perPair);
        int[] rank = new int[size];
        int ranks = 0;
        for (int k = 0; k < size; k++) {
            if (k > 0 && Double.compare(perPair[pairOrder[k]], perPair[pairOrder[k - 1]]) != 0) ranks++;
            rank[pairOrder[k]] = ranks;
        }
        int[] start = new int[ranks + 2];
        for (int p : pairOfTerm) start[rank[p] + 1]++;
        for (int r = 0; r <= ranks; r++) start[r + 1] += start[r];
        int[] out = new int[pairOfTerm.length];
        for (int i = 0; i < pairOfTerm.length; i++) out[start[rank[pairOfTerm[i]]]++] = i;
        return out;
    }

    /** Number of distinct pairs. */
    int size() { return size; }

    /** The pair of the i-th term. */
    int of(int i) { return pairOfTerm[i]; }

    /** Target count of pair p. */
    long a(int p) { return a[p]; }

    /** Reference count of pair p. */
    long b(int p) { return b[p]; }
}
