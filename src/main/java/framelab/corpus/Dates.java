package framelab.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Lenient date parsing for publication dates. Accepts ISO dates (2022-02-02), ISO date-times
 * (the date part is used), year-months (2021-04, read as the first of the month) and US
 * month/day/year as found in scraped exports (9/6/17). Anything else is "missing", never an error:
 * the caller records a warning and keeps the document.
 */
public final class Dates {
    private static final List<DateTimeFormatter> US = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy"), DateTimeFormatter.ofPattern("M/d/yy"));

    private Dates() {
    }

    public static Optional<LocalDate> parse(String raw) {
        if (raw == null) return Optional.empty();
        String s = raw.strip();
        if (s.isEmpty()) return Optional.empty();
        try {
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return Optional.of(LocalDate.parse(s.substring(0, 10)));
            }
            if (s.length() == 7 && s.charAt(4) == '-') {
                return Optional.of(YearMonth.parse(s).atDay(1));
            }
            if (s.indexOf('/') > 0) {
                for (DateTimeFormatter f : US) {
                    try {
                        return Optional.of(LocalDate.parse(s, f));
                    } catch (DateTimeParseException ignored) {
                        // try the next layout
                    }
                }
            }
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
