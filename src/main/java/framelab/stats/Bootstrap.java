package framelab.stats;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Percentile bootstrap confidence intervals (Efron &amp; Tibshirani 1993, ch. 13) for a mean and for a
 * difference of two independent means, reproducible from a seed: the same data, seed and number of
 * resamples give the same interval on every machine (XoRoShiRo128++ from Commons RNG).
 */
public record Bootstrap(int resamples, double level, long seed) {
    public static final Bootstrap DEFAULT = new Bootstrap(2000, 0.95, 20220202L);

    public Bootstrap {
        if (resamples < 100) throw new IllegalArgumentException("bootstrap resamples must be >= 100, got " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }

    /** A copy seeded for one named estimate, so intervals do not depend on the order they are computed in. */
    public Bootstrap forKey(String key) {
        long h = seed;
        for (int i = 0; i < key.length(); i++) h = h * 1_000_003L + key.charAt(i);
        return new Bootstrap(resamples, level, h);
    }

    /** {low, high} of the mean; NaNs for an empty sample, the value itself for a single one. */
    public double[] meanInterval(double[] x) {
        if (x.length == 0) return new double[] {Double.NaN, Double.NaN};
        if (x.length == 1) return new double[] {x[0], x[0]};
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) means[b] = resampledMean(x, rng);
        return percentiles(means);
    }

    /** {low, high} of mean(a) − mean(b), each sample resampled on its own. */
    public double[] differenceInterval(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) return new double[] {Double.NaN, Double.NaN};
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] d = new double[resamples];
        for (int i = 0; i < resamples; i++) d[i] = resampledMean(a, rng) - resampledMean(b, rng);
        return percentiles(d);
    }

    private static double resampledMean(double[] x, UniformRandomProvider rng) {
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[rng.nextInt(x.length)];
        return s / x.length;
    }

    private double[] percentiles(double[] v) {
        Arrays.sort(v);
        double alpha = (1 - level) / 2;
        return new double[] {quantile(v, alpha), quantile(v, 1 - alpha)};
    }

    /** Linear interpolation between order statistics (R's type 7, the default of quantile()). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
