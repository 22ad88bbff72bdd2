package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * libdeflate through {@link Gunzip} against java.util.zip as the oracle: same bytes for every shape of gzip
 * file, the same error for bad ones, and a quiet fallback when libdeflate cannot be used.
 */
class GunzipTest {
    @TempDir
    Path dir;

    @BeforeEach
    void nativePathAvailable() {
        // the assertions below compare the native path with java.util.zip: without libdeflate there is nothing to compare
        assumeTrue(System.getProperty(Gunzip.PROPERTY) == null, "-D" + Gunzip.PROPERTY + " is set");
        assumeTrue(Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libdeflate.so.0")), "libdeflate0 is not installed");
    }

    @Test
    void emptyContent() throws IOException {
        assertRoundTrip(gzip(new byte[0]), new byte[0]);
    }

    @Test
    void smallText() throws IOException {
        byte[] text = "id\tsource\ttitle_and_text\n1\tCNN\tRate shock: the GOP's lie\n".getBytes(StandardCharsets.UTF_8);
        assertRoundTrip(gzip(text), text);
    }

    @Test
    void fiveMegabytesOfRandomText() throws IOException {
        byte[] text = randomText(5 << 20, 1);
        assertRoundTrip(gzip(text), text);
    }

    @Test
    void concatenatedMembersDecompressToTheirConcatenation() throws IOException {
        byte[] a = randomText(300_000, 2);
        byte[] b = randomText(200_000, 3);
        assertRoundTrip(concat(gzip(a), gzip(b)), concat(a, b));
    }

    @Test
    void trailerUnderstatingTheSizeIsGrownPast() throws IOException {
        // ISIZE gives the last member's size only: here 2 bytes of a 3 MB file
        byte[] big = randomText(3 << 20, 4);
        byte[] tiny = "!\n".getBytes(StandardCharsets.UTF_8);
        assertRoundTrip(concat(gzip(big), gzip(tiny)), concat(big, tiny));
    }

    @Test
    void manyMembersIncludingEmptyOnes() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            byte[] part = i % 7 == 0 ? new byte[0] : randomText(1000 * i, 10 + i);
            gz.write(gzip(part));
            plain.write(part);
        }
        assertRoundTrip(gz.toByteArray(), plain.toByteArray());
    }

    @Test
    void headerWithAFileNameAsGzipWritesIt() throws IOException {
        byte[] text = randomText(100_000, 5);
        assertRoundTrip(gzipWithName(text, "abp_news.tsv"), text);
    }

    @Test
    void incompressibleDataWhoseGzipIsLargerThanItself() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(6).nextBytes(noise);
        assertRoundTrip(concat(gzip(noise), gzip(noise)), concat(noise, noise));
    }

    @Test
    void streamGivesPagesBackAsItIsReadWhateverTheReadSizes() throws IOException {
        // over two release steps, read by single bytes, skips and odd-sized blocks across the step boundaries
        byte[] text = randomText((int) (2.5 * InflatedStream.RELEASE_STEP), 12);
        Path p = file("big.gz", gzip(text));
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        Random r = new Random(13);
        InputStream in = Gunzip.open(p, Gunzip.DEFAULT_MAX_BYTES).orElseThrow();
        try (in) {
            assertThat(in).isInstanceOf(InflatedStream.class);
            assertThat(in.available()).isEqualTo(text.length);
            byte[] buf = new byte[1 << 20];
            long skipped = 0;
            while (true) {
                int how = r.nextInt(10);
                if (how == 0) {
                    int b = in.read();
                    if (b < 0) break;
                    got.write(b);
                } else if (how == 1) {
                    long k = in.skip(r.nextInt(100_000));
                    for (long i = 0; i < k; i++) got.write(text[got.size()]); // what was skipped, from the oracle
                    skipped += k;
                } else {
                    int off = r.nextInt(100);
                    int n = in.read(buf, off, r.nextInt(buf.length - 100));
                    if (n < 0) break;
                    got.write(buf, off, n);
                }
            }
            assertThat(skipped).isPositive();
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(got.toByteArray()).isEqualTo(text);
        assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
        in.close(); // twice is harmless
    }

    @Test
    void outputOverTheLimitIsLeftToTheStreamingPath() throws IOException {
        byte[] text = randomText(50_000, 7);
        Path one = file("one.gz", gzip(text));
        assertThat(Gunzip.inflateWhole(one, 49_999)).isEmpty();
        assertThat(Gunzip.inflateWhole(one, 50_000)).hasValueSatisfying(b -> assertThat(b).isEqualTo(text));
        Path two = file("two.gz", concat(gzip(text), gzip(new byte[10])));
        assertThat(Gunzip.inflateWhole(two, 50_009)).isEmpty(); // found out while growing, not from ISIZE
        assertThat(Gunzip.inflateWhole(two, 50_010)).hasValueSatisfying(b -> assertThat(b).hasSize(50_010));
        assertThat(Gunzip.open(two, 50_009)).isEmpty(); // mapped pages are given back on the way out
        assertThat(readAll(() -> Gunzip.open(two, 50_010).orElseThrow())).hasSize(50_010);
    }

    @Test
    void missingLibraryOrSymbolsGiveEmptyQuietly() throws IOException {
        Path gz = file("a.gz", gzip(randomText(1000, 8)));
        assertThat(Gunzip.inflateWhole(gz, Gunzip.DEFAULT_MAX_BYTES, "libdeflate-not-installed.so.0")).isEmpty();
        assertThat(Gunzip.inflateWhole(gz, Gunzip.DEFAULT_MAX_BYTES, "libz.so.1")).isEmpty(); // a library without them
        assertThat(Gunzip.open(gz, Gunzip.DEFAULT_MAX_BYTES, "libdeflate-not-installed.so.0")).isEmpty();
    }

    @Test
    void zlibPropertyForcesTheStreamingPathWithIdenticalBytes() throws Exception {
        byte[] text = randomText(1 << 20, 9);
        Path gz = file("z.gz", concat(gzip(text), gzip(text)));
        byte[] fast = readAll(() -> TextFiles.openBytes(gz));
        assertThat(Gunzip.inflateWhole(gz)).isPresent();
        byte[] slow = withZlib(() -> {
            assertThat(Gunzip.inflateWhole(gz)).isEmpty();
            return readAll(() -> TextFiles.openBytes(gz));
        });
        assertThat(fast).isEqualTo(concat(text, text)).isEqualTo(slow);
    }

    @Test
    void unknownPropertyValueFailsInsteadOfBeingIgnored() throws IOException {
        Path gz = file("u.gz", gzip(new byte[1]));
        String old = System.setProperty(Gunzip.PROPERTY, "zilb");
        try {
            assertThatThrownBy(() -> Gunzip.inflateWhole(gz)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(Gunzip.PROPERTY + "=zilb").hasMessageContaining("'zlib'");
        } finally {
            restore(old);
        }
    }

    @Test
    void badGzipIsTheSameInputErrorOnBothPaths() throws Exception {
        byte[] tsv = tsv(200);
        byte[] good = gzip(tsv);
        byte[] badCrc = good.clone();
        badCrc[badCrc.length - 8] ^= 1;
        List<Path> bad = List.of(
                file("plain.tsv.gz", tsv),
                file("empty.tsv.gz", new byte[0]),
                file("truncated.tsv.gz", Arrays.copyOf(good, good.length / 2)),
                file("crc.tsv.gz", badCrc),
                file("second-member-cut.tsv.gz", concat(good, Arrays.copyOf(good, 30))));
        for (Path p : bad) {
            CorpusInputException fast = readError(p);
            assertThat(fast.location()).as(p.toString()).isEqualTo(p.toString());
            assertThat(fast.getMessage()).as(p.toString()).contains("not a valid gzip file (", "what to do:");
            assertThat(withZlib(() -> readError(p).getMessage())).as(p.toString()).isEqualTo(fast.getMessage());
        }
        assertThat(readError(bad.get(0))).hasMessageContaining("(Not in GZIP format)");
        assertThat(readError(bad.get(2))).hasMessageContaining(Gunzip.TRUNCATED);
        assertThat(readError(bad.get(3))).hasMessageContaining("Corrupt GZIP trailer");
    }

    @Test
    void corruptDeflateDataIsAnInputError() throws IOException {
        byte[] gz = gzip(randomText(1 << 20, 11));
        gz[gz.length / 2] ^= 0x55;
        Path p = file("flipped.gz", gz);
        assertThatThrownBy(() -> Gunzip.inflateWhole(p)).isInstanceOf(CorpusInputException.class)
                .hasMessageContaining(p.toString()).hasMessageContaining("not a valid gzip file");
    }

    @Test
    void trailingGarbageIsAnErrorHere() throws IOException {
        // java.util.zip ignores these bytes silently (and with them a member cut short); gzip -d warns
        byte[] member = gzip(tsv(3));
        byte[] garbage = new byte[512];
        garbage[300] = 7;
        Path p = file("garbage.gz", concat(member, garbage));
        assertThatThrownBy(() -> Gunzip.inflateWhole(p)).isInstanceOfSatisfying(CorpusInputException.class,
                e -> assertThat(e.location()).isEqualTo(p + "@" + member.length))
                .hasMessageContaining("512 bytes after the last complete gzip member do not form one").hasMessageContaining("what to do");
    }

    @Test
    void trailingZeroBytesArePaddingAsForGzip() throws IOException {
        byte[] text = tsv(3);
        byte[] member = gzip(text);
        for (int pad : new int[] {1, 17, 512}) {
            Path p = file("padded" + pad + ".gz", concat(member, new byte[pad]));
            assertThat(Gunzip.inflateWhole(p)).as("%d zero bytes", pad).hasValueSatisfying(b -> assertThat(b).isEqualTo(text));
        }
    }

    @Test
    void delimitedReaderGivesTheSameDocumentsWithAndWithoutTheFallback() throws Exception {
        Path p = file("docs.tsv.gz", concat(gzip(tsv(500)), gzip("extra\tAP\tlast one\n".getBytes(StandardCharsets.UTF_8))));
        List<String> fast = documents(p);
        assertThat(fast).hasSize(501).last().isEqualTo("extra|{id=extra, source=AP}|last one");
        assertThat(withZlib(() -> documents(p))).isEqualTo(fast);
    }

    @Tag("slow")
    @Test
    void abpNewsInflatesToTheSameBytesAsJavaUtilZip() throws IOException, NoSuchAlgorithmException {
        Path abp = Path.of("../shared/corpora/abp_news.tsv.gz");
        assumeTrue(Files.exists(abp), "the ABP news corpus (../shared) is absent");
        MessageDigest zlib = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(abp), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) zlib.update(buf, 0, n);
        }
        byte[] expected = zlib.digest();
        byte[] whole = Gunzip.inflateWhole(abp).orElseThrow();
        assertThat(MessageDigest.getInstance("SHA-256").digest(whole)).isEqualTo(expected);
        whole = null;
        MessageDigest streamed = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Gunzip.open(abp, Gunzip.DEFAULT_MAX_BYTES).orElseThrow()) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) streamed.update(buf, 0, n);
        }
        assertThat(streamed.digest()).isEqualTo(expected);
    }

    // --- helpers

    private void assertRoundTrip(byte[] gz, byte[] expected) throws IOException {
        Path p = file("t.gz", gz);
        byte[] zlib;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            zlib = in.readAllBytes();
        }
        assertThat(zlib).isEqualTo(expected);
        Optional<byte[]> whole = Gunzip.inflateWhole(p);
        assertThat(whole).isPresent();
        assertThat(whole.get()).isEqualTo(zlib);
        assertThat(readAll(() -> Gunzip.open(p, Gunzip.DEFAULT_MAX_BYTES).orElseThrow())).isEqualTo(zlib);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(out)) {
            o.write(data);
        }
        return out.toByteArray();
    }

    /** A gzip member with the FNAME field set, as gzip(1) writes it (RFC 1952 §2.3.1). */
    private static byte[] gzipWithName(byte[] data, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 0, 3});
        out.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
        Deflater d = new Deflater(6, true);
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        for (long v : new long[] {crc.getValue(), data.length}) for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Words from a small vocabulary with spaces, tabs and newlines: compresses like news text (about 3:1). */
    private static byte[] randomText(int length, long seed) {
        String[] words = {"the", "a", "Ukraine", "Biden", "said", "on", "Tuesday", "president", "border", "troops", "économie", "—", "2022"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(length + 16);
        while (sb.length() < length) {
            sb.append(words[r.nextInt(words.length)]).append(r.nextInt(12) == 0 ? '\n' : r.nextInt(9) == 0 ? '\t' : ' ');
            if (r.nextInt(5) == 0) sb.append(r.nextInt(100_000));
        }
        return Arrays.copyOf(sb.toString().getBytes(StandardCharsets.UTF_8), length);
    }

    private static byte[] tsv(int rows) {
        StringBuilder sb = new StringBuilder("id\tsource\ttitle_and_text\n");
        for (int i = 0; i < rows; i++) sb.append("d").append(i).append('\t').append(i % 3 == 0 ? "CNN" : "Fox").append("\tStory ").append(i).append(" about the border\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> documents(Path p) {
        List<String> docs = new ArrayList<>();
        new DelimitedReader(p, ReadOptions.DEFAULTS.withTextColumn("title_and_text")).forEach(new DocumentSink() {
            @Override
            public void accept(Document d) {
                docs.add(d.id() + "|" + d.meta().fields() + "|" + d.text());
            }

            @Override
            public void skip(SkippedDocument s) {
                docs.add("skipped " + s);
            }
        });
        return docs;
    }

    private static CorpusInputException readError(Path p) {
        try {
            documents(p);
        } catch (CorpusInputException e) {
            return e;
        }
        throw new AssertionError(p + " was read without an error");
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static byte[] readAll(Opener o) throws IOException {
        try (InputStream in = o.open()) {
            return in.readAllBytes();
        }
    }

    private static <T> T withZlib(Callable<T> body) throws Exception {
        String old = System.setProperty(Gunzip.PROPERTY, "zlib");
        try {
            return body.call();
        } finally {
            restore(old);
        }
    }

    private static void restore(String old) {
        if (old == null) System.clearProperty(Gunzip.PROPERTY);
        else System.setProperty(Gunzip.PROPERTY, old);
    }
}
