package framelab.framing.events;

import java.util.Objects;

/**
 * One row of {@code events.csv}: the event a document was assigned to. Every input document has one;
 * a document without a usable date has an empty {@code eventId} and says why in {@code note}.
 *
 * @param eventId        {@code e0001}, … (empty when the document could not be dated)
 * @param docId          the document
 * @param group          its value of the group-by field (the outlet)
 * @param date           its date as read: ISO {@code yyyy-mm-dd}, or the day number; empty when undated
 * @param label          the event's top TF-IDF terms, comma-separated
 * @param eventSize      documents in the event (0 when undated)
 * @param eventGroups    distinct groups in the event (0 when undated)
 * @param meanSimilarity mean similarity of this document to the other members of its event; NaN for a
 *                       single-document event or an undated document
 * @param note           empty, or why the document has no event
 */
public record EventAssignment(String eventId, String docId, String group, String date, String label, int eventSize,
                              int eventGroups, double meanSimilarity, String note) {
    public EventAssignment {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(note, "note");
    }

    /** True when the document belongs to an event (it had a usable date). */
    public boolean assigned() {
        return !eventId.isEmpty();
    }
}
