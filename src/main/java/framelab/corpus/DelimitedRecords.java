package framelab.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records, remembering the line each record starts on.
 * <ul>
 *   <li>CSV follows RFC 4180: fields may be quoted, quotes doubled inside, newlines allowed inside quotes;
 *       CR, LF and CRLF all end a record.</li>
 *   <li>TSV follows the IANA text/tab-separated-values rule: no quoting at all, so a field may start
 *       with a literal quote (news headlines often do) and may not contain a tab or newline.</li>
 * </ul>
 */
final class DelimitedRecords {
    record Row(List<String> fields, long line) {
    }

    private final BufferedReader in;
    private final String file;
    private final char separator;
    private final boolean quoting;
    private long line = 1;
    private int pushback = -2;
    // byte mode (unquoted UTF-8): the undecoded input and a window of it
    private final InputStream bytes;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private boolean skipLf;
    private CharsetDecoder strict;

    DelimitedRecords(BufferedReader in, String file, char separator, boolean quoting) {
        this.in = in;
        this.file = file;
        this.separator = separator;
        this.quoting = quoting;
        this.bytes = null;
    }

    /**
     * Unquoted records (TSV) of UTF-8 bytes, split before decoding: the same records, lines and errors as
     * the character reader with {@code quoting = false} — a leading byte-order mark dropped, CR, LF and
     * CRLF ending a line, malformed UTF-8 an error naming the line — without decoding line by line.
     */
    DelimitedRecords(InputStream utf8, String file, char separator) {
        if (separator >= 16 || separator == '\n' || separator == '\r') throw new IllegalArgumentException("separator must be a control character such as tab");
        this.in = null;
        this.file = file;
        this.separator = separator;
        this.quoting = false;
        this.bytes = utf8;
        this.buf = new byte[1 << 20];
    }

    /** The next record, or null at end of input. */
    Row next() throws IOException {
        if (bytes != null) return nextBytes();
        // a decoding error propagates: the reader that opened the file locates the bad byte precisely
        return quoting ? nextQuoted() : nextPlain();
    }

    private Row nextPlain() throws IOException {
        String s = in.readLine();
        if (s == null) return null;
        long start = line++;
        List<String> fields = new ArrayList<>();
        int from = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, from)) {
            fields.add(s.substring(from, i));
            from = i + 1;
        }
        fields.add(s.substring(from));
        return new Row(fields, start);
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Reads more input after {@code lim}, first moving the bytes from {@code keep} on to the start (growing when full); returns the shift. */
    private int refill(int keep) throws IOException {
        int shift = keep;
        if (shift > 0) {
            System.arraycopy(buf, keep, buf, 0, lim - keep);
            lim -= keep;
            pos -= keep;
        } else if (lim == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = bytes.read(buf, lim, buf.length - lim);
        if (n < 0) eof = true;
        else lim += n;
        return shift;
    }

    private Row nextBytes() throws IOException {
        if (!started) {
            started = true;
            while (lim < 3 && !eof) refill(0);
            if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) pos = 3;
        }
        while (pos == lim && !eof) refill(pos);
        if (skipLf) {
            skipLf = false;
            if (pos < lim && buf[pos] == '\n') {
                pos++;
                while (pos == lim && !eof) refill(pos);
            }
        }
        if (pos == lim) return null;
        List<String> fields = new ArrayList<>();
        int from = pos;
        int i = pos;
        byte sep = (byte) separator;
        while (true) {
            // eight bytes at a time while none is below 16 (only such a byte can be the separator or a line end);
            // the lowest flagged byte is always a real one, higher flags may be false and are checked below
            while (i + 8 <= lim) {
                long x = (long) LONGS.get(buf, i);
                long below16 = (x - 0x1010101010101010L) & ~x & 0x8080808080808080L;
                if (below16 != 0) {
                    i += Long.numberOfTrailingZeros(below16) >>> 3;
                    break;
                }
                i += 8;
            }
            if (i == lim) {
                if (eof) {
                    fields.add(decode(from, i));
                    pos = i;
                    return new Row(fields, line++);
                }
                int shift = refill(pos);
                from -= shift;
                i -= shift;
                continue;
            }
            byte c = buf[i];
            if ((c & 0xF0) == 0) { // only bytes 0-15 can be the separator or a line end
                if (c == sep) {
                    fields.add(decode(from, i));
                    from = i + 1;
                } else if (c == '\n' || c == '\r') {
                    fields.add(decode(from, i));
                    pos = i + 1;
                    skipLf = c == '\r';
                    return new Row(fields, line++);
                }
            }
            i++;
        }
    }

    /**
     * One field: decoded directly (fast for ASCII); a replacement character sends it through a strict
     * decoder to tell bad input from a real U+FFFD. Bad input throws {@link CharacterCodingException},
     * which the reader that opened the file turns into an error naming the line and byte offset.
     */
    private String decode(int from, int to) throws CharacterCodingException {
        String s = new String(buf, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            if (strict == null) strict = TextFiles.strict(StandardCharsets.UTF_8);
            strict.reset().decode(ByteBuffer.wrap(buf, from, to - from));
        }
        return s;
    }

    /** Byte mode: the bytes read ahead but not yet returned as records (for handing the rest of the input to {@link Utf8Chunks}). */
    byte[] unread() {
        return java.util.Arrays.copyOfRange(buf, pos, lim);
    }

    /** Byte mode: the last record ended with CR, so an LF that comes next belongs to it. */
    boolean pendingLf() {
        if (skipLf && pos < lim && buf[pos] == '\n') {
            pos++;
            skipLf = false;
        }
        return skipLf;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }

    private Row nextQuoted() throws IOException {
        int c = read();
        if (c == -1) return null;
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                long quoteLine = line;
                while (true) {
                    c = read();
                    if (c == -1) {
                        throw new CorpusInputException(file + ":" + quoteLine,
                                "a quoted field opened on this line is never closed",
                                "close the quote, or double any quote character inside the field (\"\")");
                    }
                    if (c == '"') {
                        int n = read();
                        if (n == '"') {
                            field.append('"');
                            continue;
                        }
                        c = n;
                        break;
                    }
                    if (c == '\n') line++;
                    else if (c == '\r') {
                        int n = read();
                        if (n != '\n') pushback = n;
                        line++;
                        field.append('\n');
                        continue;
                    }
                    field.append((char) c);
                }
                if (c != separator && c != '\n' && c != '\r' && c != -1) {
                    throw new CorpusInputException(file + ":" + line,
                            "unexpected character '" + (char) c + "' after a closing quote",
                            "quote the whole field and double any quote inside it (\"\")");
                }
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') pushback = n;
                }
                if (c != -1) line++;
                fields.add(field.toString());
                return new Row(fields, start);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }
}
