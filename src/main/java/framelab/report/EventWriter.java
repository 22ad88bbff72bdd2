package framelab.report;

import framelab.framing.events.EventAssignment;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.events.EventResult;
import java.io.Writer;
import java.util.List;

/**
 * The event tables as tidy CSV: {@code events.csv} (one row per input document, in the result's order:
 * events by id, members by date then id, undated documents last) and {@code event_comparison.csv} (one
 * row per signal × event × outlet × item, in the order {@code EventComparison.combine} gives).
 */
public final class EventWriter {
    public static final String EVENTS_FILE = "events.csv";
    public static final String COMPARISON_FILE = "event_comparison.csv";
    public static final List<String> EVENT_COLUMNS = List.of("event_id", "doc_id", "group", "date", "label", "event_size", "event_groups",
            "mean_similarity", "note");
    public static final List<String> COMPARISON_COLUMNS = List.of("event_id", "signal", "group", "other_group", "item", "measure", "value",
            "detail");

    private EventWriter() {
    }

    /** Writes both files into {@code dir}; returns their names. */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, EventResult events, List<EventComparisonRow> comparison) {
        try (CsvWriter w = CsvWriter.open(dir.file(EVENTS_FILE), f, EVENT_COLUMNS)) {
            events(w, events);
        }
        try (CsvWriter w = CsvWriter.open(dir.file(COMPARISON_FILE), f, COMPARISON_COLUMNS)) {
            comparison(w, comparison);
        }
        return List.of(EVENTS_FILE, COMPARISON_FILE);
    }

    /** events.csv into any writer (closed at the end). */
    public static void writeEvents(Writer out, CsvFormat f, EventResult events) {
        try (CsvWriter w = CsvWriter.to(out, f, EVENT_COLUMNS)) {
            events(w, events);
        }
    }

    /** event_comparison.csv into any writer (closed at the end). */
    public static void writeComparison(Writer out, CsvFormat f, List<EventComparisonRow> rows) {
        try (CsvWriter w = CsvWriter.to(out, f, COMPARISON_COLUMNS)) {
            comparison(w, rows);
        }
    }

    private static void events(CsvWriter w, EventResult events) {
        for (EventAssignment a : events.assignments()) {
            w.row(a.eventId(), a.docId(), a.group(), a.date(), a.label(), a.eventSize(), a.eventGroups(), a.meanSimilarity(), a.note());
        }
    }

    private static void comparison(CsvWriter w, List<EventComparisonRow> rows) {
        for (EventComparisonRow r : rows) w.row(r.eventId(), r.signal(), r.group(), r.otherGroup(), r.item(), r.measure(), r.value(), r.detail());
    }
}
