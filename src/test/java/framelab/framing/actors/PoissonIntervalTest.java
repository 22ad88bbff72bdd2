package framelab.framing.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Garwood's interval against closed forms of the Gamma CDF for small k, solved here by bisection. */
class PoissonIntervalTest {
    /** The x in [0, 100] with f(x) = p, for an increasing f. */
    static double solve(DoubleUnaryOperator f, double p) {
        double lo = 0;
        double hi = 100;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (f.applyAsDouble(mid) < p) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }

    // P(X ≤ x) for X ~ Gamma(k, 1), integer k: 1 − e^{−x} Σ_{i<k} x^i / i!
    static double gammaCdf(int k, double x) {
        double sum = 0;
        double term = 1;
        for (int i = 0; i < k; i++) {
            sum += term;
            term *= x / (i + 1);
        }
        return 1 - Math.exp(-x) * sum;
    }

    @Test
    void matchesTheClosedForms() {
        assertThat(PoissonInterval.garwood(0, 0.95)).containsExactly(new double[] {0, -Math.log(0.025)}, within(1e-9));
        for (int k = 1; k <= 6; k++) {
            int kk = k;
            double lower = solve(x -> gammaCdf(kk, x), 0.025);
            double upper = solve(x -> gammaCdf(kk + 1, x), 0.975);
            assertThat(PoissonInterval.garwood(k, 0.95)).as("k=" + k).containsExactly(new double[] {lower, upper}, within(1e-8));
        }
        // the tabulated 95% limits for k = 5 (e.g. Ulm 1990): 1.6235, 11.6683
        assertThat(PoissonInterval.garwood(5, 0.95)).containsExactly(new double[] {1.6235, 11.6683}, within(1e-4));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> PoissonInterval.garwood(-1, 0.95)).hasMessageContaining(">= 0, got -1");
        assertThatThrownBy(() -> PoissonInterval.garwood(1, 1.0)).hasMessageContaining("(0, 1), got 1.0");
    }
}
