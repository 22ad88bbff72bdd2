package framelab.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
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
 */
public final class CsvWriter implements AutoCloseable {
    private final Writer out;
    private final CsvFormat format;
    private final int columns;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];

    private CsvWriter(Writer out, CsvFormat format, List<String> header) throws IOException {
        this.out = out;
        this.format = format;
        this.columns = header.size();
        if (format.excel()) out.write('\uFEFF');
        row(header.toArray());
    }

    public static CsvWriter open(Path file, CsvFormat format, List<String> header) {
        try {
            OutputStream os = Files.newOutputStream(file);
            return new CsvWriter(new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16), format, header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static CsvWriter to(Writer w, CsvFormat format, List<String> header) {
        try {
            return new CsvWriter(w, format, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; the number of values must match the header. */
    public void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("row has " + values.length + " values, the header has " + columns);
        }
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) line.append(',');
            cell(values[i]);
        }
        line.append(format.lineEnd());
        int n = line.length();
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        line.getChars(0, n, chars, 0);
        try {
            out.write(chars, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(Object v) {
        if (v == null) return;
        if (v instanceof Double d) {
            double x = d;
            if (!Double.isNaN(x) && !Double.isInfinite(x)) appendDouble(x);
            return;
        }
        if (v instanceof Float f) {
            cell(f.doubleValue());
            return;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            line.append(((Number) v).longValue());
            return;
        }
        if (v instanceof Number || v instanceof Boolean) {
            line.append(v);
            return;
        }
        text(v.toString());
    }

    /**
     * A double into the line: 0 for both zeros, a whole number below 1e15 without a decimal point, else
     * Java's shortest round-trip form ({@code StringBuilder.append(double)} writes what {@code Double.toString} does).
     */
    private void appendDouble(double d) {
        if (d == 0.0) line.append('0');
        else if (d == Math.rint(d) && Math.abs(d) < 1e15) line.append((long) d);
        else line.append(d);
    }

    /** Neutralises formula-like text, then quotes when needed. */
    static String safe(String s) {
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + s;
        }
        return s;
    }

    private void text(String raw) {
        String s = safe(raw);
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(s);
            return;
        }
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') line.append('"');
            line.append(c);
        }
        line.append('"');
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
