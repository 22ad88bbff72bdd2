package framelab.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
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

    DelimitedRecords(BufferedReader in, String file, char separator, boolean quoting) {
        this.in = in;
        this.file = file;
        this.separator = separator;
        this.quoting = quoting;
    }

    /** The next record, or null at end of input. */
    Row next() throws IOException {
        try {
            return quoting ? nextQuoted() : nextPlain();
        } catch (MalformedInputException e) {
            throw new CorpusInputException(file + ":" + line, "not valid text in the declared encoding",
                    "convert the file to UTF-8, or pass --encoding with its real encoding", e);
        }
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
