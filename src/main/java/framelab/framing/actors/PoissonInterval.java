package framelab.framing.actors;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The exact (central) confidence interval for a Poisson mean from one count k (Garwood 1936, "Fiducial
 * limits for the Poisson distribution", Biometrika 28: 437–442): lower = ½ χ²(α/2; 2k), upper =
 * ½ χ²(1 − α/2; 2k + 2), written here as the equal Gamma quantiles G(α/2; k, 1) and G(1 − α/2; k + 1, 1),
 * with lower = 0 for k = 0. Its coverage is at least the nominal level.
 */
final class PoissonInterval {
    private static final double ACCURACY = 1e-12;

    private PoissonInterval() {
    }

    /** {lower, upper} for the mean count behind {@code k} at the two-sided level {@code level} (e.g. 0.95). */
    static double[] garwood(long k, double level) {
        if (k < 0) throw new IllegalArgumentException("a Poisson count is >= 0, got " + k);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
        double alpha = 1 - level;
        double lower = k == 0 ? 0.0 : new GammaDistribution(null, k, 1.0, ACCURACY).inverseCumulativeProbability(alpha / 2);
        double upper = new GammaDistribution(null, k + 1, 1.0, ACCURACY).inverseCumulativeProbability(1 - alpha / 2);
        return new double[] {lower, upper};
    }
}
