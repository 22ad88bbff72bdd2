package framelab.framing.events;

import framelab.sentiment.SentimentOptions;
import java.util.Objects;

/**
 * What the side-by-side comparison of an event computes, recorded with the run.
 *
 * @param keynessTop      terms per outlet in the keyness signal (the most overused, by G²); 1..1000
 * @param keynessMinCount terms with fewer occurrences in the event are left out (2 drops words used once,
 *                        which within a handful of articles say more about length than framing); ≥ 1
 * @param sentiment       the tone analysis run on each event's articles (its actor summaries give the tone signal)
 */
public record EventComparisonOptions(int keynessTop, int keynessMinCount, SentimentOptions sentiment) {
    public static final EventComparisonOptions DEFAULTS = new EventComparisonOptions(10, 2, SentimentOptions.DEFAULTS);

    public EventComparisonOptions {
        if (keynessTop < 1 || keynessTop > 1000) throw new IllegalArgumentException("keynessTop must be between 1 and 1000 terms, got " + keynessTop);
        if (keynessMinCount < 1) throw new IllegalArgumentException("keynessMinCount must be >= 1, got " + keynessMinCount);
        Objects.requireNonNull(sentiment, "sentiment");
    }

    public EventComparisonOptions withKeynessTop(int n) { return new EventComparisonOptions(n, keynessMinCount, sentiment); }
    public EventComparisonOptions withKeynessMinCount(int n) { return new EventComparisonOptions(keynessTop, n, sentiment); }
    public EventComparisonOptions withSentiment(SentimentOptions s) { return new EventComparisonOptions(keynessTop, keynessMinCount, s); }
}
