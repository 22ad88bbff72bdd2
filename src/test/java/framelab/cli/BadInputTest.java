package framelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs through the CLI: each is either an input error (exit 3, no stack trace, a message that
 * names the file and the line or byte offset and says what to do) or a documented skip that appears in
 * documents.csv. Nothing is dropped silently.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private Run analyze(Path corpus, String... more) {
        List<String> a = new ArrayList<>(List.of("analyze", "--corpus", corpus.toString(), "--out", tmp.resolve("out").toString()));
        a.addAll(List.of(more));
        return run(a.toArray(String[]::new));
    }

    private static void inputError(Run r, String... mustContain) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(3);
        assertThat(r.err()).contains(mustContain).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private List<String> documents() throws IOException {
        return Files.readAllLines(tmp.resolve("out").resolve("documents.csv"));
    }

    private static final String TWO_SOURCES = "id,source,text\n1,A,troops at the border\n2,B,talks in geneva\n";

    // --- encodings and line ends -------------------------------------------------------------------

    @Test
    void invalidUtf8InCsvNamesFileLineAndEncodingOption() throws IOException {
        byte[] head = "id,source,text\n1,A,fine\n2,B,caf".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 3];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9; // latin-1 é
        all[head.length + 1] = '\n';
        all[head.length + 2] = '\n';
        inputError(analyze(bytes("latin1.csv", all)), "latin1.csv:3", "--encoding");
    }

    @Test
    void lenientModeReplacesAndFlagsTheDocument() throws IOException {
        byte[] head = "id,source,text\n1,A,fine\n2,B,caf".getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 2);
        all[head.length] = (byte) 0xE9;
        all[head.length + 1] = '\n';
        Run r = analyze(bytes("lenient.csv", all), "--encoding-errors", "replace");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning").contains("lenient.csv:3").contains("U+FFFD");
        assertThat(Files.readString(tmp.resolve("out/run.json"))).contains("U+FFFD");
    }

    @Test
    void lenientModeDoesNotReportAU_FFFDThatWasInTheTextAlready() throws IOException {
        // valid UTF-8 whose text holds a real U+FFFD (scraped news does): nothing was replaced, so no warning;
        // the same file with one bad byte added is reported
        String text = "id\tsource\ttext\n1\tA\tcaf\uFFFD menu\n2\tB\ttalks in geneva\n";
        Run clean = analyze(bytes("real-fffd.tsv", text.getBytes(StandardCharsets.UTF_8)), "--encoding-errors", "replace");
        assertThat(clean.code()).as(clean.err()).isZero();
        assertThat(clean.err()).doesNotContain("U+FFFD");
        byte[] ok = text.getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(ok, ok.length + 9);
        System.arraycopy("3\tC\tx".getBytes(StandardCharsets.UTF_8), 0, bad, ok.length, 5);
        bad[ok.length + 5] = (byte) 0xE9; // latin-1 é
        bad[ok.length + 6] = 'y';
        bad[ok.length + 7] = '\n';
        bad[ok.length + 8] = '\n';
        Run dirty = analyze(bytes("bad-byte.tsv", bad), "--encoding-errors", "replace");
        assertThat(dirty.code()).as(dirty.err()).isZero();
        assertThat(dirty.err()).contains("bad-byte.tsv:4").contains("U+FFFD");
    }

    @Test
    void latin1FileReadsWithEncodingOption() throws IOException {
        byte[] b = "id,source,text\n1,A,caf\u00e9 cr\u00e8me\n2,B,x\n".getBytes(StandardCharsets.ISO_8859_1);
        Run r = analyze(bytes("latin1ok.csv", b), "--encoding", "ISO-8859-1");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void invalidUtf8InAManifestFileNamesTheByteOffset() throws IOException {
        bytes("c/a.txt", new byte[] {'o', 'k', ' ', (byte) 0xFF, ' '});
        file("c/b.txt", "fine");
        file("c/manifest.csv", "id,file,source\n1,a.txt,A\n2,b.txt,B\n");
        inputError(analyze(tmp.resolve("c")), "a.txt@3", "--encoding");
    }

    @Test
    void utf8BomBeforeTheHeaderIsIgnored() throws IOException {
        Run r = analyze(file("bom.csv", "\uFEFF" + TWO_SOURCES));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(documents().get(1)).startsWith("1,analysed");
    }

    @Test
    void utf16FilesAreDetectedByTheirByteOrderMark() throws IOException {
        byte[] le = ("\uFEFF" + TWO_SOURCES).getBytes(StandardCharsets.UTF_16LE);
        Run r = analyze(bytes("u16.csv", le));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(documents()).hasSize(3);
    }

    @Test
    void carriageReturnOnlyAndCrlfLineEnds() throws IOException {
        assertThat(analyze(file("cr.csv", TWO_SOURCES.replace("\n", "\r"))).code()).isZero();
        assertThat(documents()).hasSize(3);
        assertThat(analyze(file("crlf.csv", TWO_SOURCES.replace("\n", "\r\n"))).code()).isZero();
        assertThat(documents()).hasSize(3);
    }

    // --- empty, binary, huge ----------------------------------------------------------------------

    @Test
    void emptyCsvIsAnInputError() throws IOException {
        inputError(analyze(file("empty.csv", "")), "empty.csv", "empty");
    }

    @Test
    void emptyJsonlIsAnInputError() throws IOException {
        inputError(analyze(file("empty.jsonl", "\n\n")), "empty.jsonl", "no document");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        inputError(analyze(bytes("picture.csv", png)), "picture.csv");
    }

    @Test
    void notReallyGzipIsAnInputError() throws IOException {
        inputError(analyze(file("fake.csv.gz", TWO_SOURCES)), "fake.csv.gz", "gzip");
    }

    @Test
    void oneHundredMegabyteDocumentIsAnalysed() throws IOException {
        Path p = tmp.resolve("huge.csv");
        try (var w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write("id,source,text\n1,A,\"");
            String para = "Troops gathered near the border while diplomats met in Geneva to discuss the crisis. ";
            long written = 0;
            while (written < 100_000_000L) {
                w.write(para);
                written += para.length();
                if (written % (para.length() * 40L) == 0) w.write("\n\n");
            }
            w.write("\"\n2,B,short text\n");
        }
        Run r = analyze(p, "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(documents().get(1)).startsWith("1,analysed");
    }

    // --- CSV structure ----------------------------------------------------------------------------

    @Test
    void unbalancedQuoteNamesTheLineWhereTheFieldOpened() throws IOException {
        inputError(analyze(file("q.csv", "id,source,text\n1,A,ok\n2,B,\"never closed\n3,C,x\n")), "q.csv:3", "quote");
    }

    @Test
    void missingTextColumnListsTheColumnsAndTheOption() throws IOException {
        inputError(analyze(file("notext.csv", "id,source,body\n1,A,x\n")), "notext.csv:1", "[id, source, body]", "--text-column");
    }

    @Test
    void textColumnOptionFindsAnotherColumn() throws IOException {
        assertThat(analyze(file("body.csv", "id,source,body\n1,A,x y\n2,B,z\n"), "--text-column", "body").code()).isZero();
    }

    @Test
    void duplicateIdsAreSkippedAndListed() throws IOException {
        Run r = analyze(file("dup.csv", "id,source,text\n1,A,x\n1,B,y\n2,B,z\n"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 skipped");
        assertThat(documents()).anyMatch(l -> l.startsWith("1,skipped,duplicate id") && l.contains("dup.csv:3"));
    }

    @Test
    void rowsWithTooFewFieldsAreSkippedWithTheirLine() throws IOException {
        Run r = analyze(file("short.csv", "id,source,text\n1,A,x\n2,B\n3,B,z\n"));
        assertThat(r.code()).isZero();
        assertThat(documents()).anyMatch(l -> l.startsWith("2,skipped,") && l.contains("short.csv:3"));
    }

    /**
     * A skipped record keeps the metadata that could be read, so a researcher can tell which outlet lost a
     * document; every reader and both TSV paths (bytes, and characters with --encoding-errors replace).
     * A row whose fields do not line up with the header has none: its values cannot be told apart.
     */
    @Test
    void skippedRecordsKeepTheirMetadataInDocumentsCsv() throws IOException {
        String tsv = "id\tsource\ttext\n1\tA\tx y\n1\tDupOutlet\tz\n\tNoIdOutlet\tw\n3\tShort\n";
        for (List<String> extra : List.of(List.<String>of(), List.of("--encoding-errors", "replace"))) {
            List<String> args = new ArrayList<>(List.of("freq", "--corpus", file("m.tsv", tsv).toString(), "--group-by", "source",
                    "--out", tmp.resolve("out").toString()));
            args.addAll(extra);
            Run r = run(args.toArray(String[]::new));
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(documents()).as("TSV %s", extra)
                    .anyMatch(l -> l.startsWith("1,skipped,duplicate id") && l.endsWith("m.tsv:3,DupOutlet,,,,,,"))
                    .anyMatch(l -> l.startsWith("row 3,skipped,empty id") && l.endsWith("m.tsv:4,NoIdOutlet,,,,,,"))
                    .anyMatch(l -> l.startsWith("3,skipped,") && l.endsWith("m.tsv:5,,,,,,,"));
        }
        Run csv = run("freq", "--corpus", file("m.csv", "id,source,text\n1,A,x\n1,DupOutlet,y\n").toString(), "--group-by", "source",
                "--out", tmp.resolve("out").toString());
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(documents()).anyMatch(l -> l.startsWith("1,skipped,duplicate id") && l.contains(",DupOutlet,"));
        String jsonl = "{\"id\":\"1\",\"source\":\"A\",\"text\":\"x\"}\n{\"id\":\"2\",\"source\":\"NumberOutlet\",\"text\":5}\n";
        Run json = run("freq", "--corpus", file("m.jsonl", jsonl).toString(), "--group-by", "source", "--out", tmp.resolve("out").toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(documents()).anyMatch(l -> l.startsWith("2,skipped,\"field 'text' is NUMBER") && l.contains(",NumberOutlet,"));
        file("dir/a.txt", "troops at the border");
        file("dir/manifest.csv", "id,file,source\na,a.txt,A\nb,missing.txt,MissingOutlet\n");
        Run dir = run("freq", "--corpus", tmp.resolve("dir").toString(), "--group-by", "source", "--out", tmp.resolve("out").toString());
        assertThat(dir.code()).as(dir.err()).isZero();
        assertThat(documents()).anyMatch(l -> l.startsWith("b,skipped,file 'missing.txt' does not exist") && l.contains(",MissingOutlet"));
    }

    @Test
    void emptyIdsAreSkipped() throws IOException {
        Run r = analyze(file("noid.csv", "id,source,text\n,A,x\n2,B,y\n3,A,z\n"));
        assertThat(r.code()).isZero();
        assertThat(documents()).anyMatch(l -> l.contains(",skipped,empty id"));
    }

    @Test
    void everyRowSkippedIsAnInputErrorAndStillWritesNothingHalfDone() throws IOException {
        inputError(analyze(file("allbad.csv", "id,source,text\n1,A\n2,B\n")), "no document could be analysed", "documents.csv");
    }

    @Test
    void tsvTakesLeadingQuotesLiterally() throws IOException {
        Run r = analyze(file("t.tsv", "id\tsource\ttext\n1\tA\t\"Rate shock\": x\n2\tB\ty\n"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(documents()).hasSize(3);
    }

    // --- JSONL ------------------------------------------------------------------------------------

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        inputError(analyze(file("bad.jsonl", "{\"id\":\"1\",\"source\":\"A\",\"text\":\"x\"}\n{\"id\": 2, text}\n")), "bad.jsonl:2", "JSON");
    }

    @Test
    void jsonLineThatIsNotAnObject() throws IOException {
        inputError(analyze(file("arr.jsonl", "[1,2,3]\n")), "arr.jsonl:1", "object");
    }

    @Test
    void jsonWithoutTextOrWithNonStringTextIsSkipped() throws IOException {
        Run r = analyze(file("j.jsonl", "{\"id\":\"1\",\"source\":\"A\",\"text\":\"x\"}\n{\"id\":\"2\",\"source\":\"B\"}\n"
                + "{\"id\":\"3\",\"source\":\"B\",\"text\":42}\n{\"id\":\"4\",\"source\":\"B\",\"text\":\"y\"}\n"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(documents()).anyMatch(l -> l.startsWith("2,skipped,no 'text' field")).anyMatch(l -> l.startsWith("3,skipped,\"field 'text' is NUMBER"));
    }

    // --- directories and manifests ----------------------------------------------------------------

    @Test
    void manifestRowWithMissingFileIsSkipped() throws IOException {
        file("m/a.txt", "alpha");
        file("m/c.txt", "gamma");
        file("m/manifest.csv", "id,file,source\n1,a.txt,A\n2,gone.txt,B\n3,c.txt,B\n");
        Run r = analyze(tmp.resolve("m"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(documents()).anyMatch(l -> l.startsWith("2,skipped,file 'gone.txt' does not exist"));
    }

    @Test
    void manifestPathEscapingTheCorpusIsRefused() throws IOException {
        file("e/manifest.csv", "id,file,source\n1,../../etc/passwd,A\n");
        inputError(analyze(tmp.resolve("e")), "manifest.csv:2", "leaves the corpus directory");
    }

    @Test
    void symlinkPointingOutsideIsRefused() throws IOException {
        file("outside.txt", "secret");
        Files.createDirectories(tmp.resolve("s"));
        Files.createSymbolicLink(tmp.resolve("s/link.txt"), tmp.resolve("outside.txt"));
        file("s/manifest.csv", "id,file,source\n1,link.txt,A\n");
        inputError(analyze(tmp.resolve("s")), "manifest.csv:2", "outside the corpus directory");
    }

    @Test
    void manifestWithoutFileColumn() throws IOException {
        file("nf/manifest.csv", "id,path,source\n1,a.txt,A\n");
        inputError(analyze(tmp.resolve("nf")), "manifest.csv:1", "'file' column");
    }

    @Test
    void directoryWithNothingToRead() throws IOException {
        Files.createDirectories(tmp.resolve("void"));
        inputError(analyze(tmp.resolve("void")), "void", "manifest.csv");
    }

    @Test
    void unparseableDatesAreKeptAsMissingWithAWarning() throws IOException {
        file("d/a.txt", "alpha text");
        file("d/b.txt", "beta text");
        file("d/manifest.csv", "id,file,source,date\n1,a.txt,A,the ides of march\n2,b.txt,B,2022-02-02\n");
        Run r = analyze(tmp.resolve("d"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning").contains("manifest.csv:2").contains("the ides of march");
        assertThat(Files.readString(tmp.resolve("out/run.json"))).contains("the ides of march");
    }

    // --- content edge cases -----------------------------------------------------------------------

    @Test
    void zeroTokenDocumentsGiveNoNaNAnywhere() throws IOException {
        Run r = analyze(file("z.csv", "id,source,text\n1,A,troops\n2,B,\"... !!! ---\"\n3,C,\n"));
        assertThat(r.code()).as(r.err()).isZero();
        try (var s = Files.list(tmp.resolve("out"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".csv")).toList()) {
                assertThat(Files.readString(p)).as(p.getFileName().toString()).doesNotContain("NaN").doesNotContain("Infinity");
            }
        }
        assertThat(documents()).anyMatch(l -> l.startsWith("2,analysed,") && l.contains(",0,0,,"));
    }

    @Test
    void corpusWithOneGroupStillGivesFrequenciesAndExplainsTheMissingKeyness() throws IOException {
        Run r = analyze(file("one.csv", "id,source,text\n1,A,troops\n2,A,tanks\n"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("no keyness").contains("only one group");
        assertThat(tmp.resolve("out/frequencies.csv")).exists();
        inputError(run("keyness", "--corpus", tmp.resolve("one.csv").toString(), "--out", tmp.resolve("k").toString()), "at least two groups", "--group-by");
    }

    @Test
    void keynessTargetThatDoesNotExistListsTheGroups() throws IOException {
        inputError(run("keyness", "--corpus", file("g.csv", TWO_SOURCES).toString(), "--target", "source=Reuters", "--out", tmp.resolve("k").toString()),
                "no group 'Reuters'", "[A, B]");
    }

    @Test
    void unknownGroupFieldListsTheFields() throws IOException {
        inputError(analyze(file("f.csv", TWO_SOURCES), "--group-by", "outlet"), "outlet", "source");
    }

    // --- option files -----------------------------------------------------------------------------

    @Test
    void stopwordFileProblems() throws IOException {
        inputError(analyze(file("s1.csv", TWO_SOURCES), "--stopwords", tmp.resolve("nope.txt").toString()), "nope.txt", "--stopwords");
        Path sw = file("stop.txt", "the\nof the\n");
        inputError(analyze(file("s2.csv", TWO_SOURCES), "--stopwords", sw.toString()), "stop.txt:2", "one word per line");
    }

    @Test
    void multiwordFileWithASingleWord() throws IOException {
        Path mw = file("mw.txt", "vladimir putin\nputin\n");
        inputError(analyze(file("m.csv", TWO_SOURCES), "--multiwords", mw.toString()), "mw.txt:2", "two or more words");
    }

    @Test
    void cleaningRuleFileWithABadRegex() throws IOException {
        Path rules = file("rules.txt", "line-regex (unclosed\n");
        inputError(analyze(file("r.csv", TWO_SOURCES), "--clean-rules", rules.toString()), "rules.txt:1");
    }

    @Test
    void unknownFormatAndMissingPathAndUnknownEncoding() throws IOException {
        inputError(analyze(file("corpus.xlsx", "x")), "corpus.xlsx", ".csv");
        inputError(analyze(tmp.resolve("missing.csv")), "missing.csv", "no such file");
        inputError(analyze(file("e.csv", TWO_SOURCES), "--encoding", "klingon-8"), "klingon-8", "UTF-8");
    }

    @Test
    void gzipCompressedCsvWorks() throws IOException {
        Path p = tmp.resolve("c.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(TWO_SOURCES.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(analyze(p).code()).isZero();
    }
}
