package framelab.dtm;

import java.util.Arrays;

/** Helpers for building sparse rows. */
final class SparseRows {
    private SparseRows() {
    }

    /** Sorted ids with repeats → {distinct ids, counts}. */
    static int[][] runLengths(int[] sortedIds) {
        int[] ids = new int[sortedIds.length];
        int[] cnt = new int[sortedIds.length];
        int n = 0;
        for (int i = 0; i < sortedIds.length; i++) {
            if (n > 0 && ids[n - 1] == sortedIds[i]) cnt[n - 1]++;
            else {
                ids[n] = sortedIds[i];
                cnt[n++] = 1;
            }
        }
        return new int[][] {Arrays.copyOf(ids, n), Arrays.copyOf(cnt, n)};
    }
}
