package framelab.framing.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled comma-separated word list: {@code #} comment lines (the provenance header), a header row, then
 * rows of exactly as many fields as the header. Fields are trimmed; a malformed row fails with
 * {@code resource:line}.
 */
record WordListFile(String location, List<String> header, List<Row> rows) {

    /** One data row and the line it came from. */
    record Row(int line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }
    }

    static final String RESOURCES = "/framelab/framing/";

    static WordListFile bundled(String name, List<String> expectedHeader) {
        String full = RESOURCES + name;
        String text;
        try (InputStream in = WordListFile.class.getResourceAsStream(full)) {
            if (in == null) throw new IllegalStateException("bundled word list " + full + " is missing from the classpath");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled word list " + full, e);
        }
        return parse(full.substring(1), text, expectedHeader);
    }

    static WordListFile parse(String location, String text, List<String> expectedHeader) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            List<String> fields = new ArrayList<>();
            for (String f : line.split(",", -1)) fields.add(f.strip());
            if (header == null) {
                if (!fields.equals(expectedHeader)) {
                    throw new IllegalStateException(location + ":" + (i + 1) + ": header is " + fields + ", expected " + expectedHeader);
                }
                header = List.copyOf(fields);
                continue;
            }
            if (fields.size() != header.size()) {
                throw new IllegalStateException(location + ":" + (i + 1) + ": " + fields.size() + " fields, the header has " + header.size());
            }
            if (fields.get(0).isEmpty()) throw new IllegalStateException(location + ":" + (i + 1) + ": empty first field");
            rows.add(new Row(i + 1, List.copyOf(fields)));
        }
        if (header == null) throw new IllegalStateException(location + ": no header row " + expectedHeader);
        return new WordListFile(location, header, List.copyOf(rows));
    }
}
