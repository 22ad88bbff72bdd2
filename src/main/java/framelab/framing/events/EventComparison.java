package framelab.framing.events;

import framelab.corpus.Cleaner;
import framelab.corpus.Corpus;
import framelab.corpus.Document;
import framelab.dtm.DtmBuilder;
import framelab.dtm.Grouping;
import framelab.sentiment.ActorSummary;
import framelab.sentiment.SentimentAnalysis;
import framelab.sentiment.SentimentResult;
import framelab.stats.Keyness;
import framelab.stats.KeynessOptions;
import framelab.stats.KeynessRow;
import framelab.text.Analyzer;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The side-by-side comparison of every event covered by two or more outlets, as {@link EventComparisonRow}s.
 * This class computes two signals; other packages add theirs in the same row shape and
 * {@link #combine} puts them in the documented order.
 * <ul>
 *   <li>{@code keyness}: each outlet of the event against the event's other outlets, over a matrix of only
 *       the event's articles ({@link Keyness#against}): the {@code keynessTop} terms with the largest
 *       positive signed G² (Dunning 1993), i.e. the words this outlet used more than the others did when
 *       telling the same event. {@code measure = g2}, {@code detail = "a/c vs b/d"} (the term's count and the
 *       outlet's term total, against the same for the other outlets). Within one event the counts are
 *       small: read G² as a ranking, not as a test.</li>
 *   <li>{@code tone}: tone toward each actor per outlet within the event: {@link SentimentAnalysis} on the
 *       event's articles, its actor summaries over the sentences that mention the actor
 *       ({@code context = sentence}); {@code item} = actor, {@code measure = <lexicon>_<measure>_mean}
 *       (e.g. {@code vader_compound_mean}), {@code detail = "n=<sentences>"}.</li>
 * </ul>
 * Row order: event id, then signal in {@link #SIGNALS} order (others after, by name), then outlet, then
 * rank within the signal (G² descending; actors by name).
 */
public final class EventComparison {
    /** The signals in their documented order in event_comparison.csv. */
    public static final List<String> SIGNALS = List.of("keyness", "tone", "quote", "shared_passage");

    private EventComparison() {
    }

    /** Keyness and tone rows of every multi-outlet event, in the documented order; tone toward the actors of {@code o.sentiment().actors()}. */
    public static List<EventComparisonRow> keynessAndTone(EventResult events, List<Document> cleaned, Analyzer analyzer,
                                                          EventComparisonOptions o) {
        return keynessAndTone(events, cleaned, analyzer, o, framelab.sentiment.Scorers.actorLexicon(o.sentiment().actors(), null));
    }

    /** Keyness and tone rows of every multi-outlet event; tone toward the actors of {@code actors} (null: no tone rows). */
    public static List<EventComparisonRow> keynessAndTone(EventResult events, List<Document> cleaned, Analyzer analyzer,
                                                          EventComparisonOptions o, framelab.sentiment.lexicon.CategoryLexicon actors) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(o, "options");
        Map<String, Document> byId = new HashMap<>();
        for (Document d : cleaned) byId.put(d.id(), d);
        List<EventComparisonRow> out = new ArrayList<>();
        for (Event e : events.multiGroupEvents()) {
            List<Document> members = members(e, byId);
            out.addAll(keyness(e.id(), members, events.groupBy(), analyzer, o));
            if (actors != null) out.addAll(tone(e.id(), members, events.groupBy(), analyzer, o, actors));
        }
        return combine(List.of(out));
    }

    /** The documents of an event, in the event's order; fails when one is missing from {@code byId}. */
    static List<Document> members(Event e, Map<String, Document> byId) {
        List<Document> out = new ArrayList<>(e.size());
        for (String id : e.docIds()) {
            Document d = byId.get(id);
            if (d == null) {
                throw new IllegalArgumentException("event " + e.id() + " has document '" + id + "', which is not among the documents given; "
                        + "pass the same documents that EventAlignment.run aligned");
            }
            out.add(d);
        }
        return out;
    }

    /** Keyness rows of one event: each outlet against the event's other outlets. */
    public static List<EventComparisonRow> keyness(String eventId, List<Document> members, String groupBy, Analyzer analyzer,
                                                   EventComparisonOptions o) {
        Corpus corpus = new Corpus("event " + eventId, members, List.of(), List.of(), List.of());
        Grouping grouping = Grouping.by(DtmBuilder.builder(analyzer).cleaner(Cleaner.none()).unit(Unit.DOCUMENT).build().build(corpus).dtm(), groupBy);
        if (grouping.groups().size() < 2) return List.of();
        KeynessOptions ko = KeynessOptions.DEFAULTS.withMinCount(o.keynessMinCount()).withTop(o.keynessTop());
        List<EventComparisonRow> out = new ArrayList<>();
        for (String g : grouping.groups()) {
            List<String> others = grouping.groups().stream().filter(x -> !x.equals(g)).toList();
            for (KeynessRow k : Keyness.against(grouping, g, others, ko)) {
                if (!(k.g2() > 0)) continue; // the most negative terms of this outlet are the positive ones of the others
                out.add(new EventComparisonRow(eventId, "keyness", g, k.reference(), k.term(), "g2", k.g2(),
                        k.countTarget() + "/" + k.totalTarget() + " vs " + k.countReference() + "/" + k.totalReference()));
            }
        }
        return out;
    }

    /** Tone rows of one event: tone toward each actor per outlet, over the sentences that mention it. */
    public static List<EventComparisonRow> tone(String eventId, List<Document> members, String groupBy, Analyzer analyzer,
                                                EventComparisonOptions o) {
        return tone(eventId, members, groupBy, analyzer, o, framelab.sentiment.Scorers.actorLexicon(o.sentiment().actors(), null));
    }

    /** Tone rows of one event toward the actors of {@code actors}. */
    public static List<EventComparisonRow> tone(String eventId, List<Document> members, String groupBy, Analyzer analyzer,
                                                EventComparisonOptions o, framelab.sentiment.lexicon.CategoryLexicon actors) {
        SentimentResult r = SentimentAnalysis.run(members, groupBy, analyzer, o.sentiment(), actors);
        List<ActorSummary> rows = new ArrayList<>(r.actors().stream().filter(a -> a.context().equals("sentence")).toList());
        rows.sort(Comparator.comparing(ActorSummary::group).thenComparing(ActorSummary::actor).thenComparing(ActorSummary::lexicon)
                .thenComparing(ActorSummary::measure));
        List<EventComparisonRow> out = new ArrayList<>(rows.size());
        for (ActorSummary a : rows) {
            out.add(new EventComparisonRow(eventId, "tone", a.group(), "", a.actor(), a.lexicon() + "_" + a.measure() + "_mean", a.mean(),
                    "n=" + a.n()));
        }
        return out;
    }

    /**
     * Rows of several signals (this class's and, say, quotes and shared passages from other packages) in
     * the documented order: event id, signal ({@link #SIGNALS} first, others by name), outlet; rows that tie
     * keep the order they came in, which is each signal's rank.
     */
    public static List<EventComparisonRow> combine(Collection<? extends List<EventComparisonRow>> parts) {
        List<EventComparisonRow> all = new ArrayList<>();
        for (List<EventComparisonRow> p : parts) all.addAll(p);
        all.sort(Comparator.comparing(EventComparisonRow::eventId).thenComparingInt(EventComparison::signalRank)
                .thenComparing(EventComparisonRow::signal).thenComparing(EventComparisonRow::group)); // List.sort is stable
        return List.copyOf(all);
    }

    private static int signalRank(EventComparisonRow r) {
        int i = SIGNALS.indexOf(r.signal());
        return i < 0 ? SIGNALS.size() : i;
    }
}
