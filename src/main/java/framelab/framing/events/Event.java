package framelab.framing.events;

import java.util.List;
import java.util.Objects;

/**
 * One event: documents published within the window of each other that tell the same story.
 *
 * @param id             {@code e0001}, … numbered by first date, then first document id
 * @param label          the top TF-IDF terms of the event's centroid, comma-separated
 * @param docIds         the members, by date, then id
 * @param groups         the distinct groups (outlets) of the members, sorted
 * @param firstDate      the earliest member date (ISO date or day number, as in {@link EventAssignment#date()})
 * @param lastDate       the latest member date
 * @param meanSimilarity mean similarity over all pairs of members; NaN for a single document
 */
public record Event(String id, String label, List<String> docIds, List<String> groups, String firstDate, String lastDate,
                    double meanSimilarity) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        docIds = List.copyOf(docIds);
        groups = List.copyOf(groups);
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(lastDate, "lastDate");
    }

    public int size() {
        return docIds.size();
    }

    /** True when two or more outlets cover the event, so their accounts can be compared. */
    public boolean multiGroup() {
        return groups.size() >= 2;
    }
}
