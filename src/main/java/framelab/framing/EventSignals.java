package framelab.framing;

import framelab.framing.events.Event;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.events.EventResult;
import framelab.framing.quotes.Quote;
import framelab.framing.quotes.QuoteKind;
import framelab.framing.syndication.SharedPassage;
import framelab.framing.syndication.SyndicationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison signals that join two framing packages: who each outlet quotes within an event
 * ({@code quote}) and the text two outlets of an event share ({@code shared_passage}). Rows have the shape of
 * {@link EventComparisonRow}; only events covered by two or more groups get rows.
 */
public final class EventSignals {
    /** Characters of a passage kept in {@code item}; the full passage is in shared_passages.csv. */
    public static final int PASSAGE_ITEM_CHARS = 120;
    /** The {@code item} of quotations without an identified speaker. */
    public static final String UNATTRIBUTED = "(unattributed)";

    private EventSignals() {
    }

    /**
     * One row per outlet and speaker of each multi-outlet event: {@code measure = quotes}, {@code value} = the
     * speaker's quotations (direct and indirect) in the outlet's articles of the event, {@code detail} = the
     * kinds and the speech verbs with counts (e.g. {@code direct 2, indirect 1; say×2, warn×1}). Speakers by
     * count (descending), then name.
     */
    public static List<EventComparisonRow> quotes(EventResult events, List<Quote> quotes) {
        Map<String, String> eventOf = eventOfMultiGroupDocs(events);
        Map<String, Map<String, Map<String, List<Quote>>>> byEvent = new TreeMap<>();   // event → group → speaker → quotes
        for (Quote q : quotes) {
            String e = eventOf.get(q.docId());
            if (e == null) continue;
            String speaker = q.attributed() ? q.speaker() : UNATTRIBUTED;
            byEvent.computeIfAbsent(e, k -> new TreeMap<>()).computeIfAbsent(q.group(), k -> new TreeMap<>())
                    .computeIfAbsent(speaker, k -> new ArrayList<>()).add(q);
        }
        List<EventComparisonRow> out = new ArrayList<>();
        byEvent.forEach((e, groups) -> groups.forEach((g, speakers) -> {
            List<Map.Entry<String, List<Quote>>> sorted = new ArrayList<>(speakers.entrySet());
            sorted.sort(Comparator.<Map.Entry<String, List<Quote>>>comparingInt(x -> -x.getValue().size()).thenComparing(Map.Entry::getKey));
            for (var s : sorted) out.add(new EventComparisonRow(e, "quote", g, "", s.getKey(), "quotes", s.getValue().size(), detail(s.getValue())));
        }));
        return out;
    }

    private static String detail(List<Quote> qs) {
        long direct = qs.stream().filter(q -> q.kind() == QuoteKind.DIRECT).count();
        Map<String, Integer> verbs = new TreeMap<>();
        for (Quote q : qs) verbs.merge(q.verb().isEmpty() ? "(no verb)" : q.verb(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> v = new ArrayList<>(verbs.entrySet());
        v.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(x -> -x.getValue()).thenComparing(Map.Entry::getKey));
        StringBuilder b = new StringBuilder("direct ").append(direct).append(", indirect ").append(qs.size() - direct).append(';');
        for (int i = 0; i < v.size(); i++) b.append(i == 0 ? " " : ", ").append(v.get(i).getKey()).append('×').append(v.get(i).getValue());
        return b.toString();
    }

    /**
     * One row per passage shared by two documents of different outlets in the same multi-outlet event:
     * {@code group} = outlet of document A, {@code other_group} = outlet of B, {@code item} = the passage's first
     * {@value #PASSAGE_ITEM_CHARS} characters, {@code measure = shared_words}, {@code value} = its length in words,
     * {@code detail} = the documents and character offsets ({@code 004[120,480) = 003[2210,2570)}). In the
     * order of shared_passages.csv.
     */
    public static List<EventComparisonRow> sharedPassages(EventResult events, SyndicationResult syndication) {
        Map<String, String> eventOf = eventOfMultiGroupDocs(events);
        List<EventComparisonRow> out = new ArrayList<>();
        for (SharedPassage p : syndication.passages()) {
            String e = eventOf.get(p.docA());
            if (e == null || !e.equals(eventOf.get(p.docB())) || p.groupA().equals(p.groupB())) continue;
            String item = p.text().length() <= PASSAGE_ITEM_CHARS ? p.text() : p.text().substring(0, PASSAGE_ITEM_CHARS - 1) + "…";
            out.add(new EventComparisonRow(e, "shared_passage", p.groupA(), p.groupB(), item, "shared_words", p.words(),
                    p.docA() + "[" + p.startA() + "," + p.endA() + ") = " + p.docB() + "[" + p.startB() + "," + p.endB() + ")"));
        }
        return out;
    }

    private static Map<String, String> eventOfMultiGroupDocs(EventResult events) {
        Map<String, String> m = new HashMap<>();
        for (Event e : events.multiGroupEvents()) for (String d : e.docIds()) m.put(d, e.id());
        return m;
    }
}
