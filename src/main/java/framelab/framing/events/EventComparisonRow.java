package framelab.framing.events;

import java.util.Objects;

/**
 * One row of {@code event_comparison.csv}: one signal of how one outlet told one event, in a shape every
 * signal shares (long format), so that keyness, tone, quotes and shared passages sit in one table.
 *
 * @param eventId    the event ({@link Event#id()})
 * @param signal     {@code keyness}, {@code tone}, {@code quote}, {@code shared_passage}, … ({@link EventComparison#SIGNALS})
 * @param group      the outlet the row describes
 * @param otherGroup the outlets it is compared with, joined by {@code +} (empty when the signal compares nothing)
 * @param item       what is measured: a term, an actor, a speaker, a passage
 * @param measure    the name of the statistic in {@code value} (e.g. {@code g2}, {@code vader_compound_mean})
 * @param value      the statistic
 * @param detail     what a reader needs to judge the value: counts, n, verbs
 */
public record EventComparisonRow(String eventId, String signal, String group, String otherGroup, String item, String measure,
                                 double value, String detail) {
    public EventComparisonRow {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(signal, "signal");
        if (signal.isBlank()) throw new IllegalArgumentException("a comparison row needs a signal, e.g. keyness or tone");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(otherGroup, "otherGroup");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(detail, "detail");
    }
}
