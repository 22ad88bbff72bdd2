package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.framing.actors.ActorAnalysis;
import framelab.framing.actors.ActorOptions;
import framelab.framing.actors.ActorResult;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorWriterTest {
    @Test
    void writesTheThreeTablesWithTheirColumns(@TempDir Path tmp) throws Exception {
        Document d = new Document("1", "Russia warned NATO. Russia massed troops near Ukraine. Russia massed tanks.",
                DocMeta.of(Map.of("source", "=Mail")), "t");
        ActorResult r = ActorAnalysis.run(List.of(d), "source", Analyzer.defaults(), Lexicons.actors(), ActorOptions.DEFAULTS);
        Path out = tmp.resolve("results");
        try (ResultsDirectory dir = ResultsDirectory.open(out)) {
            assertThat(ActorWriter.write(dir, CsvFormat.DEFAULT, r)).containsExactly("actor_mentions.csv", "actor_cooccurrence.csv",
                    "actor_collocates.csv");
            dir.commit();
        }
        List<String> mentions = Files.readAllLines(out.resolve(ActorWriter.MENTIONS_FILE));
        assertThat(mentions.get(0)).isEqualTo(String.join(",", ActorWriter.MENTION_COLUMNS));
        assertThat(mentions).hasSize(1 + r.mentions().size());
        // 11 word tokens, 3 mentions; a group that a spreadsheet would read as a formula is escaped
        assertThat(mentions).anyMatch(l -> l.startsWith("source,'=Mail,Russia,3,1,1,11," + 30_000.0 / 11 + ","));
        List<String> pairs = Files.readAllLines(out.resolve(ActorWriter.COOCCURRENCE_FILE));
        assertThat(pairs.get(0)).isEqualTo(String.join(",", ActorWriter.COOCCURRENCE_COLUMNS));
        assertThat(pairs).hasSize(1 + r.cooccurrence().size());
        List<String> colls = Files.readAllLines(out.resolve(ActorWriter.COLLOCATES_FILE));
        assertThat(colls.get(0)).isEqualTo(String.join(",", ActorWriter.COLLOCATE_COLUMNS));
        // "massed" twice, each within 5 terms of two of the 3 mentions: 4 co-occurrences, 14 + log2(2·4 / (3 + 2))
        assertThat(colls).contains("source,(all),Russia,massed,VERB,1,4,3,2," + (14 + Math.log(1.6) / Math.log(2)) + ",1");
    }
}
