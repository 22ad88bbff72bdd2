package framelab.text;

import java.util.Locale;

/** The unit of analysis a document is split into before counting. */
public enum Unit {
    DOCUMENT, PARAGRAPH, SENTENCE;

    public static Unit parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown unit '" + s + "'; use document, paragraph or sentence");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
