package framelab.framing.events;

import framelab.corpus.Dates;
import framelab.corpus.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the date field of every document as a day number. A field whose non-empty values are all
 * integers (uk_immigration's {@code day}: day of the year) is read as day numbers as they stand; any other
 * field as calendar dates ({@link Dates#parse}: ISO dates, date-times, year-months, US m/d/y) counted in
 * epoch days. A value that cannot be read leaves its document undated, with the reason.
 */
final class EventDates {
    static final long NONE = Long.MIN_VALUE;

    /** Per document (input order): the day, the date as shown in the output, and why it is missing. */
    record Reading(long[] days, String[] shown, String[] notes, boolean dayNumbers) {
        String spec(String field) {
            return "'" + field + "' read as " + (dayNumbers ? "integer day numbers" : "calendar dates");
        }
    }

    private EventDates() {
    }

    static Reading read(List<Document> docs, String field) {
        if (!docs.isEmpty() && docs.stream().noneMatch(d -> d.meta().has(field))) {
            throw new IllegalArgumentException("no document has the date field '" + field + "'; the documents have "
                    + docs.getFirst().meta().fields().keySet() + " (set EventOptions.dateField, e.g. date or day)");
        }
        boolean dayNumbers = false;
        for (Document d : docs) {
            String v = d.meta().get(field).strip();
            if (v.isEmpty()) continue;
            if (!isInteger(v)) {
                dayNumbers = false;
                break;
            }
            dayNumbers = true;
        }
        int n = docs.size();
        long[] days = new long[n];
        String[] shown = new String[n];
        String[] notes = new String[n];
        for (int i = 0; i < n; i++) {
            Document d = docs.get(i);
            String v = d.meta().get(field).strip();
            days[i] = NONE;
            shown[i] = "";
            notes[i] = "";
            if (!d.meta().has(field)) {
                notes[i] = "undated: no field '" + field + "'";
            } else if (v.isEmpty()) {
                notes[i] = "undated: '" + field + "' is empty";
            } else if (dayNumbers) {
                days[i] = Long.parseLong(v);
                shown[i] = Long.toString(days[i]);
            } else {
                Optional<LocalDate> date = Dates.parse(v);
                if (date.isPresent()) {
                    days[i] = date.get().toEpochDay();
                    shown[i] = date.get().toString();
                } else {
                    notes[i] = "undated: '" + field + "' value '" + v + "' is not a date (yyyy-mm-dd, yyyy-mm, m/d/yy) or a day number";
                }
            }
        }
        return new Reading(days, shown, notes, dayNumbers);
    }

    /** An optionally signed integer of at most 9 digits (a day number, never a year-less date). */
    private static boolean isInteger(String v) {
        int start = v.charAt(0) == '-' ? 1 : 0;
        if (v.length() == start || v.length() - start > 9) return false;
        for (int i = start; i < v.length(); i++) if (v.charAt(i) < '0' || v.charAt(i) > '9') return false;
        return true;
    }
}
