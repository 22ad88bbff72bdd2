package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.stats.KeynessRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keyness.csv repeats the formatted numbers of rows with equal numbers only: equal counts with other values are written as they are. */
class ResultWriterKeynessTest {
    @Test
    void rowsSharingCountsButNotValuesKeepTheirOwnNumbers(@TempDir Path dir) throws Exception {
        KeynessRow a = new KeynessRow("source", "AP", "(rest)", "troops", 3, 1, 10, 20, 4.25, 0.01, 0.02, 1.5, 200.0, 3.0, 1.25);
        KeynessRow sameNumbers = new KeynessRow("source", "AP", "(rest)", "tanks", 3, 1, 10, 20, 4.25, 0.01, 0.02, 1.5, 200.0, 3.0, 1.25);
        KeynessRow otherG2 = new KeynessRow("source", "AP", "(rest)", "=sum", 3, 1, 10, 20, 4.5, 0.01, 0.02, 1.5, 200.0, 3.0, 1.25);
        KeynessRow otherZero = new KeynessRow("source", "AP", "(rest)", "x,y", 3, 1, 10, 20, -0.0, 1.0, Double.NaN, 0.0, -0.0, 0.0, 0.0);
        KeynessRow otherTotals = new KeynessRow("source", "AP", "(rest)", "troops", 3, 1, 11, 20, 4.25, 0.01, 0.02, 1.5, 200.0, 3.0, 1.25);
        List<KeynessRow> rows = List.of(a, sameNumbers, otherG2, otherZero, otherTotals, a);
        Path file = dir.resolve("keyness.csv");
        ResultWriter.keyness(file, CsvFormat.EXCEL, rows);
        List<List<Object>> expected = new ArrayList<>();
        for (KeynessRow r : rows) {
            expected.add(java.util.Arrays.asList(r.groupBy(), r.target(), r.reference(), r.term(), r.countTarget(), r.countReference(),
                    r.totalTarget(), r.totalReference(), r.g2(), r.p(), r.pAdjusted(), r.logRatio(), r.pctDiff(), r.chi2(), r.logOddsZ()));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(CsvWriterBytesTest.oracle(CsvFormat.EXCEL, ResultWriter.KEYNESS_COLUMNS, expected));
    }
}
