package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * framelab's CSV as a spreadsheet sees it, read back with an independent parser (Jackson CSV): every
 * cell comes back unchanged except formula-like text, which carries a leading apostrophe; the Excel
 * variant has a byte-order mark and CRLF line ends and otherwise reads back identically.
 */
class SpreadsheetRoundTripTest {
    @TempDir
    Path tmp;

    static final List<String> CELLS = List.of("plain", "comma, inside", "quote \"inside\"", "line\nbreak", "crlf\r\nbreak", "Ünïcödé ‘curly’ — 😀",
            "=SUM(A1:A3)", "+44 20", "-x", "@cmd", "\t=tab", "\r=cr", "", "trailing space ", "'already quoted");

    private List<List<String>> parse(Path file, boolean excel) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (excel) {
            assertThat(text).startsWith("\uFEFF");
            text = text.substring(1);
        }
        CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(text)) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }

    private Path write(CsvFormat f) {
        Path p = tmp.resolve(f.excel() ? "excel.csv" : "plain.csv");
        try (CsvWriter w = CsvWriter.open(p, f, List.of("i", "text", "number"))) {
            for (int i = 0; i < CELLS.size(); i++) w.row(i, CELLS.get(i), -1.5 * i);
        }
        return p;
    }

    private static String expected(String cell) {
        if (cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    @Test
    void everyCellRoundTripsAndFormulasAreNeutralised() throws IOException {
        for (CsvFormat f : List.of(CsvFormat.DEFAULT, CsvFormat.EXCEL)) {
            List<List<String>> rows = parse(write(f), f.excel());
            assertThat(rows.get(0)).containsExactly("i", "text", "number");
            assertThat(rows).hasSize(CELLS.size() + 1);
            for (int i = 0; i < CELLS.size(); i++) {
                List<String> r = rows.get(i + 1);
                assertThat(r.get(0)).isEqualTo(Integer.toString(i));
                assertThat(r.get(1)).as("cell %d", i).isEqualTo(expected(CELLS.get(i)));
                assertThat(Double.parseDouble(r.get(2))).isEqualTo(-1.5 * i); // negative numbers stay numbers
                assertThat(r.get(1)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    @Test
    void excelVariantUsesCrlfBetweenRecords() throws IOException {
        String text = Files.readString(write(CsvFormat.EXCEL), StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", -1)[0]).isEqualTo("\uFEFFi,text,number");
        assertThat(text).endsWith("\r\n");
        // every record ends in CRLF: no bare LF outside quoted cells
        assertThat(text.replaceAll("\"(?:[^\"]|\"\")*\"", "").replace("\r\n", "")).doesNotContain("\n");
    }
}
