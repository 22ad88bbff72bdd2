package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The radix order equals the stable boxed sort with {@link Double#compare} that it replaced. */
class StableOrderTest {
    @Provide
    Arbitrary<double[]> keys() {
        // few distinct values so ties are common; the special values included
        Arbitrary<Double> special = Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1.0, -1.0, 1e-300);
        Arbitrary<Double> any = Arbitraries.doubles().between(-1e6, 1e6);
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 1);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, special), net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, p))
                .array(Double[].class).ofMaxSize(300).map(a -> Arrays.stream(a).mapToDouble(Double::doubleValue).toArray());
    }

    @Property(tries = 300)
    void equalsTheStableBoxedSort(@ForAll("keys") double[] keys) {
        assertThat(StableOrder.ascending(keys)).containsExactly(boxed(keys, (a, b) -> Double.compare(keys[a], keys[b])));
        assertThat(StableOrder.descending(keys)).containsExactly(boxed(keys, (a, b) -> Double.compare(keys[b], keys[a])));
    }

    @Test
    void tiesKeepIndexOrderAndTheZerosAreDistinct() {
        double[] k = {2, -0.0, 1, 0.0, 2, Double.NaN, 1};
        assertThat(StableOrder.ascending(k)).containsExactly(1, 3, 2, 6, 0, 4, 5);
        assertThat(StableOrder.descending(k)).containsExactly(5, 0, 4, 2, 6, 3, 1);
        assertThat(StableOrder.ascending(new double[0])).isEmpty();
    }

    private static int[] boxed(double[] keys, Comparator<Integer> c) {
        Integer[] idx = new Integer[keys.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Arrays.sort(idx, c);
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }
}
