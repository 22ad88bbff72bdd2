package framelab.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of {@code golden/vader_reference.tsv} (vaderSentiment at commit 44fc044, which rounds
 * compound to 4 and neg/neu/pos to 3 decimals) must come out within 1e-4 (compound) and 1e-3 (the shares),
 * and, rounded the way the reference rounds, identical.
 */
class VaderGoldenTest {
    record Row(String id, double neg, double neu, double pos, double compound, String text) {}

    static List<Row> golden() throws IOException {
        try (InputStream in = VaderGoldenTest.class.getResourceAsStream("/golden/vader_reference.tsv")) {
            assertThat(in).as("golden/vader_reference.tsv on the test classpath").isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertThat(lines[0]).isEqualTo("id\tneg\tneu\tpos\tcompound\ttext");
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isEmpty()) continue;
                String[] f = lines[i].split("\t", 6);
                rows.add(new Row(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), f[5]));
            }
            return rows;
        }
    }

    @Test
    void everyGoldenRowMatchesTheReference() throws IOException {
        List<Row> rows = golden();
        assertThat(rows).hasSize(339);
        VaderScorer scorer = new VaderScorer(VaderLexicon.bundled());
        List<String> failures = new ArrayList<>();
        double maxCompound = 0;
        double maxShare = 0;
        int roundedEqual = 0;
        for (Row g : rows) {
            VaderScores s = scorer.score(g.text());
            double dc = Math.abs(s.compound() - g.compound());
            double ds = Math.max(Math.abs(s.neg() - g.neg()), Math.max(Math.abs(s.neu() - g.neu()), Math.abs(s.pos() - g.pos())));
            maxCompound = Math.max(maxCompound, dc);
            maxShare = Math.max(maxShare, ds);
            VaderScores r = s.rounded();
            boolean same = r.neg() == g.neg() && r.neu() == g.neu() && r.pos() == g.pos() && r.compound() == g.compound();
            if (same) roundedEqual++;
            if (dc > 1e-4 || ds > 1e-3 || !same) {
                failures.add(String.format("%s  %s%n    reference neg=%s neu=%s pos=%s compound=%s%n    framelab  neg=%s neu=%s pos=%s compound=%s (unrounded %s)",
                        g.id(), g.text(), g.neg(), g.neu(), g.pos(), g.compound(), r.neg(), r.neu(), r.pos(), r.compound(), s));
            }
        }
        System.out.printf("VADER golden: %d/%d rows identical after rounding; max |Δcompound| %.2e, max |Δshare| %.2e (unrounded vs printed)%n",
                roundedEqual, rows.size(), maxCompound, maxShare);
        assertThat(failures).as("rows that differ from the reference:%n%s", String.join("\n", failures)).isEmpty();
    }
}
