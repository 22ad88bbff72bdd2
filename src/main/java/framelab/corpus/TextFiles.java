package framelab.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

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

    /** A buffered reader over the file (gunzipped when it ends in .gz), BOM removed. */
    public static BufferedReader open(Path file, Charset cs) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (isGzip(file)) in = new GZIPInputStream(in, 1 << 16);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, strict(cs)), 1 << 16);
        r.mark(1);
        int first = r.read();
        if (first != 0xFEFF) r.reset();
        return r;
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    /**
     * The file's bytes (gunzipped when it ends in .gz; nothing decoded, BOM kept) for readers that split
     * records in bytes and decode fields themselves. A .gz file is inflated ahead on its own thread
     * ({@link ReadAhead}), so decompression overlaps with parsing.
     */
    static InputStream openBytes(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!isGzip(file)) return in;
        return new ReadAhead(new GZIPInputStream(in, 1 << 16));
    }

    /** Reads a whole small file (a seed article) as text, with the byte offset of the first bad byte on error. */
    public static String readAll(Path file, Charset cs) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot read file: " + e.getMessage(),
                    "check that the file exists and is readable");
        }
        CharsetDecoder dec = strict(cs);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        try {
            String s = dec.decode(buf).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new CorpusInputException(file + "@" + buf.position(),
                    "not valid " + cs.name() + " text (bad byte at offset " + buf.position() + ")",
                    "convert the file to UTF-8, or pass --encoding with its real encoding");
        }
    }

    static Reader unchecked(Reader r) {
        return r;
    }
}
