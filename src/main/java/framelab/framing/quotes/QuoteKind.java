package framelab.framing.quotes;

import java.util.Locale;

/**
 * Direct speech (the words between quotation marks) or indirect, reported speech (a speech verb with a
 * clause: "Stoltenberg said (that) Russia …", "Russia denied having …", "…, Moscow says").
 */
public enum QuoteKind {
    DIRECT, INDIRECT;

    /** The label written to CSV: {@code direct} or {@code indirect}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
