package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * G², Williams-corrected G² and χ² against the exact values of ../shared/golden/keyness_quanteda_counts.csv
 * (2,000 rows sampled from a real comparison, zero and small counts included), to 1e-6 relative.
 */
class KeynessGoldenTest {
    record Row(String term, double a, double b, double c, double d, double g2, double g2w, double chi2, double g2Quanteda) {
    }

    static List<Row> golden() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KeynessGoldenTest.class.getResourceAsStream("/golden/keyness_quanteda_counts.csv"), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertThat(header).startsWith("term,n_target,n_reference,total_target,total_reference,g2,g2_williams,chi2,g2_quanteda");
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                rows.add(new Row(f[0], d(f[1]), d(f[2]), d(f[3]), d(f[4]), d(f[5]), d(f[6]), d(f[7]), d(f[8])));
            }
        }
        return rows;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static void close(double actual, double expected, String what) {
        double tol = Math.max(1e-9, Math.abs(expected) * 1e-6);
        assertThat(actual).as(what).isCloseTo(expected, within(tol));
    }

    @Test
    void reproducesEveryGoldenRow() throws Exception {
        List<Row> rows = golden();
        assertThat(rows).hasSize(2000);
        for (Row r : rows) {
            close(TwoByTwo.g2(r.a, r.b, r.c, r.d), r.g2, "g2 " + r.term);
            close(TwoByTwo.g2(r.a, r.b, r.c, r.d) / TwoByTwo.williamsQ(r.a, r.b, r.c, r.d), r.g2w, "g2_williams " + r.term);
            close(TwoByTwo.chi2(r.a, r.b, r.c, r.d), r.chi2, "chi2 " + r.term);
        }
    }

    @Test
    void goldenSetCoversZeroAndSmallCounts() throws Exception {
        List<Row> rows = golden();
        assertThat(rows).anyMatch(r -> r.a == 0).anyMatch(r -> r.b == 0).anyMatch(r -> r.a > 0 && r.a < 5);
    }

    @Test
    void quantedaG2IsBiasedUpwardAndOursIsNot() throws Exception {
        // quanteda adds 1e-9 inside every log; the exact value is smaller in magnitude by about 2·N·1e-9
        for (Row r : golden()) {
            if (r.a > 0 && r.b > 0) assertThat(Math.abs(r.g2Quanteda)).isGreaterThanOrEqualTo(Math.abs(TwoByTwo.g2(r.a, r.b, r.c, r.d)) - 1e-9);
        }
    }
}
