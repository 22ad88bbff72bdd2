package framelab.framing;

import framelab.corpus.Document;
import framelab.framing.actors.ActorAnalysis;
import framelab.framing.actors.ActorResult;
import framelab.framing.events.EventAlignment;
import framelab.framing.events.EventAssignment;
import framelab.framing.events.EventOptions;
import framelab.framing.events.EventComparison;
import framelab.framing.events.EventResult;
import framelab.framing.quotes.QuotationResult;
import framelab.framing.quotes.Quotations;
import framelab.framing.syndication.Syndication;
import framelab.framing.syndication.SyndicationResult;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.text.Analyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All framing signals of a corpus in one call, as {@code ./framelab analyze} and {@code ./framelab framing}
 * compute them: actors ({@link ActorAnalysis}), quotations ({@link Quotations}), shared text
 * ({@link Syndication}), events ({@link EventAlignment}) and, for every event two or more groups cover, the
 * comparison of their keyness, tone toward actors, quoted speakers and shared passages
 * ({@link EventComparison}, {@link EventSignals}).
 */
public final class Framing {
    private Framing() {
    }

    /**
     * @param cleaned  the cleaned documents (ids unique), every one with the {@code groupBy} field
     * @param actors   the actor dictionary, or null: then there are no actor tables, speakers are categorised by
     *                 role only, events are aligned by text alone and the event comparison has no tone rows; the
     *                 same dictionary is used by every part, whatever {@code o.comparison().sentiment().actors()} says
     */
    public static FramingResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, CategoryLexicon actors, FramingOptions o) {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(o, "options");
        Map<String, Long> t = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        ActorResult actorResult = actors == null ? null : ActorAnalysis.run(cleaned, groupBy, analyzer, actors, o.actors());
        long t1 = lap(t, "actors_ms", t0);
        QuotationResult quotes = Quotations.run(cleaned, groupBy, analyzer, actors, o.quotes());
        long t2 = lap(t, "quotes_ms", t1);
        SyndicationResult syndication = Syndication.run(cleaned, groupBy, analyzer, o.syndication());
        long t3 = lap(t, "syndication_ms", t2);
        // a corpus without the default date field still gets every other table; a date field the user named must exist
        boolean noDefaultDate = o.events().dateField().equals(EventOptions.DEFAULTS.dateField()) && !hasField(cleaned, o.events().dateField());
        EventResult events = noDefaultDate ? undated(cleaned, groupBy, o) : EventAlignment.run(cleaned, groupBy, analyzer, actors, o.events());
        long t4 = lap(t, "events_ms", t3);
        List<List<framelab.framing.events.EventComparisonRow>> parts = List.of(
                EventComparison.keynessAndTone(events, cleaned, analyzer, o.comparison(), actors),
                EventSignals.quotes(events, quotes.quotes()),
                EventSignals.sharedPassages(events, syndication));
        var comparison = EventComparison.combine(parts);
        lap(t, "event_comparison_ms", t4);
        return new FramingResult(groupBy, actorResult, quotes, syndication, events, comparison, t);
    }

    private static boolean hasField(List<Document> docs, String field) {
        for (Document d : docs) if (d.meta().has(field)) return true;
        return docs.isEmpty();
    }

    /**
     * A corpus without the date field has no events: every document is listed with an empty event and the reason,
     * so that the other framing tables (which need no date) are still written by {@code analyze}.
     */
    private static EventResult undated(List<Document> docs, String groupBy, FramingOptions o) {
        String field = o.events().dateField();
        String note = "no '" + field + "' field in this corpus: no events (name the date field with --event-date-field)";
        List<EventAssignment> rows = docs.stream().map(d -> new EventAssignment("", d.id(), d.meta().get(groupBy), "", "", 0, 0, Double.NaN, note))
                .toList();
        return new EventResult(groupBy, rows, List.of(), List.of(), "events(none: no '" + field + "' field)");
    }

    private static long lap(Map<String, Long> t, String key, long since) {
        long now = System.nanoTime();
        t.put(key, (now - since) / 1_000_000);
        return now;
    }
}
