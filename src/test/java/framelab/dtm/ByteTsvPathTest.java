package framelab.dtm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.corpus.Cleaner;
import framelab.corpus.CorpusInputException;
import framelab.corpus.DelimitedReader;
import framelab.corpus.DocumentSink;
import framelab.corpus.DocumentSource;
import framelab.corpus.ReadOptions;
import framelab.stats.LexicalDiversity;
import framelab.text.Analyzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UTF-8 TSV byte path ({@link framelab.corpus.Utf8Chunks} + {@link ChunkCounter}) against the
 * streaming path it replaces for such files ({@link DelimitedReader#forEach} into the worker queue):
 * the same documents (ids, origins, skips with their reasons, metadata, counts, measures), the same
 * removals and the same matrix, on hostile TSV (byte-order mark, CR/LF/CRLF line ends, blank lines,
 * wrong field counts, empty and duplicate ids, no id column, a last line without a line break,
 * chrome to clean, inline furniture inside a line) and with chunks small enough that records straddle chunk borders.
 */
class ByteTsvPathTest {
    @TempDir
    Path dir;

    /** The same reader, hidden behind a plain DocumentSource so the builder streams it as documents. */
    private static DocumentSource streamed(DelimitedReader r) {
        return new DocumentSource() {
            @Override public String description() { return r.description(); }
            @Override public List<String> fields() { return r.fields(); }
            @Override public void forEach(DocumentSink sink) { r.forEach(sink); }
        };
    }

    private static DtmBuilder builder(int threads, int chunkBytes) {
        return DtmBuilder.builder(Analyzer.defaults()).cleaner(Cleaner.defaults()).threads(threads)
                .measure(LexicalDiversity.DEFAULT).chunkBytes(chunkBytes).build();
    }

    private Path write(String name, byte[] content) throws IOException {
        if (dir == null) { // jqwik properties get no @TempDir
            dir = Files.createTempDirectory("framelab-bytes");
            dir.toFile().deleteOnExit();
        }
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private static void assertSameBuild(CorpusBuild bytes, CorpusBuild chars) {
        assertThat(describe(bytes.documents())).isEqualTo(describe(chars.documents()));
        assertThat(bytes.removals()).isEqualTo(chars.removals());
        DocumentTermMatrix a = bytes.dtm();
        DocumentTermMatrix b = chars.dtm();
        assertThat(a.vocabulary().terms()).isEqualTo(b.vocabulary().terms());
        assertThat(a.rowCount()).isEqualTo(b.rowCount());
        for (int r = 0; r < a.rowCount(); r++) {
            assertThat(a.row(r).docId()).isEqualTo(b.row(r).docId());
            assertThat(a.rowNonZeros(r)).isEqualTo(b.rowNonZeros(r));
            for (int k = 0; k < a.rowNonZeros(r); k++) {
                assertThat(a.rowTerm(r, k)).isEqualTo(b.rowTerm(r, k));
                assertThat(a.rowCount(r, k)).isEqualTo(b.rowCount(r, k));
            }
        }
    }

    private static List<String> describe(List<DocumentRecord> docs) {
        List<String> out = new ArrayList<>();
        for (DocumentRecord d : docs) {
            out.add(String.join("|", d.id(), d.origin(), d.status(), d.reason(), d.meta().toString(), String.valueOf(d.chars()),
                    String.valueOf(d.units()), String.valueOf(d.wordTokens()), String.valueOf(d.terms()), Arrays.toString(d.measures())));
        }
        return out;
    }

    private void assertPathsAgree(byte[] tsv, ReadOptions options, int chunkBytes) throws IOException {
        Path f = write("c.tsv", tsv);
        DelimitedReader r = new DelimitedReader(f, options);
        assertThat(r.utf8Chunks(chunkBytes)).as("byte path available").isPresent().get().satisfies(c -> c.close());
        for (int threads : new int[] {1, 3}) {
            assertSameBuild(builder(threads, chunkBytes).build(r), builder(threads, chunkBytes).build(streamed(r)));
        }
    }

    private static final String HOSTILE = "\uFEFFid\tsource\ttext\r\n"
            + "a1\tAP\tRussia\u2019s troops near Ukraine. U.S. officials said 100,000 soldiers.\r\n"
            + "\r\n"
            + "a2\tTASS\tNATO\u2019s de-escalation talks \u201cfailed\u201d \u2014 caf\u00e9 \uD83D\uDE00 ok\n"
            + "a3\tAP\ttoo\tmany\tfields\n"
            + "\tAP\tempty id\r"
            + "a1\tBlog\tduplicate id\n"
            + "a4\tBlog\tSubscribe now!\n"
            + "a7\tCNN\tTalks.Hide Caption 3 of 24 Photos: Kyiv at night Story Continued Below troops\n"
            + "a5\tBlog\t\n"
            + "a6\tBlog\tlast line without a break";

    @Test
    void hostileTsvGivesTheSameDocumentsSkipsAndCounts() throws IOException {
        byte[] b = HOSTILE.getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 7, 64, 1 << 20}) assertPathsAgree(b, ReadOptions.DEFAULTS, chunk);
    }

    @Test
    void withoutAnIdColumnIdsAreRowNumbersAcrossChunks() throws IOException {
        String tsv = "source\ttext\nA\tone two\n\nB\tthree\nC\tfour\tfive\nD\tsix";
        for (int chunk : new int[] {1, 5, 1 << 20}) assertPathsAgree(tsv.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS, chunk);
        CorpusBuild b = builder(2, 5).build(new DelimitedReader(write("n.tsv", tsv.getBytes(StandardCharsets.UTF_8)), ReadOptions.DEFAULTS));
        assertThat(b.documents()).extracting(DocumentRecord::id).containsExactly("1", "3", "4", "5");
        assertThat(b.documents()).extracting(DocumentRecord::origin).endsWith(dir.resolve("n.tsv") + ":6");
    }

    @Test
    void crOnlyLineEndsAndAGzippedFileAgree() throws IOException {
        String tsv = "id\ttext\rx\tone\r\ry\ttwo three\r";
        assertPathsAgree(tsv.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS, 3);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            o.write(HOSTILE.getBytes(StandardCharsets.UTF_8));
        }
        Path f = write("c.tsv.gz", gz.toByteArray());
        DelimitedReader r = new DelimitedReader(f, ReadOptions.DEFAULTS);
        assertSameBuild(builder(2, 16).build(r), builder(2, 16).build(streamed(r)));
    }

    @Test
    void malformedUtf8InTextOrMetadataFailsWithTheLineAsTheStreamingReaderDoes() throws IOException {
        for (byte[] bad : List.of(new byte[] {'x', (byte) 0xC3, 'y'}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            for (int column : new int[] {1, 2}) {
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.writeBytes("id\tsource\ttext\nd1\tAP\tfine words\nd2\t".getBytes(StandardCharsets.UTF_8));
                if (column == 1) o.writeBytes(bad);
                o.writeBytes("\t".getBytes(StandardCharsets.UTF_8));
                if (column == 2) o.writeBytes(bad);
                o.writeBytes(" more words\n".getBytes(StandardCharsets.UTF_8));
                Path f = write("bad.tsv", o.toByteArray());
                DelimitedReader r = new DelimitedReader(f, ReadOptions.DEFAULTS);
                String expected = messageOf(() -> builder(1, 0).build(streamed(r)));
                assertThat(expected).contains(":3");
                assertThatThrownBy(() -> builder(2, 8).build(r)).isInstanceOf(CorpusInputException.class).hasMessage(expected);
            }
        }
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (CorpusInputException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a CorpusInputException");
    }

    /** Text in which every tokenizer rule and cleaning rule can fire, rows of varying shape. */
    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> word = Arbitraries.of("Russia\u2019s", "troops", "U.S.", "de-escalation", "100,000", "caf\u00e9", "\u201cNATO\u201d",
                "Subscribe now!", "Related Articles", "\uD83D\uDE00", "\u00a0", "don't", "KYIV", "x", "", "Advertisement", "Source link",
                "\u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u0438\u0439", "\u2014", "said.", "Hide Caption 2 of 9", "Photos:",
                "Story Continued Below", "JUST WATCHED Kyiv Replay More Videos ... MUST WATCH Kyiv 01:02", "Hide");
        Arbitrary<String> text = word.list().ofMaxSize(25).map(ws -> String.join(" ", ws));
        Arbitrary<String> id = Arbitraries.of("d1", "d2", "d3", "d4", "d5", "d6", "d7", "", " d8 ");
        Arbitrary<String> row = net.jqwik.api.Combinators.combine(id, Arbitraries.of("AP", "Daily Mail", ""), text, Arbitraries.of(0, 0, 0, 1, 2))
                .as((i, s, t, shape) -> switch (shape) {
                    case 1 -> i + "\t" + s;                 // a field short
                    case 2 -> "";                           // a blank line
                    default -> i + "\t" + s + "\t" + t;
                });
        return row.list().ofMaxSize(12);
    }

    @Property(tries = 150)
    void randomTsvAgrees(@ForAll("rows") List<String> rows, @ForAll("lineEnds") String lineEnd) throws IOException {
        String tsv = "id\tsource\ttext" + lineEnd + String.join(lineEnd, rows);
        byte[] b = tsv.getBytes(StandardCharsets.UTF_8);
        int chunk = 1 + new Random(b.length).nextInt(40);
        Path f = write("r.tsv", b);
        try {
            DelimitedReader r = new DelimitedReader(f, ReadOptions.DEFAULTS);
            assertSameBuild(builder(2, chunk).build(r), builder(2, chunk).build(streamed(r)));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Test
    void longTextsAreNotDecodedButShortOnesAreCleaned() throws IOException {
        String longText = "troops ".repeat(400) + "Subscribe now!"; // over 2,000 characters: chrome rules never look
        String tsv = "id\ttext\nlong\t" + longText + "\nshort\tSubscribe now!\nmix\t" + "caf\u00e9 ".repeat(700) + "\n";
        assertPathsAgree(tsv.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS, 1 << 20);
        CorpusBuild b = builder(1, 0).build(new DelimitedReader(write("l.tsv", tsv.getBytes(StandardCharsets.UTF_8)), ReadOptions.DEFAULTS));
        assertThat(b.removals()).extracting(framelab.corpus.Removal::docId).containsExactly("short");
        assertThat(b.documents().get(2).chars()).isEqualTo(("caf\u00e9 ".repeat(700)).length());
    }
}
