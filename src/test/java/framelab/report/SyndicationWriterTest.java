package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.framing.syndication.SharedPassage;
import framelab.framing.syndication.SyndicationPair;
import framelab.framing.syndication.SyndicationResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyndicationWriterTest {
    @Test
    void writesBothFilesWithTheDocumentedColumnsAndCapsPassageText(@TempDir Path tmp) throws Exception {
        String longText = "word ".repeat(100).trim(); // 499 characters
        SyndicationResult r = new SyndicationResult("source",
                List.of(new SyndicationPair("d1", "d2", "AP", "Daily Mail", 1.0, 0.25, 0.25, 499)),
                List.of(new SharedPassage("d1", "d1", "AP", "AP", 0, 39, 60, 99, 8, "-the caption, with \"quotes\" and a comma"),
                        new SharedPassage("d1", "d2", "AP", "Daily Mail", 0, 499, 10, 509, 100, longText)),
                "spec", 0, 1, 0);
        Path out = tmp.resolve("out");
        try (ResultsDirectory dir = ResultsDirectory.open(out)) {
            assertThat(SyndicationWriter.write(dir, CsvFormat.DEFAULT, r)).containsExactly("syndication_pairs.csv", "shared_passages.csv");
            dir.commit();
        }
        List<String> pairs = Files.readAllLines(out.resolve(SyndicationWriter.PAIRS_FILE), StandardCharsets.UTF_8);
        assertThat(pairs).containsExactly(String.join(",", SyndicationWriter.PAIR_COLUMNS), "d1,d2,AP,Daily Mail,1,0.25,0.25,499");
        List<String> passages = Files.readAllLines(out.resolve(SyndicationWriter.PASSAGES_FILE), StandardCharsets.UTF_8);
        assertThat(passages.get(0)).isEqualTo("doc_a,doc_b,group_a,group_b,start_a,end_a,start_b,end_b,words,text_chars,text");
        assertThat(passages.get(1)).isEqualTo("d1,d1,AP,AP,0,39,60,99,8,39,\"'-the caption, with \"\"quotes\"\" and a comma\"");
        assertThat(passages.get(2)).isEqualTo("d1,d2,AP,Daily Mail,0,499,10,509,100,499," + longText.substring(0, SyndicationWriter.TEXT_MAX));
    }

    @Test
    void aCapNeverSplitsASurrogatePair() {
        String s = "a".repeat(SyndicationWriter.TEXT_MAX - 1) + "\uD83D\uDE00tail";
        assertThat(SyndicationWriter.capped(s)).isEqualTo("a".repeat(SyndicationWriter.TEXT_MAX - 1));
        assertThat(SyndicationWriter.capped("short")).isEqualTo("short");
    }
}
