package framelab.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small RFC 4180 writer with spreadsheet safety. Text cells that a spreadsheet would read as a
 * formula — starting with {@code = + - @}, or a tab or carriage return — are prefixed with an
 * apostrophe (OWASP's CSV-injection advice); numbers are written as numbers. Doubles use Java's
 * shortest round-trip form; NaN and infinities become empty cells (a missing value), never "NaN".
 *
 * <p>Rows go into a byte buffer as UTF-8 (numbers digit by digit, text through {@code String.getBytes}) and
 * the buffer to the file in large writes, whole rows at a time; there is no character writer in between.
 * Besides {@link #row(Object...)}, the typed cells ({@link #text}, {@link #number(long)}, {@link #number(double)},
 * {@link #missing()}, then {@link #endRow()}) write a row without boxing its numbers, for the large tables
 * (keyness.csv has 15 columns × 195,000 rows on ABP news); both give the same bytes.
 */
public final class CsvWriter implements AutoCloseable {
    private static final int FLUSH_AT = 1 << 16;
    private final OutputStream out;
    private final int columns;
    private final byte[] lineEnd;
    private byte[] buf = new byte[FLUSH_AT + 1024];
    private int pos;
    private int rowStart;
    private int cells;
    private final StringBuilder digits = new StringBuilder(32); // a double's shortest form, before it is copied as bytes
    private final String[] lastText;
    private final byte[][] lastBytes;

    private CsvWriter(OutputStream out, CsvFormat format, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        this.lineEnd = format.lineEnd().getBytes(StandardCharsets.US_ASCII);
        this.lastText = new String[columns];
        this.lastBytes = new byte[columns][];
        if (format.excel()) out.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
        row(header.toArray());
    }

    public static CsvWriter open(Path file, CsvFormat format, List<String> header) {
        try {
            return new CsvWriter(Files.newOutputStream(file), format, header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static CsvWriter to(Writer w, CsvFormat format, List<String> header) {
        try {
            return new CsvWriter(new RowsToWriter(w), format, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; the number of values must match the header. */
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " values, the header has " + columns);
        }
        for (Object v : values) cell(v);
        endRow();
    }

    /** A text cell (null: a missing value). */
    public CsvWriter text(String s) {
        if (s == null) return missing();
        separate();
        appendText(s);
        return this;
    }

    /** A whole-number cell. */
    public CsvWriter number(long v) {
        separate();
        appendLong(v);
        return this;
    }

    /** A number cell: 0 for both zeros, a whole number below 1e15 without a decimal point, else the shortest round-trip form; NaN and infinities: empty. */
    public CsvWriter number(double d) {
        separate();
        if (!Double.isNaN(d) && !Double.isInfinite(d)) appendDouble(d);
        return this;
    }

    /** An empty cell (a missing value). */
    public CsvWriter missing() {
        separate();
        return this;
    }

    /** Ends a row of typed cells; their number must match the header. */
    public void endRow() {
        if (cells != columns) {
            int n = cells;
            pos = rowStart;
            cells = 0;
            throw new IllegalArgumentException("row has " + n + " values, the header has " + columns);
        }
        ensure(lineEnd.length);
        for (byte b : lineEnd) buf[pos++] = b;
        cells = 0;
        if (pos >= FLUSH_AT) flush();
        rowStart = pos;
    }

    /** A position between cells of the current row, to capture the cells written after it ({@link #cellsSince}). */
    record Mark(int pos, int cells) {
    }

    /** Cells as this writer formatted them, to write again with {@link #cells(Cells)}: their bytes without the leading separator. */
    record Cells(byte[] bytes, int count) {
    }

    Mark mark() {
        return new Mark(pos, cells);
    }

    /** The cells written since the mark (in the same row). */
    Cells cellsSince(Mark m) {
        int from = m.cells() > 0 ? m.pos() + 1 : m.pos(); // skip the separator before the first of them
        return new Cells(java.util.Arrays.copyOfRange(buf, from, pos), cells - m.cells());
    }

    /** Writes cells captured by {@link #cellsSince} again, byte for byte. */
    CsvWriter cells(Cells c) {
        if (c.count() == 0) return this;
        separate();
        cells += c.count() - 1;
        ensure(c.bytes().length);
        System.arraycopy(c.bytes(), 0, buf, pos, c.bytes().length);
        pos += c.bytes().length;
        return this;
    }

    private void cell(Object v) {
        if (v == null) {
            missing();
        } else if (v instanceof Double d) {
            number((double) d);
        } else if (v instanceof Float f) {
            number(f.doubleValue());
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            number(((Number) v).longValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            separate();
            appendUtf8(v.toString());
        } else {
            text(v.toString());
        }
    }

    private void separate() {
        if (cells == columns) {
            pos = rowStart;
            cells = 0;
            throw new IllegalArgumentException("row has more values than the header's " + columns);
        }
        if (cells++ > 0) {
            ensure(1);
            buf[pos++] = ',';
        }
    }

    /**
     * A double: 0 for both zeros, a whole number below 1e15 without a decimal point, else Java's shortest
     * round-trip form ({@code StringBuilder.append(double)} writes what {@code Double.toString} does).
     */
    private void appendDouble(double d) {
        if (d == 0.0) {
            ensure(1);
            buf[pos++] = '0';
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            appendLong((long) d);
        } else {
            digits.setLength(0);
            digits.append(d);
            int n = digits.length();
            ensure(n);
            for (int i = 0; i < n; i++) buf[pos++] = (byte) digits.charAt(i); // digits, '.', 'E', '-': ASCII
        }
    }

    private void appendLong(long v) {
        if (v == Long.MIN_VALUE) {
            appendUtf8(Long.toString(v));
            return;
        }
        ensure(20);
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int start = pos;
        do {
            buf[pos++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    /** Neutralises formula-like text, then quotes when needed. */
    static String safe(String s) {
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + s;
        }
        return s;
    }

    /**
     * A text cell as bytes. The bytes of the last text of each column are kept: a column that repeats one value
     * (keyness.csv's group_by, target and reference) is encoded once.
     */
    private void appendText(String raw) {
        int column = cells - 1;
        byte[] b;
        if (raw == lastText[column]) {
            b = lastBytes[column];
        } else {
            b = encodeText(raw);
            lastText[column] = raw;
            lastBytes[column] = b;
        }
        appendBytes(b);
    }

    private static byte[] encodeText(String raw) {
        String s = safe(raw);
        byte[] b = s.getBytes(StandardCharsets.UTF_8); // (a lone surrogate becomes '?', as an OutputStreamWriter does)
        for (byte x : b) {
            // the bytes of a multi-byte UTF-8 character are all >= 0x80, so these are the characters themselves
            if (x == ',' || x == '"' || x == '\n' || x == '\r') return ('"' + s.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }

    private void appendUtf8(String s) {
        appendBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private void appendBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }

    private void flush() {
        try {
            out.write(buf, 0, pos);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pos = 0;
    }

    @Override
    public void close() {
        try (OutputStream o = out) {
            pos = rowStart; // an unfinished row is not written
            if (pos > 0) o.write(buf, 0, pos);
            pos = 0;
            rowStart = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes whole rows of UTF-8 on to a character writer (the buffer is only written at row ends, so no character is split). */
    private static final class RowsToWriter extends OutputStream {
        private final Writer w;

        RowsToWriter(Writer w) {
            this.w = w;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            w.write(new String(b, off, len, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws IOException {
            w.flush();
        }

        @Override
        public void close() throws IOException {
            w.close();
        }
    }
}
