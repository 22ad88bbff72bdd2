package framelab.sentiment.lexicon;

import java.util.Objects;

/**
 * One named value of a unit's scores (a row of the long table: {@code measure}, {@code value}).
 * NaN marks an undefined value (a rate of a unit without tokens); the CSV writer leaves it empty.
 */
public record Measure(String name, double value) {
    public Measure {
        Objects.requireNonNull(name, "name");
    }
}
