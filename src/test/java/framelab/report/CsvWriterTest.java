package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    private static String write(CsvFormat f, Object... row) {
        StringWriter sw = new StringWriter();
        try (CsvWriter w = CsvWriter.to(sw, f, List.of("a", "b", "c"))) {
            w.row(row);
        }
        return sw.toString();
    }

    @Test
    void quotesAndNeutralisesFormulasButNotNumbers() {
        assertThat(write(CsvFormat.DEFAULT, "=HYPERLINK(\"x\")", -3.5, "a,b")).isEqualTo("a,b,c\n'=HYPERLINK(\"x\")\",-3.5,\"a,b\"\n".replace("'=HYPERLINK(\"x\")\"", "\"'=HYPERLINK(\"\"x\"\")\""));
        assertThat(write(CsvFormat.DEFAULT, "+1", "@sum", "-x")).isEqualTo("a,b,c\n'+1,'@sum,'-x\n");
        assertThat(write(CsvFormat.DEFAULT, "\tx", "line\nbreak", Double.NaN)).isEqualTo("a,b,c\n'\tx,\"line\nbreak\",\n");
    }

    @Test
    void excelFormatHasBomAndCrlf() {
        assertThat(write(CsvFormat.EXCEL, "x", 1L, 0.25)).isEqualTo("\uFEFFa,b,c\r\nx,1,0.25\r\n");
    }

    @Test
    void wholeDoublesAreWrittenWithoutDecimalPoint() {
        assertThat(write(CsvFormat.DEFAULT, 2.0, 1e-20, Double.POSITIVE_INFINITY)).isEqualTo("a,b,c\n2,1.0E-20,\n");
    }
}
