package framelab.stats;

import java.util.Locale;

/**
 * p-value adjustment for many simultaneous tests: Benjamini &amp; Hochberg (1995) false discovery
 * rate step-up, Bonferroni family-wise bound, or none. Matches R's {@code p.adjust}.
 */
public enum MultipleTesting {
    BH, BONFERRONI, NONE;

    public static MultipleTesting parse(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "bh", "fdr", "benjamini-hochberg" -> BH;
            case "bonferroni" -> BONFERRONI;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown p-value adjustment '" + s + "'; use bh, bonferroni or none");
        };
    }

    public double[] adjust(double[] p) {
        int m = p.length;
        double[] out = new double[m];
        switch (this) {
            case NONE -> System.arraycopy(p, 0, out, 0, m);
            case BONFERRONI -> {
                for (int i = 0; i < m; i++) out[i] = Math.min(1.0, p[i] * m);
            }
            case BH -> {
                int[] order = StableOrder.descending(p); // descending p, ties in index order
                double running = 1.0;
                for (int k = 0; k < m; k++) {
                    int i = order[k];
                    int rank = m - k; // rank of p[i] in ascending order
                    running = Math.min(running, p[i] * m / rank);
                    out[i] = Math.min(1.0, running);
                }
            }
        }
        return out;
    }
}
