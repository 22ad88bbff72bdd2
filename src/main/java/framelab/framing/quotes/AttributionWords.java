package framelab.framing.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed-class words of {@code framelab/framing/attribution-words-en.csv}: honorifics, pronouns that may
 * speak, time words and conditionals. Immutable.
 */
final class AttributionWords {
    static final String FILE = "attribution-words-en.csv";
    private static final Set<String> CLASSES = Set.of("honorific", "person_pronoun", "other_pronoun", "time", "conditional");
    private final Map<String, String> classOf;

    private AttributionWords(Map<String, String> classOf) {
        this.classOf = classOf;
    }

    static AttributionWords bundled() {
        WordListFile f = WordListFile.bundled(FILE, List.of("word", "class"));
        Map<String, String> m = new HashMap<>();
        for (WordListFile.Row r : f.rows()) {
            if (!CLASSES.contains(r.get(1))) {
                throw new IllegalStateException(f.location() + ":" + r.line() + ": class must be one of " + CLASSES + ", got '" + r.get(1) + "'");
            }
            m.put(r.get(0).toLowerCase(Locale.ROOT), r.get(1));
        }
        return new AttributionWords(Map.copyOf(m));
    }

    boolean is(String lower, String cls) {
        return cls.equals(classOf.get(lower));
    }

    boolean honorific(String lower) { return is(lower, "honorific"); }
    boolean personPronoun(String lower) { return is(lower, "person_pronoun"); }
    boolean otherPronoun(String lower) { return is(lower, "other_pronoun"); }
    boolean time(String lower) { return is(lower, "time"); }
    boolean conditional(String lower) { return is(lower, "conditional"); }

    /** True for a word written with a dot that the tokenizer splits off ("mr." → "mr" + "."). */
    boolean dotted(String lowerWithDot) {
        return classOf.containsKey(lowerWithDot);
    }
}
