package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.GTest;
import org.junit.jupiter.api.Test;

/** The 2×2 statistics against Commons Math's independent implementations, by hand, and by properties. */
class TwoByTwoTest {
    @Test
    void handComputedSmallCase() {
        // a=10 in 100 target tokens, b=5 in 200 reference tokens
        // E_a = 15*100/300 = 5; E_b = 10; E_c-a = 285*100/300 = 95; E_d-b = 190
        double expected = 2 * (10 * Math.log(10 / 5.0) + 5 * Math.log(5 / 10.0) + 90 * Math.log(90 / 95.0) + 195 * Math.log(195 / 190.0));
        assertThat(TwoByTwo.g2(10, 5, 100, 200)).isCloseTo(expected, within(1e-12));
        // chi2 = N (a d' - b c')^2 / (R1 R2 C1 C2) with d' = 195, c' = 90
        double chi = 300.0 * Math.pow(10 * 195 - 5 * 90, 2) / (15.0 * 285 * 100 * 200);
        assertThat(TwoByTwo.chi2(10, 5, 100, 200)).isCloseTo(chi, within(1e-12));
        assertThat(Keyness.logRatio(10, 5, 100, 200)).isCloseTo(2.0, within(1e-12)); // 0.1 vs 0.025 = 4x
        assertThat(Keyness.pctDiff(10, 5, 100, 200)).isCloseTo(300.0, within(1e-9));
    }

    @Property(tries = 300)
    void g2AgreesWithCommonsMathGTest(@ForAll @IntRange(min = 1, max = 5000) int a, @ForAll @IntRange(min = 1, max = 5000) int b,
                                      @ForAll @IntRange(min = 1, max = 100000) int restA, @ForAll @IntRange(min = 1, max = 100000) int restB) {
        long[][] table = {{a, b}, {restA, restB}};
        double cm = new GTest().gDataSetsComparison(new long[] {a, restA}, new long[] {b, restB});
        double ours = TwoByTwo.g2(a, b, a + restA, b + restB);
        assertThat(Math.abs(ours)).isCloseTo(cm, within(Math.max(1e-9, cm * 1e-9)));
        double chiCm = new ChiSquareTest().chiSquare(table);
        assertThat(Math.abs(TwoByTwo.chi2(a, b, a + restA, b + restB))).isCloseTo(chiCm, within(Math.max(1e-9, chiCm * 1e-9)));
    }

    @Property(tries = 300)
    void swappingTargetAndReferenceFlipsTheSign(@ForAll @IntRange(min = 0, max = 500) int a, @ForAll @IntRange(min = 0, max = 500) int b,
                                                @ForAll @IntRange(min = 1, max = 5000) int restA, @ForAll @IntRange(min = 1, max = 5000) int restB) {
        int c = a + restA;
        int d = b + restB;
        assertThat(TwoByTwo.g2(b, a, d, c)).isCloseTo(-TwoByTwo.g2(a, b, c, d), within(1e-9));
        assertThat(TwoByTwo.chi2(b, a, d, c)).isCloseTo(-TwoByTwo.chi2(a, b, c, d), within(1e-9));
        assertThat(Keyness.logRatio(b, a, d, c)).isCloseTo(-Keyness.logRatio(a, b, c, d), within(1e-9));
        assertThat(Keyness.logOddsZ(b, a, d, c, 1.0)).isCloseTo(-Keyness.logOddsZ(a, b, c, d, 1.0), within(1e-9));
    }

    @Test
    void pValuesDoNotFloorAt1e16() {
        assertThat(TwoByTwo.pChi2(200)).isGreaterThan(0).isLessThan(1e-40);
        assertThat(TwoByTwo.pChi2(3.841458820694124)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void logOddsMatchesMonroeFormulaByHand() {
        // a=10,b=5,c=100,d=200, prior = pooled counts: alpha_w = 15, alpha_0 = 300
        double delta = Math.log(25.0 / (100 + 300 - 10 - 15)) - Math.log(20.0 / (200 + 300 - 5 - 15));
        double z = delta / Math.sqrt(1 / 25.0 + 1 / 20.0);
        assertThat(Keyness.logOddsZ(10, 5, 100, 200, 1.0)).isCloseTo(z, within(1e-12));
    }

    @Test
    void yatesReducesChi2() {
        assertThat(Math.abs(TwoByTwo.chi2(10, 5, 100, 200, true))).isLessThan(Math.abs(TwoByTwo.chi2(10, 5, 100, 200)));
    }
}
