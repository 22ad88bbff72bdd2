package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void bundledCorpusReadsWithOutletMetadata() {
        Corpus c = Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS);
        assertThat(c.size()).isEqualTo(5);
        assertThat(c.groups("source")).contains("The Moscow Times", "Daily Mail", "AP (via ABC News)");
        assertThat(c.groups("outlet_type")).containsExactly("blog", "independent", "spun-wire", "tabloid", "wire");
        assertThat(c.document("001").meta().date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2022-02-02"));
        assertThat(c.fields()).contains("id", "source", "outlet_type", "date", "title", "language");
    }

    @Test
    void csvWithQuotesNewlinesBomAndCrlf() throws IOException {
        Path p = write("c.csv", "\uFEFFid,source,text\r\na1,AP,\"Hello, \"\"world\"\"\r\nsecond line\"\r\na2,TASS,plain\r\n");
        Corpus c = Corpora.read(p, ReadOptions.DEFAULTS);
        assertThat(c.documents()).extracting(Document::id).containsExactly("a1", "a2");
        assertThat(c.document("a1").text()).isEqualTo("Hello, \"world\"\nsecond line");
        assertThat(c.document("a2").origin()).endsWith("c.csv:4");
        assertThat(c.document("a1").meta().get("source")).isEqualTo("AP");
    }

    @Test
    void csvWithoutIdColumnNumbersRows() throws IOException {
        Corpus c = Corpora.read(write("n.csv", "source,text\nAP,one\nAP,two\n"), ReadOptions.DEFAULTS);
        assertThat(c.documents()).extracting(Document::id).containsExactly("1", "2");
    }

    @Test
    void tsvIsUnquotedAndGzipWorks() throws IOException {
        Path p = dir.resolve("t.tsv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write("id\tsource\ttitle_and_text\nx\tCNN\t\"Rate shock\": the GOP's lie\n".getBytes(StandardCharsets.UTF_8));
        }
        Corpus c = Corpora.read(p, ReadOptions.DEFAULTS.withTextColumn("title_and_text"));
        assertThat(c.document("x").text()).isEqualTo("\"Rate shock\": the GOP's lie");
    }

    @Test
    void jsonlReadsScalarMetadata() throws IOException {
        Corpus c = Corpora.read(write("c.jsonl", "{\"id\":\"j1\",\"source\":\"AP\",\"year\":2022,\"text\":\"hi\"}\n\n{\"id\":\"j2\",\"text\":\"yo\"}\n"), ReadOptions.DEFAULTS);
        assertThat(c.documents()).extracting(Document::id).containsExactly("j1", "j2");
        assertThat(c.document("j1").meta().get("year")).isEqualTo("2022");
    }

    @Test
    void sourceFoldersBecomeTheSourceField() throws IOException {
        write("AP/a.txt", "wire text");
        write("Daily Mail/b.txt", "tabloid text");
        Corpus c = Corpora.read(dir, ReadOptions.DEFAULTS);
        assertThat(c.groups("source")).containsExactly("AP", "Daily Mail");
        assertThat(c.documents()).extracting(Document::id).containsExactly("AP/a", "Daily Mail/b");
    }

    @Test
    void missingTextColumnNamesFileLineAndWhatToDo() throws IOException {
        Path p = write("m.csv", "id,body\n1,x\n");
        assertThatThrownBy(() -> Corpora.read(p, ReadOptions.DEFAULTS)).isInstanceOf(CorpusInputException.class)
                .hasMessageContaining("m.csv:1").hasMessageContaining("no text column 'text'").hasMessageContaining("--text-column");
    }

    @Test
    void unbalancedQuoteNamesTheLineWhereItOpened() throws IOException {
        Path p = write("q.csv", "id,text\n1,ok\n2,\"never closed\n3,x\n");
        assertThatThrownBy(() -> Corpora.read(p, ReadOptions.DEFAULTS)).isInstanceOf(CorpusInputException.class)
                .hasMessageContaining("q.csv:3").hasMessageContaining("never closed");
    }

    @Test
    void duplicateIdsAndShortRowsAreSkippedWithReasons() throws IOException {
        Corpus c = Corpora.read(write("d.csv", "id,source,text\n1,A,x\n1,B,y\n2,C\n"), ReadOptions.DEFAULTS);
        assertThat(c.documents()).hasSize(1);
        assertThat(c.skipped()).extracting(SkippedDocument::reason).anyMatch(r -> r.contains("duplicate id")).anyMatch(r -> r.contains("2 fields"));
    }

    @Test
    void manifestRefusesPathsOutsideTheCorpusAndSkipsMissingFiles() throws IOException {
        write("ok.txt", "fine");
        write("manifest.csv", "id,file,source\n1,ok.txt,A\n2,gone.txt,B\n");
        Corpus c = Corpora.read(dir, ReadOptions.DEFAULTS);
        assertThat(c.documents()).hasSize(1);
        assertThat(c.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("does not exist"));
        write("manifest.csv", "id,file,source\n1,../../etc/passwd,A\n");
        assertThatThrownBy(() -> Corpora.read(dir, ReadOptions.DEFAULTS)).hasMessageContaining("manifest.csv:2").hasMessageContaining("leaves the corpus directory");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'});
        write("manifest.csv", "id,file,source\n1,bad.txt,A\n");
        assertThatThrownBy(() -> Corpora.read(dir, ReadOptions.DEFAULTS)).isInstanceOf(CorpusInputException.class)
                .hasMessageContaining("bad.txt@2").hasMessageContaining("--encoding");
    }

    @Test
    void unparseableDatesAreKeptAsMissingWithAWarning() throws IOException {
        write("a.txt", "x");
        write("manifest.csv", "id,file,source,date\n1,a.txt,A,sometime in spring\n");
        Corpus c = Corpora.read(dir, ReadOptions.DEFAULTS);
        assertThat(c.document("1").meta().date()).isEmpty();
        assertThat(c.warnings()).singleElement().satisfies(w -> assertThat(w).contains("manifest.csv:2").contains("sometime in spring"));
    }

    @Test
    void datesInTheFormatsNewsExportsUse() {
        assertThat(Dates.parse("2022-02-02")).isPresent();
        assertThat(Dates.parse("2016-09-20T10:00:00Z")).isPresent();
        assertThat(Dates.parse("9/6/17")).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2017-09-06"));
        assertThat(Dates.parse("2021-04")).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2021-04-01"));
        assertThat(Dates.parse("yesterday")).isEmpty();
    }
}
