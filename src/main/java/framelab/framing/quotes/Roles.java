package framelab.framing.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Role nouns and speaking bodies of {@code framelab/framing/roles-en.csv}: a term of one or more words →
 * category, and whether it is a person's title ({@code role}) or an organisation ({@code body}). Lookup is
 * leftmost-longest over lowercased words; a word ending in -s also matches its singular. Immutable.
 */
final class Roles {
    static final String FILE = "roles-en.csv";

    /** One entry. */
    record Role(String term, String category, boolean person) {
    }

    /** A match of {@code words} positions [start, end). */
    record Match(int start, int end, Role role) {
    }

    private final Map<String, Role> byTerm;
    private final int maxWords;

    private Roles(Map<String, Role> byTerm, int maxWords) {
        this.byTerm = byTerm;
        this.maxWords = maxWords;
    }

    static Roles bundled() {
        WordListFile f = WordListFile.bundled(FILE, List.of("term", "category", "kind"));
        Map<String, Role> m = new HashMap<>();
        int max = 1;
        for (WordListFile.Row r : f.rows()) {
            String term = r.get(0).toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
            String kind = r.get(2);
            if (!kind.equals("role") && !kind.equals("body")) {
                throw new IllegalStateException(f.location() + ":" + r.line() + ": kind must be role or body, got '" + kind + "'");
            }
            if (r.get(1).isEmpty()) throw new IllegalStateException(f.location() + ":" + r.line() + ": empty category");
            if (m.put(term, new Role(term, r.get(1), kind.equals("role"))) != null) {
                throw new IllegalStateException(f.location() + ":" + r.line() + ": '" + term + "' listed twice");
            }
            max = Math.max(max, term.split(" ").length);
        }
        return new Roles(Map.copyOf(m), max);
    }

    /** The longest entry starting at {@code words[i]} (lowercased words), or null. */
    Match longest(List<String> words, int i) {
        for (int len = Math.min(maxWords, words.size() - i); len >= 1; len--) {
            String key = String.join(" ", words.subList(i, i + len));
            Role r = lookup(key);
            if (r != null) return new Match(i, i + len, r);
        }
        return null;
    }

    /** The entry of one word or phrase, or null. */
    Role lookup(String key) {
        Role r = byTerm.get(key);
        if (r == null && key.length() > 3 && key.endsWith("s")) r = byTerm.get(key.substring(0, key.length() - 1));
        return r;
    }

    int size() {
        return byTerm.size();
    }
}
