package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link LexicalDiversity#measureDense} (what the matrix builder calls, on ids numbered by first
 * occurrence) against {@link LexicalDiversity#measure} on a copy of the same ids: the same doubles, bit
 * for bit, around the window's edge (n below, at and above it) and for an empty document.
 */
class LexicalDiversityDenseTest {
    @Property(tries = 2000)
    void denseValuesEqualTheGeneralOnes(@ForAll @IntRange(max = 400) int n, @ForAll @IntRange(min = 1, max = 120) int vocabulary,
                                        @ForAll @IntRange(min = 1, max = 150) int window, @ForAll long seed) {
        Random rnd = new Random(seed);
        // a Zipf-like draw from `vocabulary` forms, renumbered 0, 1, 2, ... by first occurrence
        int[] raw = new int[n];
        for (int i = 0; i < n; i++) raw[i] = (int) Math.floor(vocabulary * Math.pow(rnd.nextDouble(), 3)) * 7919;
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        int[] dense = new int[n + 5]; // longer than n, as the builder's scratch is
        for (int i = 0; i < n; i++) dense[i] = first.computeIfAbsent(raw[i], k -> first.size());
        dense[n] = 99_999; // past n: must not be read
        LexicalDiversity lex = new LexicalDiversity(window);
        double[] general = lex.measure(raw);
        double[] fast = lex.measureDense(dense, n, first.size());
        assertThat(fast).hasSize(2);
        for (int k = 0; k < 2; k++) {
            assertThat(Double.doubleToRawLongBits(fast[k])).as("%s n=%d window=%d", lex.names().get(k), n, window)
                    .isEqualTo(Double.doubleToRawLongBits(general[k]));
        }
    }
}
