package framelab.framing.syndication;

/**
 * The LSH band keys of a document's windows. Shingle positions are cut into blocks of
 * {@code stride = windowShingles / 2}; a window is two consecutive blocks (a document of one block is
 * one window), so windows overlap by half and start every {@code stride} shingles. A block's MinHash is
 * computed once and a window's is the component-wise minimum of its two blocks', so the cost is one
 * MinHash update per shingle, as for a whole-document signature.
 *
 * <p>Why windows and not whole documents: LSH on whole-document Jaccard misses a short wire story
 * printed inside a long article (Jaccard 0.1 although the story's containment is 1). A window lies
 * inside the shared passage on both sides once the passage is long enough, and then its Jaccard is high
 * whatever the documents' lengths: for a passage of L ≥ 2·window shingles there is a window in each
 * document within stride/2 positions of each other, so their Jaccard is at least (2s − s/2)/(2s + s/2)
 * = 0.6 with s = stride; for L ≥ window + stride it is still above 1/3.
 */
final class WindowSketch {
    private WindowSketch() {
    }

    /**
     * Band keys, window-major ({@code [w * bands + t]}), of the windows that hold at least one shingle
     * that is not ignored (a window of common shingles only would collide with every other such window);
     * empty for a text without shingles.
     */
    static long[] bandKeys(Shingles s, MinHash minHash, int windowShingles, int bands, int rows) {
        long[] h = s.hashes();
        if (h.length == 0) return new long[0];
        int stride = windowShingles / 2;
        int blocks = (h.length + stride - 1) / stride;
        long[] out = new long[Math.max(1, blocks - 1) * bands];
        int windows = 0;
        long[] previous = null;
        boolean previousEmpty = true;
        long[] window = new long[minHash.size()];
        for (int b = 0; b < blocks; b++) {
            long[] block = minHash.empty();
            boolean empty = true;
            for (int i = b * stride, end = Math.min(h.length, i + stride); i < end; i++) {
                if (s.ignored(i)) continue;
                minHash.update(block, h[i]);
                empty = false;
            }
            if (blocks == 1) {
                if (!empty) put(out, windows++, block, bands, rows);
            } else if (previous != null && !(empty && previousEmpty)) {
                for (int q = 0; q < window.length; q++) window[q] = Math.min(previous[q], block[q]);
                put(out, windows++, window, bands, rows);
            }
            previous = block;
            previousEmpty = empty;
        }
        return windows * bands == out.length ? out : java.util.Arrays.copyOf(out, windows * bands);
    }

    private static void put(long[] out, int w, long[] sig, int bands, int rows) {
        for (int t = 0; t < bands; t++) out[w * bands + t] = Lsh.bandKey(sig, t, rows);
    }
}
