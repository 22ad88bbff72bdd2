package framelab.framing.syndication;

import java.util.Arrays;

/**
 * Shingles found in too many documents to say anything about copying: site furniture the cleaner
 * missed (newsletter boxes, country pickers, photo-gallery embeds), stock sentences and much-quoted
 * lines. Text-reuse tools drop them before comparing (passim ignores n-grams in more than 100
 * documents by default; Smith, Cordell &amp; Mullen 2015); so does {@link Syndication}, above
 * {@code maxShingleDocs} documents.
 */
final class CommonShingles {
    /** Elements counted at a time: the hash range is cut into slices of about this many, to bound memory. */
    static final int SLICE = 1 << 22;

    private CommonShingles() {
    }

    /**
     * The shingles that occur in more than {@code maxDocs} of the given per-document sets (each ascending
     * and distinct), ascending. The 64-bit hash range is cut into equal slices; each slice's elements
     * (a contiguous run in every sorted set) are copied out, sorted and counted, so memory beyond the sets
     * is about {@value #SLICE} longs whatever the corpus size (hashes are uniform, slices balanced).
     */
    static long[] find(long[][] sets, int maxDocs) {
        return find(sets, maxDocs, SLICE);
    }

    static long[] find(long[][] sets, int maxDocs, int slice) {
        if (sets.length <= maxDocs) return new long[0];
        long total = 0;
        for (long[] s : sets) total += s.length;
        int slices = (int) Math.max(1, Math.min(1 << 16, (total + slice - 1) / slice));
        long step = Long.divideUnsigned(-1L, slices) + 1; // ≈ 2⁶⁴ / slices
        int[] at = new int[sets.length]; // each set's position at the start of the current slice
        Lsh.LongList out = new Lsh.LongList();
        long[] buffer = new long[16];
        for (int p = 0; p < slices; p++) {
            long hi = Long.MIN_VALUE + (p + 1) * step; // exclusive upper bound of the slice (wraps to the end for the last)
            int n = 0;
            for (int d = 0; d < sets.length; d++) {
                long[] s = sets[d];
                int from = at[d];
                int to = p == slices - 1 ? s.length : lowerBound(s, from, hi);
                int len = to - from;
                if (n + len > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(n + len, buffer.length * 2));
                System.arraycopy(s, from, buffer, n, len);
                n += len;
                at[d] = to;
            }
            Arrays.sort(buffer, 0, n);
            for (int i = 0; i < n; ) {
                int j = i + 1;
                while (j < n && buffer[j] == buffer[i]) j++;
                if (j - i > maxDocs) out.add(buffer[i]);
                i = j;
            }
        }
        return Arrays.copyOf(out.values, out.size);
    }

    /** The first index in {@code s[from..]} whose value is ≥ {@code x} (signed order). */
    private static int lowerBound(long[] s, int from, long x) {
        int lo = from;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
