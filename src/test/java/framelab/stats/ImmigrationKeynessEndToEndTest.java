package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.Analysis;
import framelab.AnalysisRequest;
import framelab.AnalysisResult;
import framelab.corpus.Cleaner;
import framelab.text.Analyzer;
import framelab.text.Stopwords;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End to end against quanteda: tokenizing, counting, grouping and keyness of tabloids vs broadsheets
 * over ../shared/golden/immigration_normalized.csv (2,833 articles), compared with every row of
 * immigration_keyness_quanteda.csv: counts equal, G² to 1e-6 relative. The corpus belongs to its
 * publishers and is not in the repository, so the test is skipped where ../shared is absent.
 */
class ImmigrationKeynessEndToEndTest {
    static final Path GOLDEN = Path.of("../shared/golden");

    @Test
    void everyTermMatchesQuanteda() throws Exception {
        Path corpus = GOLDEN.resolve("immigration_normalized.csv");
        Assumptions.assumeTrue(Files.exists(corpus), "../shared/golden not present");
        AnalysisRequest req = AnalysisRequest.defaults(corpus)
                .withCleaner(Cleaner.none())
                .withAnalyzer(Analyzer.builder().stopwords(Stopwords.none()).build())
                .withGroupBy("outlet_type")
                .withTarget("tabloid", List.of("broadsheet"));
        AnalysisResult r = Analysis.run(req, Analysis.Tables.KEYNESS, n -> { });
        Map<String, KeynessRow> ours = new HashMap<>();
        for (KeynessRow k : r.keyness()) ours.put(k.term(), k);

        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(GOLDEN.resolve("immigration_keyness_quanteda.csv"), StandardCharsets.UTF_8)) {
            String header = in.readLine();
            assertThat(header).startsWith("term,n_target,n_reference,g2,g2_williams,chi2");
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",");
                KeynessRow k = ours.get(f[0]);
                assertThat(k).as("term %s", f[0]).isNotNull();
                assertThat(k.countTarget()).as("tabloid count of %s", f[0]).isEqualTo(Long.parseLong(f[1]));
                assertThat(k.countReference()).as("broadsheet count of %s", f[0]).isEqualTo(Long.parseLong(f[2]));
                double g2 = Double.parseDouble(f[3]);
                assertThat(k.g2()).as("g2 of %s", f[0]).isCloseTo(g2, within(Math.max(1e-9, Math.abs(g2) * 1e-6)));
                double chi2 = Double.parseDouble(f[5]);
                assertThat(k.chi2()).as("chi2 of %s", f[0]).isCloseTo(chi2, within(Math.max(1e-9, Math.abs(chi2) * 1e-6)));
                rows++;
            }
        }
        assertThat(rows).as("golden rows").isGreaterThan(10_000);
        assertThat(ours).as("same vocabulary as quanteda").hasSize(rows);
    }
}
