package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.framing.quotes.QuotationResult;
import framelab.framing.quotes.Quotations;
import framelab.framing.quotes.QuoteOptions;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteWriterTest {
    @TempDir
    Path tmp;

    @Test
    void writesBothTablesWithTheirFixedColumns() throws Exception {
        Document d = new Document("001", "\u201C=We are ready,\u201D Kirby said.", DocMeta.of(Map.of("source", "AP")), "t");
        QuotationResult r = Quotations.run(List.of(d), "source", Analyzer.defaults(), Lexicons.actors(), QuoteOptions.DEFAULTS);
        Path out = tmp.resolve("results");
        try (ResultsDirectory dir = ResultsDirectory.open(out)) {
            assertThat(QuoteWriter.write(dir, CsvFormat.DEFAULT, r)).containsExactly("quotes.csv", "quote_summary.csv");
            dir.commit();
        }
        List<String> quotes = Files.readAllLines(out.resolve("quotes.csv"));
        assertThat(quotes.getFirst()).isEqualTo(String.join(",", QuoteWriter.QUOTE_COLUMNS));
        // the leading '=' is defused for spreadsheets, as every text cell is
        assertThat(quotes.get(1)).isEqualTo("001,AP,Kirby,,say,direct,\"'=We are ready,\",1,15,United States");
        List<String> summary = Files.readAllLines(out.resolve("quote_summary.csv"));
        assertThat(summary.getFirst()).isEqualTo("group_by,group,measure,item,value");
        assertThat(summary).contains("source,AP,direct_quotes,,1", "source,AP,speaker,Kirby,1");
    }
}
