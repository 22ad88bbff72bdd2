package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Benjamini–Hochberg and Bonferroni against values computed with R's p.adjust. */
class MultipleTestingTest {
    @Test
    void matchesRsPAdjust() {
        double[] p = {0.01, 0.04, 0.03, 0.005, 0.5};
        // p.adjust(c(0.01,0.04,0.03,0.005,0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
        assertThat(MultipleTesting.BH.adjust(p)).containsExactly(new double[] {0.025, 0.05, 0.05, 0.025, 0.5}, Offset.offset(1e-12));
        // p.adjust(..., "bonferroni") = 0.05 0.2 0.15 0.025 1
        assertThat(MultipleTesting.BONFERRONI.adjust(p)).containsExactly(new double[] {0.05, 0.2, 0.15, 0.025, 1.0}, Offset.offset(1e-12));
    }
}
