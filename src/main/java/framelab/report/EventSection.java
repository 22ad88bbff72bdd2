package framelab.report;

import framelab.framing.events.Event;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.events.EventResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events part of the framing section: how many events the alignment found, and for each event two or
 * more groups cover (the largest {@value #MAX_EVENTS}) a side-by-side comparison: the words each outlet used
 * more than the others, tone toward each actor, who each outlet quotes with which verbs, and the text they
 * share. From events.csv and event_comparison.csv.
 */
final class EventSection {
    static final int MAX_EVENTS = 10, TERMS = 10, SPEAKERS = 6, PASSAGES = 5;

    private EventSection() {
    }

    static String html(EventResult r, List<EventComparisonRow> comparison) {
        StringBuilder b = new StringBuilder(16 * 1024);
        List<Event> multi = r.multiGroupEvents();
        long undated = r.assignments().stream().filter(a -> !a.assigned()).count();
        b.append("<h3 id=\"framing-events\">Same event, different outlets</h3>\n<p>Articles are grouped into events by date ")
                .append("and content (<code>").append(Html.esc(Html.clip(r.spec(), 240))).append("</code>): <b>").append(Html.count(r.events().size()))
                .append("</b> events, <b>").append(Html.count(multi.size())).append("</b> of them covered by two or more ").append(Html.esc(r.groupBy()))
                .append(" values").append(undated > 0 ? "; " + Html.count(undated) + " documents have no usable date (see <code>events.csv</code>)" : "")
                .append(". Every document's event is in <code>events.csv</code>, the comparisons in <code>event_comparison.csv</code>.</p>\n");
        List<Event> shown = shown(r);
        if (shown.isEmpty()) {
            return b.append("<p class=note>No event is covered by two or more outlets, so there is nothing to compare side by side.</p>\n").toString();
        }
        Map<String, List<EventComparisonRow>> rows = new LinkedHashMap<>();
        for (EventComparisonRow c : comparison) rows.computeIfAbsent(c.eventId(), k -> new ArrayList<>()).add(c);
        for (Event e : shown) event(b, e, rows.getOrDefault(e.id(), List.of()));
        if (multi.size() > shown.size()) {
            b.append("<p class=note>… ").append(Html.count(multi.size() - shown.size())).append(" more multi-outlet events in <code>event_comparison.csv</code>.</p>\n");
        }
        return b.toString();
    }

    /** The multi-outlet events with a subsection: the most outlets, then the most articles; in id order. */
    static List<Event> shown(EventResult r) {
        return r.multiGroupEvents().stream().sorted(Comparator.comparingInt((Event e) -> -e.groups().size()).thenComparingInt(e -> -e.size())
                .thenComparing(Event::id)).limit(MAX_EVENTS).sorted(Comparator.comparing(Event::id)).toList();
    }

    static List<String> shownIds(EventResult r) {
        return shown(r).stream().map(Event::id).toList();
    }

    private static void event(StringBuilder b, Event e, List<EventComparisonRow> rows) {
        b.append("<h4 id=\"event-").append(Html.esc(e.id())).append("\">Event ").append(Html.esc(e.id())).append(": ").append(Html.esc(e.label()))
                .append("</h4>\n<p>").append(Html.esc(e.firstDate())).append(e.firstDate().equals(e.lastDate()) ? "" : " to " + Html.esc(e.lastDate()))
                .append(" · ").append(e.size()).append(" articles (").append(Html.esc(String.join(", ", e.docIds()))).append(") from ")
                .append(Html.esc(String.join(", ", e.groups()))).append(Double.isNaN(e.meanSimilarity()) ? "" : String.format(Locale.ROOT,
                        " · mean similarity %.2f", e.meanSimilarity())).append("</p>\n");
        List<String> groups = e.groups();
        Html.Table side = new Html.Table(concat("", groups));
        side.row(concat("words used more than the other outlets", perGroup(rows, "keyness", groups, TERMS, r -> r.item())).toArray());
        side.row(concat("quoted (quotations; verbs)", perGroup(rows, "quote", groups, SPEAKERS,
                r -> r.item() + " " + (long) r.value() + verbs(r.detail()))).toArray());
        b.append("<div class=scroll>").append(side.html(0, "", "")).append("</div>\n");
        tone(b, rows, groups);
        List<EventComparisonRow> passages = rows.stream().filter(r -> r.signal().equals("shared_passage")).toList();
        if (!passages.isEmpty()) {
            b.append("<p>Shared passages (").append(passages.size()).append("):</p><ul class=passages>");
            passages.stream().sorted(Comparator.comparingDouble(EventComparisonRow::value).reversed()).limit(PASSAGES).forEach(p ->
                    b.append("<li><b>").append(Html.esc(p.group())).append(" = ").append(Html.esc(p.otherGroup())).append(", ")
                            .append((long) p.value()).append(" words:</b> <q>").append(Html.esc(p.item())).append("</q></li>"));
            b.append("</ul>\n");
        }
    }

    private static void tone(StringBuilder b, List<EventComparisonRow> rows, List<String> groups) {
        Map<String, Map<String, EventComparisonRow>> byActor = new TreeMap<>();
        String measure = null;
        for (EventComparisonRow r : rows) {
            if (!r.signal().equals("tone")) continue;
            if (measure == null) measure = r.measure();
            if (!r.measure().equals(measure)) continue;    // the first lexicon's tone, the others are in the CSV
            byActor.computeIfAbsent(r.item(), k -> new TreeMap<>()).put(r.group(), r);
        }
        if (byActor.isEmpty()) return;
        Html.Table t = new Html.Table(concat("tone toward (" + measure + ", sentences naming the actor)", groups));
        byActor.forEach((actor, cells) -> {
            List<String> row = new ArrayList<>(List.of(actor));
            for (String g : groups) {
                EventComparisonRow c = cells.get(g);
                row.add(c == null ? "" : String.format(Locale.ROOT, "%+.3f (%s)", c.value(), c.detail()));
            }
            t.row(row.toArray());
        });
        b.append("<div class=scroll>").append(t.html(0, "", "")).append("</div>\n");
    }

    private static List<String> perGroup(List<EventComparisonRow> rows, String signal, List<String> groups, int n,
                                         java.util.function.Function<EventComparisonRow, String> text) {
        List<String> out = new ArrayList<>();
        for (String g : groups) {
            out.add(String.join(", ", rows.stream().filter(r -> r.signal().equals(signal) && r.group().equals(g)).limit(n).map(text).toList()));
        }
        return out;
    }

    /** "direct 2, indirect 1; say×2, warn×1" → " (say×2, warn×1)". */
    private static String verbs(String detail) {
        int i = detail.indexOf(';');
        String v = i < 0 ? "" : detail.substring(i + 1).strip();
        return v.isEmpty() ? "" : " (" + v + ")";
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> l = new ArrayList<>(List.of(first));
        l.addAll(rest);
        return l;
    }
}
