package framelab.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opening input text strictly: malformed bytes are an error naming the file (never silently
 * replaced), a leading byte-order mark is dropped, and {@code .gz} files are decompressed.
 */
public final class TextFiles {
    private TextFiles() {
    }

    static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * A buffered reader over the file (gunzipped when it ends in .gz). A byte-order mark decides the
     * encoding when there is one — UTF-8 (dropped), UTF-16 LE or BE (spreadsheets save "Unicode text" so) —
     * otherwise {@code cs} is used. Decoding errors surface while reading; {@link #malformed} locates them.
     */
    public static BufferedReader open(Path file, Charset cs) throws IOException {
        return open(file, cs, false);
    }

    /** As {@link #open(Path, Charset)}; {@code lenient} replaces undecodable bytes with U+FFFD instead of failing. */
    public static BufferedReader open(Path file, Charset cs, boolean lenient) throws IOException {
        InputStream in = new BufferedInputStream(rawStream(file), 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        Charset actual = cs;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            actual = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            actual = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            actual = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        in.skipNBytes(skip);
        CharsetDecoder dec = lenient ? actual.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE) : strict(actual);
        return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
    }

    /**
     * True when the whole file decodes in {@code cs} (a byte-order mark deciding, as {@link #open} does)
     * without a single replacement: a U+FFFD read from it in lenient mode was then in the text already, not
     * put there for bad bytes. False when it does not decode or cannot be read.
     */
    static boolean decodesStrictly(Path file, Charset cs) {
        try (BufferedReader r = open(file, cs, false)) {
            char[] buf = new char[1 << 16];
            while (r.read(buf) >= 0) {
                // only the decoding matters
            }
            return true;
        } catch (IOException e) {
            return false; // CharacterCodingException among them
        }
    }

    /** True when the file starts with a UTF-16 byte-order mark (the byte-level TSV path then does not apply). */
    static boolean hasUtf16Bom(Path file) {
        try (InputStream in = rawStream(file)) {
            byte[] h = in.readNBytes(2);
            return h.length == 2 && (((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) || ((h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF));
        } catch (IOException e) {
            return false;
        }
    }

    private static InputStream rawStream(Path file) throws IOException {
        return isGzip(file) ? gunzipStream(file) : Files.newInputStream(file);
    }

    /**
     * The file through {@link GZIPInputStream}, except that a file ending inside a gzip member is a
     * {@link ZipException} saying so, where GZIPInputStream throws a bare {@link EOFException} (often with
     * no message): readers then report it as invalid gzip, in {@link Gunzip}'s words.
     */
    static InputStream gunzipStream(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return new TruncationIsInvalidGzip(new GZIPInputStream(raw, 1 << 16));
        } catch (EOFException e) {
            raw.close();
            throw truncated(e);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static ZipException truncated(EOFException e) {
        ZipException z = new ZipException(Gunzip.TRUNCATED);
        z.initCause(e);
        return z;
    }

    private static final class TruncationIsInvalidGzip extends FilterInputStream {
        TruncationIsInvalidGzip(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (EOFException e) {
                throw truncated(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (EOFException e) {
                throw truncated(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (EOFException e) {
                throw truncated(e);
            }
        }
    }

    /**
     * The input error for a file that does not decode: re-reads the bytes to find the first bad one and
     * names its line and byte offset (the cold path; reading itself stays fast).
     */
    public static CorpusInputException malformed(Path file, Charset cs) {
        long line = 1;
        long offset = 0;
        try (InputStream in = new BufferedInputStream(rawStream(file), 1 << 16)) {
            byte[] all = in.readAllBytes();
            CharsetDecoder dec = strict(cs);
            ByteBuffer buf = ByteBuffer.wrap(all);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
            while (true) {
                int before = buf.position();
                java.nio.charset.CoderResult r = dec.decode(buf, out, true);
                for (int i = before; i < buf.position(); i++) if (all[i] == '\n') line++;
                if (r.isError()) {
                    offset = buf.position();
                    break;
                }
                if (r.isUnderflow()) break;
                out.clear();
            }
        } catch (IOException e) {
            // fall through with what we know
        }
        return new CorpusInputException(file + ":" + line, "not valid " + cs.name() + " text (first bad byte at offset " + offset + ")",
                "convert the file to UTF-8, pass --encoding with its real encoding (e.g. windows-1252), "
                        + "or --encoding-errors replace to read it anyway (bad bytes become U+FFFD and are reported)");
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    /**
     * The file's bytes (gunzipped when it ends in .gz; nothing decoded, BOM kept) for readers that split
     * records in bytes and decode fields themselves. A .gz file is inflated whole by libdeflate when
     * {@link Gunzip} can (two to three times faster than java.util.zip); otherwise (no libdeflate, a very large
     * file, or {@code -Dframelab.gunzip=zlib}) it is streamed through java.util.zip, inflated ahead on its own
     * thread ({@link ReadAhead}) so that decompression overlaps with parsing and memory stays small.
     *
     * @throws CorpusInputException when a .gz file is not valid gzip and libdeflate found it out
     */
    static InputStream openBytes(Path file) throws IOException {
        if (!isGzip(file)) return Files.newInputStream(file);
        Optional<InputStream> whole = Gunzip.open(file, Gunzip.DEFAULT_MAX_BYTES);
        return whole.isPresent() ? whole.get() : new ReadAhead(gunzipStream(file));
    }

    /** Reads a whole small file (a seed article) as text, with the byte offset of the first bad byte on error. */
    public static String readAll(Path file, Charset cs) {
        return readAll(file, cs, false);
    }

    /** As {@link #readAll(Path, Charset)}; a UTF-16 byte-order mark overrides {@code cs}; {@code lenient} replaces bad bytes. */
    public static String readAll(Path file, Charset cs, boolean lenient) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot read file: " + e.getMessage(),
                    "check that the file exists and is readable");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) cs = StandardCharsets.UTF_16LE;
        else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) cs = StandardCharsets.UTF_16BE;
        CharsetDecoder dec = lenient ? cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                : strict(cs);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            String s = dec.decode(buf).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new CorpusInputException(file + "@" + buf.position(),
                    "not valid " + cs.name() + " text (bad byte at offset " + buf.position() + ")",
                    "convert the file to UTF-8, pass --encoding with its real encoding, or --encoding-errors replace");
        }
    }

    static Reader unchecked(Reader r) {
        return r;
    }
}
