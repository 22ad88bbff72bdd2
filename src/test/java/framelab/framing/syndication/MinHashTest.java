package framelab.framing.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * MinHash against the exact Jaccard similarity (the oracle: set arithmetic on the generated sets). The
 * estimate is a binomial share with standard error √(J(1−J)/n) (Broder 1997), so it must fall within a
 * few standard errors of the truth, and be unbiased over many pairs.
 */
class MinHashTest {
    static final int N = 100;
    static final MinHash MH = MinHash.of(N, SyndicationOptions.DEFAULT_SEED);

    /** Two sets of shingle-like hashes with {@code shared} common elements and {@code onlyA}/{@code onlyB} of their own. */
    static long[][] pair(long seed, int shared, int onlyA, int onlyB) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] a = new long[shared + onlyA];
        long[] b = new long[shared + onlyB];
        for (int i = 0; i < shared; i++) a[i] = b[i] = Shingles.mix64(r.nextLong());
        for (int i = 0; i < onlyA; i++) a[shared + i] = Shingles.mix64(r.nextLong());
        for (int i = 0; i < onlyB; i++) b[shared + i] = Shingles.mix64(r.nextLong());
        return new long[][] {a, b};
    }

    static double exactJaccard(long[] a, long[] b) {
        long[] x = a.clone();
        long[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int inter = Shingles.intersection(x, y);
        return (double) inter / (x.length + y.length - inter);
    }

    @Property(tries = 500, seed = "20240601", edgeCases = EdgeCasesMode.NONE)
    void theEstimateIsWithinFourAndAHalfStandardErrorsOfTheExactJaccard(@ForAll @IntRange(min = 0, max = 300) int shared,
            @ForAll @IntRange(min = 0, max = 300) int onlyA, @ForAll @IntRange(min = 0, max = 300) int onlyB, @ForAll long seed) {
        if (shared + onlyA == 0 || shared + onlyB == 0) return;
        long[][] p = pair(seed, shared, onlyA, onlyB);
        double j = exactJaccard(p[0], p[1]);
        double est = MinHash.estimate(MH.signature(p[0]), MH.signature(p[1]));
        double se = Math.sqrt(j * (1 - j) / N);
        assertThat(Math.abs(est - j)).as("J=%s estimate=%s", j, est).isLessThanOrEqualTo(4.5 * se + 1e-12);
    }

    @Test
    void theEstimateIsUnbiased() {
        Random r = new Random(7);
        double sumError = 0;
        int pairs = 400;
        for (int i = 0; i < pairs; i++) {
            long[][] p = pair(r.nextLong(), 1 + r.nextInt(200), r.nextInt(200), r.nextInt(200));
            sumError += MinHash.estimate(MH.signature(p[0]), MH.signature(p[1])) - exactJaccard(p[0], p[1]);
        }
        // the mean of 400 errors with sd at most 0.05 has a standard error below 0.0025
        assertThat(Math.abs(sumError / pairs)).isLessThan(0.01);
    }

    @Test
    void identicalSetsAgreeEverywhereAndDisjointOnesAlmostNowhere() {
        long[][] p = pair(1, 50, 0, 0);
        assertThat(MinHash.estimate(MH.signature(p[0]), MH.signature(p[1]))).isEqualTo(1.0);
        long[][] q = pair(2, 0, 50, 50);
        assertThat(MinHash.estimate(MH.signature(q[0]), MH.signature(q[1]))).isLessThan(0.05);
    }

    @Test
    void theSeedDecidesTheFunctionsAndNothingElseDoes() {
        long[][] p = pair(3, 40, 20, 20);
        assertThat(MinHash.of(N, 99).signature(p[0])).isEqualTo(MinHash.of(N, 99).signature(p[0]));
        assertThat(MinHash.of(N, 99).signature(p[0])).isNotEqualTo(MinHash.of(N, 100).signature(p[0]));
        assertThatThrownBy(() -> MinHash.of(0, 1)).hasMessage("MinHash size must be 1..1000, got 0");
        assertThatThrownBy(() -> MinHash.estimate(new long[2], new long[3])).hasMessageContaining("equal size");
    }
}
