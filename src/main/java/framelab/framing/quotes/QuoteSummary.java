package framelab.framing.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The per-group summary of {@link QuoteSummaryRow}: sizes, rates, shares and the speaker/verb distributions. */
final class QuoteSummary {
    private QuoteSummary() {
    }

    /**
     * @param sizes group → {documents, words, characters}
     */
    static List<QuoteSummaryRow> of(List<Quote> quotes, Map<String, long[]> sizes, QuoteRules rules, int topSpeakers) {
        Map<String, List<Quote>> byGroup = new TreeMap<>();
        for (String g : sizes.keySet()) byGroup.put(g, new ArrayList<>());
        for (Quote q : quotes) byGroup.get(q.group()).add(q);
        List<QuoteSummaryRow> out = new ArrayList<>();
        byGroup.forEach((g, qs) -> group(g, qs, sizes.get(g), rules, topSpeakers, out));
        return out;
    }

    private static void group(String g, List<Quote> qs, long[] size, QuoteRules rules, int topSpeakers, List<QuoteSummaryRow> out) {
        long direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
        long indirect = qs.size() - direct;
        double words = size[1];
        out.add(new QuoteSummaryRow(g, "documents", "", size[0]));
        out.add(new QuoteSummaryRow(g, "words", "", size[1]));
        out.add(new QuoteSummaryRow(g, "characters", "", size[2]));
        out.add(new QuoteSummaryRow(g, "direct_quotes", "", direct));
        out.add(new QuoteSummaryRow(g, "indirect_quotes", "", indirect));
        out.add(new QuoteSummaryRow(g, "quotes_per_1000_words", "", words == 0 ? Double.NaN : 1000.0 * qs.size() / words));
        out.add(new QuoteSummaryRow(g, "direct_per_1000_words", "", words == 0 ? Double.NaN : 1000.0 * direct / words));
        out.add(new QuoteSummaryRow(g, "indirect_per_1000_words", "", words == 0 ? Double.NaN : 1000.0 * indirect / words));
        out.add(new QuoteSummaryRow(g, "quoted_char_share", "", size[2] == 0 ? Double.NaN : (double) quotedChars(qs) / size[2]));
        List<Quote> attributed = qs.stream().filter(Quote::attributed).toList();
        out.add(new QuoteSummaryRow(g, "unattributed_share", "", qs.isEmpty() ? Double.NaN : 1.0 - (double) attributed.size() / qs.size()));
        Map<String, String> canonical = surnames(attributed);
        Map<String, Long> speakers = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> verbs = new HashMap<>();
        Map<String, Long> verbCategories = new HashMap<>();
        for (Quote q : attributed) {
            speakers.merge(canonical.getOrDefault(q.speaker(), q.speaker()), 1L, Long::sum);
            categories.merge(q.speakerCategory().isEmpty() ? "none" : q.speakerCategory(), 1L, Long::sum);
            if (q.verb().isEmpty()) continue;
            verbs.merge(q.verb(), 1L, Long::sum);
            SpeechVerbs.Verb v = rules.verbs().verb(q.verb());
            if (v == null) v = rules.verbs().phrase(q.verb());
            verbCategories.merge(v == null ? "none" : v.category(), 1L, Long::sum);
        }
        counts(g, "speaker", null, speakers, topSpeakers, out);
        counts(g, "speaker_category", "speaker_category_share", categories, Integer.MAX_VALUE, out);
        counts(g, "verb", "verb_share", verbs, Integer.MAX_VALUE, out);
        counts(g, "verb_category", "verb_category_share", verbCategories, Integer.MAX_VALUE, out);
    }

    /** Characters inside direct quotation marks, overlapping spans counted once. */
    static long quotedChars(List<Quote> qs) {
        Map<String, List<int[]>> byDoc = new LinkedHashMap<>();
        for (Quote q : qs) if (q.kind() == QuoteKind.DIRECT) byDoc.computeIfAbsent(q.docId(), d -> new ArrayList<>()).add(new int[]{q.charStart(), q.charEnd()});
        long total = 0;
        for (List<int[]> spans : byDoc.values()) {
            spans.sort(Comparator.comparingInt(s -> s[0]));
            int end = -1;
            for (int[] s : spans) {
                int from = Math.max(s[0], end);
                if (s[1] > from) total += s[1] - from;
                end = Math.max(end, s[1]);
            }
        }
        return total;
    }

    /**
     * A lone surname → the full name of the group that ends with it and carries more than half of the quotations
     * given to full names ending with it ("farage" → "nigel farage"); none when no name dominates (two Johnsons).
     */
    private static Map<String, String> surnames(List<Quote> attributed) {
        Map<String, Map<String, Integer>> full = new HashMap<>();
        for (Quote q : attributed) {
            String s = q.speaker();
            int sp = s.lastIndexOf(' ');
            if (sp < 0) continue;
            full.computeIfAbsent(s.substring(sp + 1).toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(s, 1, Integer::sum);
        }
        Map<String, String> out = new HashMap<>();
        for (Quote q : attributed) {
            String s = q.speaker();
            Map<String, Integer> names = full.get(s.toLowerCase(Locale.ROOT));
            if (s.contains(" ") || names == null) continue;
            int total = names.values().stream().mapToInt(Integer::intValue).sum();
            names.entrySet().stream().filter(e -> 2 * e.getValue() > total).findFirst().ifPresent(e -> out.put(s, e.getKey()));
        }
        return out;
    }

    private static void counts(String g, String measure, String shareMeasure, Map<String, Long> counts, int top, List<QuoteSummaryRow> out) {
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long total = 0;
        for (long v : counts.values()) total += v;
        for (int i = 0; i < Math.min(top, sorted.size()); i++) out.add(new QuoteSummaryRow(g, measure, sorted.get(i).getKey(), sorted.get(i).getValue()));
        if (shareMeasure == null) return;
        for (Map.Entry<String, Long> e : sorted) out.add(new QuoteSummaryRow(g, shareMeasure, e.getKey(), (double) e.getValue() / total));
    }
}
