package framelab.framing.quotes;

import java.util.Objects;

/**
 * One tidy row of the per-group quotation summary ({@code quote_summary.csv}). Measures, in this order
 * for every group (groups in name order):
 * <ul>
 *   <li>{@code documents} — documents in the group; {@code words} — word tokens of their text, as
 *       {@link framelab.text.Tokenizer} counts them (the possessive clitic {@code 's} not counted, stopwords
 *       counted); {@code characters} — characters of their text;</li>
 *   <li>{@code direct_quotes}, {@code indirect_quotes} — quotations of each kind (the open parts of a quote that
 *       runs over several paragraphs count once each);</li>
 *   <li>{@code quotes_per_1000_words} — 1000 × (direct + indirect) / words; {@code direct_per_1000_words},
 *       {@code indirect_per_1000_words} likewise per kind (NaN without words);</li>
 *   <li>{@code quoted_char_share} — characters inside direct quotation marks / characters of the text;</li>
 *   <li>{@code unattributed_share} — quotations without a speaker / all quotations (NaN without quotations);</li>
 *   <li>{@code speaker} — item = speaker, value = quotations; the top {@code QuoteOptions.topSpeakers} by count,
 *       then by name. Within a group a lone surname is counted under the full name that ends with it when
 *       that name has more than half of the quotations of full names ending so ("farage" → "nigel farage");</li>
 *   <li>{@code speaker_category} — item = speaker category ({@code none} when neither the actor dictionary nor the
 *       role list knows the speaker), value = attributed quotations; {@code speaker_category_share} — the same
 *       divided by the group's attributed quotations;</li>
 *   <li>{@code verb} — item = speech-verb lemma, value = attributed quotations; {@code verb_share} — divided by
 *       the attributed quotations; {@code verb_category}, {@code verb_category_share} — the same by the verb's
 *       category in the speech-verb list ({@code neutral}, {@code assertive}, {@code contested},
 *       {@code directive}, {@code emotive}).</li>
 * </ul>
 * Items within a measure are ordered by value (descending), then by item. Scalar measures have item "".
 *
 * @param group   the group's value of the grouping field
 * @param measure one of the names above
 * @param item    the speaker, category or verb the row counts, or ""
 * @param value   the number
 */
public record QuoteSummaryRow(String group, String measure, String item, double value) {
    public QuoteSummaryRow {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(item, "item");
    }
}
