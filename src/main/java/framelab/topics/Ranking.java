package framelab.topics;

import java.util.function.IntPredicate;

/** The n largest values of an array without sorting it all: a bounded heap of indices, ties to the lower index. */
final class Ranking {
    private Ranking() {
    }

    /** Indices of the {@code n} largest {@code v[i]} among the eligible ones, largest first; ties by ascending index. */
    static int[] top(double[] v, IntPredicate eligible, int n) {
        if (n <= 0) return new int[0];
        int[] heap = new int[n];   // min-heap by (value asc, index desc): the root is the weakest kept
        int size = 0;
        for (int i = 0; i < v.length; i++) {
            if (!eligible.test(i)) continue;
            if (size < n) {
                heap[size] = i;
                up(heap, size++, v);
            } else if (better(i, heap[0], v)) {
                heap[0] = i;
                down(heap, size, v);
            }
        }
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = heap[0];
            heap[0] = heap[k];
            down(heap, k, v);
        }
        return out;
    }

    /** a ranks before b: larger value, or equal value and lower index. */
    private static boolean better(int a, int b, double[] v) {
        int c = Double.compare(v[a], v[b]);
        return c > 0 || (c == 0 && a < b);
    }

    private static void up(int[] h, int i, double[] v) {
        while (i > 0) {
            int p = (i - 1) / 2;
            if (!better(h[p], h[i], v)) break;
            int t = h[p];
            h[p] = h[i];
            h[i] = t;
            i = p;
        }
    }

    private static void down(int[] h, int size, double[] v) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < size && better(h[m], h[l], v)) m = l;
            if (r < size && better(h[m], h[r], v)) m = r;
            if (m == i) return;
            int t = h[m];
            h[m] = h[i];
            h[i] = t;
            i = m;
        }
    }
}
