package framelab.sentiment.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Readers of the dictionary files quanteda imports ({@code dictionary(file = ...)}; Benoit et al. 2018):
 * its YAML form, Lexicoder's {@code .lc3} and WordStat's {@code .cat} — the three forms in which the
 * Lexicoder Sentiment Dictionary (Young &amp; Soroka 2012) circulates. Nested keys are flattened to
 * {@code parent.child}, as quanteda's {@code flatten_dictionary} does.
 */
final class QuantedaReaders {
    private QuantedaReaders() {
    }

    private record Key(int indent, String name) {
    }

    /**
     * quanteda's YAML dictionary (what {@code as.yaml(dict)} writes): {@code key:} lines, each followed by
     * {@code - pattern} items (indented or not); nested keys; {@code key: pattern} and
     * {@code key: [a, "b c"]} for short lists; single or double quotes ({@code 'y'}, which YAML would
     * otherwise read as a boolean); {@code #} comments; {@code ---}. Tabs are not allowed in indentation (YAML).
     */
    static CategoryLexicon yaml(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        String hint = "a quanteda YAML dictionary has 'key:' lines followed by '  - pattern' lines, e.g. 'positive:\\n  - good\\n  - great*'";
        Deque<Key> keys = new ArrayDeque<>();
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i).stripTrailing();
            int no = i + 1;
            int indent = 0;
            while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
                if (line.charAt(indent) == '\t') throw t.error(no, "a tab in the indentation (YAML allows only spaces)", "indent with spaces");
                indent++;
            }
            String s = stripComment(line.substring(indent)).strip();
            if (s.isEmpty() || s.equals("---") || s.equals("...")) continue;
            if (s.equals("-") || s.startsWith("- ")) {
                while (!keys.isEmpty() && keys.peek().indent() > indent) keys.pop();
                if (keys.isEmpty()) throw t.error(no, "a '- pattern' item before any 'key:' line", hint);
                String v = s.substring(1).strip();
                if (v.isEmpty()) throw t.error(no, "expected a pattern after '-'; found nothing", hint);
                String pattern = scalar(t, no, v);
                String cat = path(keys);
                t.guard(no, hint, () -> b.add(pattern, cat));
                continue;
            }
            int colon = keyColon(s);
            if (colon <= 0) throw t.error(no, "expected 'key:' or '- pattern'; found '" + ValenceReaders.clip(s) + "'", hint);
            String key = scalar(t, no, s.substring(0, colon).strip());
            if (key.isBlank()) throw t.error(no, "expected a key name before ':'", hint);
            while (!keys.isEmpty() && keys.peek().indent() >= indent) keys.pop();
            keys.push(new Key(indent, key));
            String rest = s.substring(colon + 1).strip();
            if (rest.isEmpty()) continue;
            String cat = path(keys);
            List<String> values;
            if (rest.startsWith("[")) {
                if (!rest.endsWith("]")) throw t.error(no, "a '[' list is not closed by ']' on this line", hint);
                values = new ArrayList<>();
                for (String v : TableReaders.split(t, no, rest.substring(1, rest.length() - 1), ',')) {
                    if (!v.isBlank()) values.add(scalar(t, no, v.strip()));
                }
            } else {
                values = List.of(scalar(t, no, rest));
            }
            t.guard(no, hint, () -> {
                for (String v : values) b.add(v, cat);
            });
        }
        return ListReaders.finish(t, b);
    }

    /**
     * Lexicoder's {@code .lc3}: a {@code +category} line starts a category, every following non-blank line
     * is one of its patterns (quanteda's {@code read_dict_lexicoder}).
     */
    static CategoryLexicon lexicoder(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        String hint = "a Lexicoder .lc3 dictionary has '+category' lines, each followed by one pattern per line";
        String cat = null;
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i).strip();
            if (line.isEmpty()) continue;
            int no = i + 1;
            if (line.startsWith("+")) {
                cat = line.substring(1).strip();
                if (cat.isEmpty()) throw t.error(no, "expected a category name after '+'", hint);
                b.category(cat);
                continue;
            }
            if (cat == null) throw t.error(no, "a pattern before the first '+category' line: '" + ValenceReaders.clip(line) + "'", hint);
            String c = cat;
            t.guard(no, hint, () -> b.add(line, c));
        }
        return ListReaders.finish(t, b);
    }

    private static final Pattern CAT_ENTRY = Pattern.compile("^(\\t*)\\s*(.*?\\S)\\s*\\((\\d+)\\)\\s*$");

    /**
     * WordStat's {@code .cat} (also distributed for LSD2015): a category line, then its patterns indented
     * by one more tab and ending in a parenthesised number ({@code ABANDON* (1)}); the number is ignored,
     * as quanteda does. Deeper tabs nest categories. WordStat writes upper case, so category names are
     * lower-cased ({@code NEGATIVE} → {@code negative}).
     */
    static CategoryLexicon wordstat(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        String hint = "a WordStat .cat dictionary has category lines and, indented one tab deeper, 'PATTERN (1)' lines";
        Deque<Key> cats = new ArrayDeque<>();
        for (int i = 0; i < t.lines().size(); i++) {
            String line = t.lines().get(i).stripTrailing();
            if (line.isBlank()) continue;
            int no = i + 1;
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '\t') depth++;
            Matcher m = CAT_ENTRY.matcher(line);
            if (m.matches()) {
                while (!cats.isEmpty() && cats.peek().indent() >= depth) cats.pop();
                if (cats.isEmpty()) throw t.error(no, "a pattern with no category line above it at a smaller indentation: '" + ValenceReaders.clip(line.strip()) + "'", hint);
                String cat = path(cats);
                String pattern = m.group(2);
                t.guard(no, hint, () -> b.add(pattern, cat));
            } else {
                String cat = line.strip().toLowerCase(Locale.ROOT);
                if (cat.contains("(") || cat.contains(")")) {
                    throw t.error(no, "expected a category name or 'PATTERN (number)'; found '" + ValenceReaders.clip(line.strip()) + "'", hint);
                }
                while (!cats.isEmpty() && cats.peek().indent() >= depth) cats.pop();
                cats.push(new Key(depth, cat));
            }
        }
        return ListReaders.finish(t, b);
    }

    private static String path(Deque<Key> keys) {
        List<String> names = new ArrayList<>();
        keys.descendingIterator().forEachRemaining(k -> names.add(k.name()));
        return names.stream().collect(Collectors.joining("."));
    }

    /** The index of the ':' that ends a mapping key (followed by a space or the end), outside quotes; -1 if none. */
    private static int keyColon(String s) {
        char q = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q != 0) {
                if (c == q) q = 0;
            } else if (c == '"' || c == '\'') {
                if (i == 0) q = c;
            } else if (c == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} without a {@code #} comment (a {@code #} at the start or after a space, outside quotes). */
    private static String stripComment(String s) {
        char q = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (q != 0) {
                if (c == q) q = 0;
            } else if (c == '"' || c == '\'') {
                if (i == 0 || " [,-:".indexOf(s.charAt(i - 1)) >= 0) q = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** A YAML scalar: plain, {@code 'single'} ({@code ''} is a quote) or {@code "double"} (backslash escapes). */
    private static String scalar(LexiconText t, int no, String v) {
        if (v.length() >= 1 && (v.charAt(0) == '\'' || v.charAt(0) == '"')) {
            char q = v.charAt(0);
            StringBuilder sb = new StringBuilder();
            int i = 1;
            for (; i < v.length(); i++) {
                char c = v.charAt(i);
                if (q == '\'' && c == '\'') {
                    if (i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                        sb.append('\'');
                        i++;
                        continue;
                    }
                    break;
                }
                if (q == '"' && c == '\\' && i + 1 < v.length()) {
                    char e = v.charAt(++i);
                    sb.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> e;
                    });
                    continue;
                }
                if (q == '"' && c == '"') break;
                sb.append(c);
            }
            if (i >= v.length()) throw t.error(no, "a quoted value is not closed: " + ValenceReaders.clip(v), "close the quote on the same line");
            if (!v.substring(i + 1).isBlank()) throw t.error(no, "unexpected text after the closing quote: " + ValenceReaders.clip(v), "put one value per item");
            return sb.toString();
        }
        return v;
    }
}
