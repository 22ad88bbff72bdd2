package framelab.report;

import framelab.framing.quotes.QuotationResult;
import framelab.framing.quotes.QuoteSummaryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sourcing part of the framing section: per group how much of the text is quotation, how many quotations
 * per 1,000 words, who is quoted most and with which speech verbs. From quotes.csv and quote_summary.csv.
 */
final class QuoteSection {
    static final int MAX_GROUPS = 12, SPEAKERS = 5, VERBS = 6;

    private QuoteSection() {
    }

    static String html(QuotationResult r) {
        StringBuilder b = new StringBuilder(8 * 1024);
        b.append("<h3 id=\"framing-quotes\">Who is quoted, and how</h3>\n");
        b.append("<p>Direct quotations (text in straight or curly, double or single quotation marks) and indirect, reported speech ")
                .append("(“X said that …”), each attributed to a speaker with its speech verb lemmatised (<code>").append(Html.esc(Html.clip(r.spec(), 200)))
                .append("</code>). Every quotation with its offsets is in <code>quotes.csv</code>; the shares per outlet in <code>quote_summary.csv</code>.</p>\n");
        if (r.quotes().isEmpty()) return b.append("<p class=note>No quotation was found.</p>\n").toString();
        // every number comes from the summary (quote_summary.csv), so the page and the file cannot disagree
        Map<String, Double> scalar = new TreeMap<>();
        Map<String, List<QuoteSummaryRow>> items = new TreeMap<>();
        for (QuoteSummaryRow s : r.summary()) {
            if (s.item().isEmpty()) scalar.put(s.group() + "\u0000" + s.measure(), s.value());
            else items.computeIfAbsent(s.group() + "\u0000" + s.measure(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Double> total = new TreeMap<>();
        for (QuoteSummaryRow s : r.summary()) {
            if (s.measure().equals("direct_quotes") || s.measure().equals("indirect_quotes")) total.merge(s.group(), s.value(), Double::sum);
        }
        List<String> groups = total.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
        long withQuotes = total.values().stream().filter(v -> v > 0).count();
        Html.Table t = new Html.Table(List.of("group", "quotations", "direct", "indirect", "per 1,000 words", "text in quotes", "top speakers", "speech verbs"),
                false, true, true, true, true, true, false, false);
        for (String g : groups) {
            Double per1000 = scalar.get(g + "\u0000quotes_per_1000_words");
            Double share = scalar.get(g + "\u0000quoted_char_share");
            t.row(Html.clip(g, 30), Html.count(Math.round(total.get(g))), Html.count(Math.round(scalar.getOrDefault(g + "\u0000direct_quotes", 0.0))),
                    Html.count(Math.round(scalar.getOrDefault(g + "\u0000indirect_quotes", 0.0))),
                    per1000 == null || per1000.isNaN() ? "" : String.format(Locale.ROOT, "%.1f", per1000),
                    share == null || share.isNaN() ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * share),
                    top(items.getOrDefault(g + "\u0000speaker", List.of()), SPEAKERS), top(items.getOrDefault(g + "\u0000verb", List.of()), VERBS));
        }
        b.append("<div class=scroll>").append(t.html((int) (withQuotes - groups.size()), "groups", "quote_summary.csv")).append("</div>\n");
        return b.toString();
    }

    /** The first {@code n} item rows of a summary measure (already ordered by value): "John Kirby 4, Vladimir Putin 2". */
    private static String top(List<QuoteSummaryRow> rows, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(n, rows.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(Html.clip(rows.get(i).item(), 30)).append(' ').append(Math.round(rows.get(i).value()));
        }
        return b.toString();
    }
}
