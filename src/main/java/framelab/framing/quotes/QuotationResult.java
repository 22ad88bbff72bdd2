package framelab.framing.quotes;

import java.util.List;
import java.util.Objects;

/**
 * The quotations of a run and their per-group summary.
 *
 * @param groupBy the metadata field the documents were grouped by
 * @param quotes  every quotation, documents in input order, each document's quotations by offset
 * @param summary the tidy per-group summary ({@link QuoteSummaryRow})
 * @param spec    what produced them: word lists, models, options, actor dictionary, tokenizer
 */
public record QuotationResult(String groupBy, List<Quote> quotes, List<QuoteSummaryRow> summary, String spec) {
    public QuotationResult {
        Objects.requireNonNull(groupBy, "groupBy");
        quotes = List.copyOf(quotes);
        summary = List.copyOf(summary);
        Objects.requireNonNull(spec, "spec");
    }
}
