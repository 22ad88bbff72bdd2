package framelab.report;

import framelab.framing.quotes.QuotationResult;
import framelab.framing.quotes.Quote;
import framelab.framing.quotes.QuoteSummaryRow;
import java.util.List;

/**
 * The quotation tables as tidy CSV: {@code quotes.csv}, one row per quotation (documents in input order,
 * each document's quotations by offset), and {@code quote_summary.csv}, the long per-group summary whose
 * measures {@link QuoteSummaryRow} documents.
 */
public final class QuoteWriter {
    /** doc_id, group, speaker, role, verb (lemma), kind (direct|indirect), text, char_start, char_end (end exclusive), speaker_category. */
    public static final List<String> QUOTE_COLUMNS = List.of("doc_id", "group", "speaker", "role", "verb", "kind", "text", "char_start",
            "char_end", "speaker_category");
    public static final List<String> SUMMARY_COLUMNS = List.of("group_by", "group", "measure", "item", "value");
    public static final String QUOTES_FILE = "quotes.csv";
    public static final String SUMMARY_FILE = "quote_summary.csv";

    private QuoteWriter() {
    }

    /** Writes the two files into {@code dir}; returns their names. */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, QuotationResult r) {
        try (CsvWriter w = CsvWriter.open(dir.file(QUOTES_FILE), f, QUOTE_COLUMNS)) {
            for (Quote q : r.quotes()) {
                w.row(q.docId(), q.group(), q.speaker(), q.role(), q.verb(), q.kind().label(), q.text(), q.charStart(), q.charEnd(),
                        q.speakerCategory());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file(SUMMARY_FILE), f, SUMMARY_COLUMNS)) {
            for (QuoteSummaryRow s : r.summary()) w.row(r.groupBy(), s.group(), s.measure(), s.item(), s.value());
        }
        return List.of(QUOTES_FILE, SUMMARY_FILE);
    }
}
