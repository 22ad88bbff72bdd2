package framelab.stats;

/**
 * The stable sort order of a {@code double[]} — the indices that visit it sorted, equal values in index
 * order — without boxing: a least-significant-digit radix sort of the IEEE 754 bits, 8 bits a pass, as
 * in Knuth, TAOCP vol. 3, §5.2.5. The order is {@link Double#compare}'s (−0.0 before 0.0, NaN last), so it
 * equals {@code Arrays.sort(Integer[], comparator)} with that comparator, which is also stable, at a fraction
 * of the cost and of the JIT's compile time (the boxed sort showed up as TimSort in profiles of keyness).
 */
final class StableOrder {
    private StableOrder() {
    }

    /** Indices of {@code keys} in ascending {@link Double#compare} order; ties keep index order. */
    static int[] ascending(double[] keys) {
        long[] k = new long[keys.length];
        for (int i = 0; i < k.length; i++) k[i] = ascendingKey(keys[i]);
        return sort(k);
    }

    /** Indices of {@code keys} in descending {@link Double#compare} order; ties keep index order. */
    static int[] descending(double[] keys) {
        long[] k = new long[keys.length];
        for (int i = 0; i < k.length; i++) k[i] = ~ascendingKey(keys[i]);
        return sort(k);
    }

    /**
     * A long whose signed order is {@link Double#compare}'s order of the doubles: the bits of a positive
     * double already sort as numbers; a negative one's magnitude bits are flipped so larger magnitudes sort lower.
     * {@code doubleToLongBits} makes every NaN the same (as {@code Double.compare} does).
     */
    static long ascendingKey(double d) {
        long b = Double.doubleToLongBits(d);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    /** Stable ascending order of signed longs (the keys array is consumed). */
    private static int[] sort(long[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        if (n == 0) return idx;
        for (int i = 0; i < n; i++) idx[i] = i;
        long[] k2 = new long[n];
        int[] idx2 = new int[n];
        int[] count = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            // the top pass reads the sign bit flipped, so negative keys come first
            long flip = shift == 56 ? 0x80L : 0L;
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (((keys[i] >>> shift) & 0xFF) ^ flip) + 1]++;
            if (count[(int) (((keys[0] >>> shift) & 0xFF) ^ flip) + 1] == n) continue; // one digit for all: nothing moves
            for (int b = 0; b < 256; b++) count[b + 1] += count[b];
            for (int i = 0; i < n; i++) {
                int at = count[(int) (((keys[i] >>> shift) & 0xFF) ^ flip)]++;
                k2[at] = keys[i];
                idx2[at] = idx[i];
            }
            long[] tk = keys;
            keys = k2;
            k2 = tk;
            int[] ti = idx;
            idx = idx2;
            idx2 = ti;
        }
        return idx;
    }
}
