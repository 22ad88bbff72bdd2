package framelab.framing;

import framelab.framing.actors.ActorOptions;
import framelab.framing.events.EventComparisonOptions;
import framelab.framing.events.EventOptions;
import framelab.framing.quotes.QuoteOptions;
import framelab.framing.syndication.SyndicationOptions;
import java.util.Objects;

/**
 * The options of the four framing analyses and of the event comparison; each part validates its own values.
 * {@link #DEFAULTS} is what {@code ./framelab analyze} uses.
 */
public record FramingOptions(ActorOptions actors, QuoteOptions quotes, SyndicationOptions syndication, EventOptions events,
                             EventComparisonOptions comparison) {
    public static final FramingOptions DEFAULTS = new FramingOptions(ActorOptions.DEFAULTS, QuoteOptions.DEFAULTS,
            SyndicationOptions.DEFAULTS, EventOptions.DEFAULTS, EventComparisonOptions.DEFAULTS);

    public FramingOptions {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(syndication, "syndication");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(comparison, "comparison");
    }

    public FramingOptions withActors(ActorOptions a) { return new FramingOptions(a, quotes, syndication, events, comparison); }
    public FramingOptions withQuotes(QuoteOptions q) { return new FramingOptions(actors, q, syndication, events, comparison); }
    public FramingOptions withSyndication(SyndicationOptions s) { return new FramingOptions(actors, quotes, s, events, comparison); }
    public FramingOptions withEvents(EventOptions e) { return new FramingOptions(actors, quotes, syndication, e, comparison); }
    public FramingOptions withComparison(EventComparisonOptions c) { return new FramingOptions(actors, quotes, syndication, events, c); }
}
