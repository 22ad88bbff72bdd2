package framelab.report;

import framelab.framing.quotes.QuotationResult;
import framelab.framing.quotes.Quote;
import framelab.framing.quotes.QuoteKind;
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
        Map<String, List<Quote>> byGroup = new TreeMap<>();
        for (Quote q : r.quotes()) byGroup.computeIfAbsent(q.group(), k -> new ArrayList<>()).add(q);
        Map<String, Double> measure = new TreeMap<>();
        for (QuoteSummaryRow s : r.summary()) if (s.item().isEmpty()) measure.put(s.group() + "\u0000" + s.measure(), s.value());
        List<String> groups = byGroup.entrySet().stream().sorted(Comparator.<Map.Entry<String, List<Quote>>>comparingInt(e -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey)).limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
        Html.Table t = new Html.Table(List.of("group", "quotations", "direct", "indirect", "per 1,000 words", "text in quotes", "top speakers", "speech verbs"),
                false, true, true, true, true, true, false, false);
        for (String g : groups) {
            List<Quote> qs = byGroup.get(g);
            long direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
            Double per1000 = measure.get(g + "\u0000quotes_per_1000_words");
            Double share = measure.get(g + "\u0000quoted_char_share");
            t.row(Html.clip(g, 30), Html.count(qs.size()), Html.count(direct), Html.count(qs.size() - direct),
                    per1000 == null ? "" : String.format(Locale.ROOT, "%.1f", per1000),
                    share == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * share),
                    top(qs, true, SPEAKERS), top(qs, false, VERBS));
        }
        b.append("<div class=scroll>").append(t.html(byGroup.size() - groups.size(), "groups", "quote_summary.csv")).append("</div>\n");
        return b.toString();
    }

    /** The most frequent speakers (or verbs) with counts: "John Kirby 4, Vladimir Putin 2". */
    private static String top(List<Quote> qs, boolean speakers, int n) {
        Map<String, Integer> c = new TreeMap<>();
        for (Quote q : qs) {
            String k = speakers ? q.speaker() : q.verb();
            if (!k.isEmpty()) c.merge(k, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> l = new ArrayList<>(c.entrySet());
        l.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(n, l.size()); i++) b.append(i == 0 ? "" : ", ").append(Html.clip(l.get(i).getKey(), 30)).append(' ').append(l.get(i).getValue());
        return b.toString();
    }
}
