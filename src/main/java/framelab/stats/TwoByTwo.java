package framelab.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Association statistics for a term in a target and a reference corpus, from the 2×2 table
 * <pre>
 *              target      reference
 *   term         a            b
 *   other      c − a        d − b
 * </pre>
 * with {@code c}, {@code d} the corpus sizes in tokens. All statistics are signed: positive when the
 * term is relatively more frequent in the target (observed {@code a} above its expectation).
 */
public final class TwoByTwo {
    private static final ChiSquaredDistribution CHI2_1 = ChiSquaredDistribution.of(1);

    private TwoByTwo() {
    }

    /**
     * Log-likelihood G² (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence"):
     * {@code 2 Σ O ln(O/E)} over the four cells, with {@code 0 ln 0 = 0}. Exact (no epsilon inside the logs,
     * unlike quanteda, whose +1e-9 inflates G² by about 2·N·1e-9).
     */
    public static double g2(double a, double b, double c, double d) {
        double n = c + d;
        double r1 = a + b;
        double r2 = n - r1;
        double sum = term(a, r1 * c / n) + term(b, r1 * d / n) + term(c - a, r2 * c / n) + term(d - b, r2 * d / n);
        double g2 = Math.max(0.0, 2.0 * sum);
        return sign(a, b, c, d) * g2;
    }

    /**
     * Williams' (1976) correction divisor for G² in a 2×2 table:
     * {@code q = 1 + (N/R1 + N/R2 − 1)(N/C1 + N/C2 − 1) / (6N)}; taken as 1 when any cell is zero
     * (as quanteda's {@code textstat_keyness} does).
     */
    public static double williamsQ(double a, double b, double c, double d) {
        if (a == 0 || b == 0 || c - a == 0 || d - b == 0) return 1.0;
        double n = c + d;
        double r1 = a + b;
        double r2 = n - r1;
        return 1.0 + (n / r1 + n / r2 - 1.0) * (n / c + n / d - 1.0) / (6.0 * n);
    }

    /** Pearson's χ² without continuity correction: {@code N(ad' − bc')² / (R1 R2 C1 C2)}, signed. */
    public static double chi2(double a, double b, double c, double d) {
        return chi2(a, b, c, d, false);
    }

    /** Pearson's χ², optionally with Yates' (1934) textbook continuity correction {@code (|ad'−bc'| − N/2)²}, signed. */
    public static double chi2(double a, double b, double c, double d, boolean yates) {
        double n = c + d;
        double a2 = c - a;
        double b2 = d - b;
        double r1 = a + b;
        double r2 = a2 + b2;
        if (r1 == 0 || r2 == 0 || c == 0 || d == 0) return 0.0;
        double diff = Math.abs(a * b2 - b * a2);
        if (yates) diff = Math.max(0.0, diff - n / 2.0);
        return sign(a, b, c, d) * n * diff * diff / (r1 * r2 * c * d);
    }

    /** Upper-tail p-value of a (signed) statistic under χ²(1), from the survival function (no 1e-16 floor). */
    public static double pChi2(double statistic) {
        return CHI2_1.survivalProbability(Math.abs(statistic));
    }

    private static double term(double o, double e) {
        return o > 0 ? o * Math.log(o / e) : 0.0;
    }

    private static double sign(double a, double b, double c, double d) {
        double expected = (a + b) * c / (c + d);
        return a > expected ? 1.0 : (a < expected ? -1.0 : 0.0);
    }
}
