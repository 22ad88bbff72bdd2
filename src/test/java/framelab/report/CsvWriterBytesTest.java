package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The byte-level writer gives the bytes of the character writer it replaced (kept here as the oracle: cells
 * formatted into a String, encoded by an OutputStreamWriter), through {@code row(Object...)}, the typed cells
 * and repeated captured cells alike.
 */
class CsvWriterBytesTest {
    static final List<String> HEADER = List.of("a", "b", "c");

    @Provide
    Arbitrary<Object> cells() {
        Arbitrary<Object> text = Arbitraries.strings().withChars("ab,\"\n\r\t=+-@' é€\ud83d\ude00\ud800\udc00\uFEFF").ofMaxLength(8).map(s -> s);
        Arbitrary<Object> doubles = Arbitraries.oneOf(Arbitraries.doubles().between(-1e20, 1e20),
                Arbitraries.of(0.0, -0.0, 1e15, 1e15 - 1, -1e15 + 1, 1e-20, 0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE)).map(d -> d);
        Arbitrary<Object> longs = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L)).map(l -> l);
        Arbitrary<Object> others = Arbitraries.of(7, (short) -3, (byte) 5, 2.5f, Float.NaN, true, new BigDecimal("1.50"), List.of("x,y"));
        return Arbitraries.oneOf(text, text, doubles, longs, others, Arbitraries.just(null));
    }

    @Property(tries = 300)
    void sameBytesAsTheCharacterWriter(@ForAll("rows") List<List<Object>> rows) throws IOException {
        List<List<Object>> twice = rows.stream().flatMap(r -> java.util.stream.Stream.of(r, r)).toList();
        for (CsvFormat f : List.of(CsvFormat.DEFAULT, CsvFormat.EXCEL)) {
            assertThat(written(f, rows, false)).isEqualTo(oracle(f, rows));
            assertThat(written(f, rows, true)).isEqualTo(oracle(f, twice));
            StringWriter sw = new StringWriter();
            try (CsvWriter w = CsvWriter.to(sw, f, HEADER)) {
                for (List<Object> r : rows) w.row(r.toArray());
            }
            assertThat(sw.toString()).isEqualTo(new String(oracle(f, rows), StandardCharsets.UTF_8));
        }
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        return cells().list().ofSize(3).list().ofMaxSize(20);
    }

    /**
     * Through row(Object...), or through the typed cells; then each row a second time: its first cell, then
     * its last two cells as captured while the first time was written.
     */
    private static byte[] written(CsvFormat f, List<List<Object>> rows, boolean typed) throws IOException {
        Path file = Files.createTempFile("csv", ".csv");
        try {
            try (CsvWriter w = CsvWriter.open(file, f, HEADER)) {
                for (List<Object> r : rows) {
                    if (!typed) {
                        w.row(r.toArray());
                        continue;
                    }
                    typed(w, r.get(0));
                    CsvWriter.Mark m = w.mark();
                    typed(w, r.get(1));
                    typed(w, r.get(2));
                    CsvWriter.Cells tail = w.cellsSince(m);
                    w.endRow();
                    typed(w, r.get(0));
                    w.cells(tail).endRow();
                }
            }
            return Files.readAllBytes(file);
        } finally {
            Files.delete(file);
        }
    }

    private static void typed(CsvWriter w, Object v) {
        switch (v) {
            case null -> w.missing();
            case Double d -> w.number(d);
            case Float x -> w.number(x.doubleValue());
            case Long l -> w.number(l);
            case Integer i -> w.number(i);
            case Short x -> w.number(x);
            case Byte x -> w.number(x);
            default -> w.text(v.toString()); // (the generated booleans and BigDecimals need neither quotes nor an apostrophe)
        }
    }

    @Test
    void wrongNumbersOfCellsFailAndLeaveNoPartialRow() {
        StringWriter sw = new StringWriter();
        try (CsvWriter w = CsvWriter.to(sw, CsvFormat.DEFAULT, HEADER)) {
            assertThatThrownBy(() -> w.row("x")).hasMessageContaining("row has 1 values, the header has 3");
            w.text("x").text("y");
            assertThatThrownBy(w::endRow).hasMessageContaining("row has 2 values, the header has 3");
            w.text("p").text("q").text("r");
            assertThatThrownBy(() -> w.text("s")).hasMessageContaining("more values than the header's 3");
            w.text("1").number(2L).number(3.5).endRow();
        }
        assertThat(sw.toString()).isEqualTo("a,b,c\n1,2,3.5\n");
    }

    @Test
    void aColumnRepeatingOneStringObjectIsEncodedOnceAndStillRight() {
        String shared = "CNN (Web News)";
        StringWriter sw = new StringWriter();
        try (CsvWriter w = CsvWriter.to(sw, CsvFormat.DEFAULT, HEADER)) {
            for (String t : List.of("=x", "a\"b", "é")) w.text(shared).text(t).text(new String(shared)).endRow();
        }
        assertThat(sw.toString()).isEqualTo("a,b,c\nCNN (Web News),'=x,CNN (Web News)\nCNN (Web News),\"a\"\"b\",CNN (Web News)\n"
                + "CNN (Web News),é,CNN (Web News)\n");
    }

    /** The writer before bytes: each cell appended to a StringBuilder, rows written to an OutputStreamWriter. */
    static byte[] oracle(CsvFormat f, List<List<Object>> rows) throws IOException {
        return oracle(f, HEADER, rows);
    }

    static byte[] oracle(CsvFormat f, List<String> header, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            if (f.excel()) out.write('\uFEFF');
            out.write(line(f, header));
            for (List<Object> r : rows) out.write(line(f, r));
        }
        return bytes.toByteArray();
    }

    private static String line(CsvFormat f, List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.append(',');
            cell(line, values.get(i));
        }
        return line.append(f.lineEnd()).toString();
    }

    private static void cell(StringBuilder line, Object v) {
        if (v == null) return;
        if (v instanceof Double d) {
            double x = d;
            if (Double.isNaN(x) || Double.isInfinite(x)) return;
            if (x == 0.0) line.append('0');
            else if (x == Math.rint(x) && Math.abs(x) < 1e15) line.append((long) x);
            else line.append(x);
            return;
        }
        if (v instanceof Float fl) {
            cell(line, fl.doubleValue());
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
        String s = CsvWriter.safe(v.toString());
        boolean quote = s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        if (!quote) {
            line.append(s);
            return;
        }
        line.append('"');
        for (char c : s.toCharArray()) {
            if (c == '"') line.append('"');
            line.append(c);
        }
        line.append('"');
    }
}
