package framelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void analyzeWritesEveryDocumentedFile() throws IOException {
        Path out = tmp.resolve("results");
        Run r = run("analyze", "--corpus", "corpus", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 documents analysed, 0 skipped");
        for (String f : List.of("README.md", "documents.csv", "cleaning.csv", "frequencies.csv", "keyness.csv", "run.json", "report.html")) {
            assertThat(out.resolve(f)).exists();
        }
        List<String> docs = Files.readAllLines(out.resolve("documents.csv"));
        assertThat(docs.get(0)).startsWith("doc_id,status,reason,origin,source,outlet_type,date,title,language,chars,units,tokens,terms,ttr,mattr");
        assertThat(docs).hasSize(6).allMatch(l -> l.startsWith("doc_id") || l.contains(",analysed,"));
        assertThat(Files.readAllLines(out.resolve("keyness.csv")).get(0)).isEqualTo(String.join(",", framelab.report.ResultWriter.KEYNESS_COLUMNS));
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"corpus_checksum\" : \"sha256:", "\"analyzer\" : \"tokenizer=");
        // no staging directories left behind
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("results");
        }
    }

    @Test
    void sameInputGivesByteIdenticalCsvsWhateverTheThreadCount() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(run("analyze", "--out", a.toString(), "--threads", "1").code()).isZero();
        assertThat(run("analyze", "--out", b.toString(), "--threads", "3").code()).isZero();
        for (String f : List.of("documents.csv", "cleaning.csv", "frequencies.csv", "keyness.csv", "README.md", "sentiment_units.csv",
                "sentiment_groups.csv", "sentiment_differences.csv", "sentiment_actors.csv", "actor_mentions.csv", "actor_cooccurrence.csv",
                "actor_collocates.csv", "quotes.csv", "quote_summary.csv", "syndication_pairs.csv", "shared_passages.csv", "events.csv",
                "event_comparison.csv")) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    @Test
    void targetAndReferenceOnTheSameEvent() throws IOException {
        Path out = tmp.resolve("k");
        Run r = run("keyness", "--target", "source=The Moscow Times", "--reference", "AP (via ABC News)", "--correction", "williams", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("keyness.csv"));
        assertThat(lines.get(1)).startsWith("source,The Moscow Times,AP (via ABC News),");
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"correction\" : \"williams\"");
    }

    @Test
    void excelOutputHasBomAndCrlf() throws IOException {
        Path out = tmp.resolve("x");
        assertThat(run("freq", "--excel", "--top", "3", "--out", out.toString()).code()).isZero();
        byte[] bytes = Files.readAllBytes(out.resolve("frequencies.csv"));
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\n\n");
        assertThat(Files.readAllLines(out.resolve("frequencies.csv"))).hasSize(1 + 5 * 3);
    }

    @Test
    void unknownTargetIsAnInputErrorListingTheGroups() {
        Run r = run("keyness", "--target", "source=Reuters", "--out", tmp.resolve("e").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no group 'Reuters'").contains("The Moscow Times").doesNotContain("\tat ");
    }

    @Test
    void unknownGroupFieldIsAnInputError() {
        Run r = run("freq", "--group-by", "publisher", "--out", tmp.resolve("e").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("publisher").contains("outlet_type");
    }

    @Test
    void missingCorpusIsAnInputErrorAndUnknownOptionAUsageError() {
        Run r = run("analyze", "--corpus", tmp.resolve("nope").toString(), "--out", tmp.resolve("e").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no such file or directory").doesNotContain("Exception");
        assertThat(run("analyze", "--frobnicate").code()).isEqualTo(2);
        assertThat(run("freq", "--ngrams", "0").code()).isEqualTo(3);
    }

    @Test
    void kwicAndCollocates() throws IOException {
        Path out = tmp.resolve("kw");
        Run r = run("kwic", "troops", "--window", "4", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("kwic.csv"));
        assertThat(lines.get(0)).isEqualTo("doc_id,group,position,char_start,left,keyword,right");
        assertThat(lines.size()).isGreaterThan(20);
        assertThat(lines).anyMatch(l -> l.contains(",troops,") || l.contains(",Troops,"));
        Run c = run("collocates", "troops", "--out", out.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("collocates.csv")).get(0)).startsWith("group_by,group,node,collocate,observed");
        assertThat(out.resolve("kwic.csv")).exists(); // other commands' files survive
    }

    @Test
    void everySubcommandHasHelp() {
        for (String c : List.of("analyze", "clean", "freq", "keyness", "kwic", "collocates")) {
            Run r = run(c, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: framelab " + c);
        }
    }

    @Test
    void committedResultsReadmeIsTheOneRunsWrite() throws IOException {
        assertThat(Files.readString(Path.of("results/README.md")))
                .isEqualTo(new String(CliTest.class.getResourceAsStream("/framelab/results-README.md").readAllBytes(), StandardCharsets.UTF_8));
    }
}
