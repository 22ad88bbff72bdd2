package framelab.framing;

import framelab.framing.actors.ActorResult;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.events.EventResult;
import framelab.framing.quotes.QuotationResult;
import framelab.framing.syndication.SyndicationResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link Framing#run} found: the actor tables (null when there is no actor dictionary), quotations,
 * shared text, events, and the side-by-side comparison of every event covered by two or more groups (rows of
 * all four signals in {@code EventComparison}'s documented order).
 *
 * @param timingsMillis wall time of each part, for run.json
 */
public record FramingResult(String groupBy, ActorResult actors, QuotationResult quotes, SyndicationResult syndication,
                            EventResult events, List<EventComparisonRow> comparison, Map<String, Long> timingsMillis) {
    public FramingResult {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(syndication, "syndication");
        Objects.requireNonNull(events, "events");
        comparison = List.copyOf(comparison);
        timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
    }

    /** The specs of the parts, for run.json and the report. */
    public Map<String, String> specs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("actors", actors == null ? "none (no actor dictionary)" : actors.spec());
        m.put("quotes", quotes.spec());
        m.put("syndication", syndication.spec());
        m.put("events", events.spec());
        return m;
    }
}
