package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EffectSizeAndBootstrapTest {
    @Test
    void cliffsDeltaByHand() {
        // pairs (x,y): 3>1,3>2,3=3 | 4>1,4>2,4>3 → 5 greater, 0 less, 1 tie over 6 pairs
        assertThat(CliffsDelta.of(new double[] {3, 4}, new double[] {1, 2, 3})).isEqualTo(5.0 / 6);
        assertThat(CliffsDelta.of(new double[] {1}, new double[] {2})).isEqualTo(-1.0);
        assertThat(CliffsDelta.of(new double[] {}, new double[] {2})).isNaN();
    }

    @Property(tries = 200)
    void cliffsDeltaEqualsTheBruteForceDefinitionAndFlipsSign(@ForAll @Size(min = 1, max = 30) double[] x, @ForAll @Size(min = 1, max = 30) double[] y) {
        long g = 0;
        long l = 0;
        for (double a : x) for (double b : y) {
            if (a > b) g++;
            if (a < b) l++;
        }
        double expected = (double) (g - l) / (x.length * y.length);
        assertThat(CliffsDelta.of(x, y)).isCloseTo(expected, within(1e-12));
        assertThat(CliffsDelta.of(y, x)).isCloseTo(-expected, within(1e-12));
    }

    @Test
    void bootstrapIsReproducibleAndBracketsTheMean() {
        double[] x = {0.1, -0.4, 0.3, 0.8, -0.2, 0.05, 0.6, -0.9, 0.2, 0.4};
        double[] a = Bootstrap.DEFAULT.meanInterval(x);
        double[] b = Bootstrap.DEFAULT.meanInterval(x);
        assertThat(a).containsExactly(b);
        double mean = 0.095;
        assertThat(a[0]).isLessThan(mean);
        assertThat(a[1]).isGreaterThan(mean);
        assertThat(Bootstrap.DEFAULT.forKey("x").meanInterval(x)).isNotEqualTo(a);
        assertThat(Bootstrap.DEFAULT.meanInterval(new double[] {0.5})).containsExactly(0.5, 0.5);
    }

    @Property(tries = 50)
    void differenceIntervalOfShiftedSamplesIsShifted(@ForAll @Size(min = 5, max = 40) double[] x, @ForAll @DoubleRange(min = -5, max = 5) double shift) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] = Math.max(-1e6, Math.min(1e6, y[i]));
        double[] z = y.clone();
        for (int i = 0; i < z.length; i++) z[i] += shift;
        double[] ci = Bootstrap.DEFAULT.differenceInterval(z, y);
        assertThat(ci[0]).isLessThanOrEqualTo(ci[1]);
    }

    @Test
    void quantileIsRType7() {
        // R: quantile(c(1,2,3,4), 0.25) = 1.75
        assertThat(Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
    }
}
