package framelab.framing.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The sliced document-frequency count against a plain map of counts. */
class CommonShinglesTest {
    @Property(tries = 300, seed = "31", edgeCases = EdgeCasesMode.NONE)
    void findsExactlyTheElementsInMoreThanMaxDocsSets(@ForAll @IntRange(min = 1, max = 60) int docs,
            @ForAll @IntRange(min = 1, max = 10) int maxDocs, @ForAll @IntRange(min = 1, max = 50) int slice, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] pool = new long[40];
        for (int i = 0; i < pool.length; i++) pool[i] = i < 4 ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1}[i] : r.nextLong();
        long[][] sets = new long[docs][];
        Map<Long, Integer> df = new TreeMap<>();
        for (int d = 0; d < docs; d++) {
            long[] s = r.longs(r.nextInt(30), 0, pool.length).map(i -> pool[(int) i]).distinct().sorted().toArray();
            sets[d] = s;
            for (long x : s) df.merge(x, 1, Integer::sum);
        }
        long[] expected = df.entrySet().stream().filter(e -> e.getValue() > maxDocs).mapToLong(Map.Entry::getKey).sorted().toArray();
        assertThat(CommonShingles.find(sets, maxDocs, slice)).isEqualTo(expected);
        assertThat(Arrays.equals(CommonShingles.find(sets, maxDocs), expected)).isTrue();
    }
}
