package framelab.sentiment.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LIWC's {@code .dic} format (Pennebaker et al. 2001, 2007, 2015), the layout also used by the Moral
 * Foundations dictionary and many research dictionaries:
 * <pre>
 * %
 * 1	posemo
 * 2	negemo
 * %
 * abandon*	2
 * kind of	1 2
 * </pre>
 * Tolerated variants (as quanteda's {@code read_dict_liwc} and the liwc Python package tolerate them):
 * spaces instead of tabs; legend lines indented by tabs (LIWC2015's hierarchy, flattened) or followed by a
 * description; category numbers with leading zeros; categories given by name instead of number
 * ({@code abandon*	negemo sad}); multiword patterns (the pattern is everything before the first tab, or
 * without a tab everything before the trailing category references). LIWC2007's conditional codes
 * ({@code like	02 134)125/464 (02 134)126}, {@code <of>}) depend on the neighbouring word, which
 * framelab does not model: such lines are skipped and listed in {@link Lexicon#notes()}.
 */
final class LiwcReader {
    private LiwcReader() {
    }

    private static final String HINT = "a LIWC .dic file starts with a '%' line, lists 'number<TAB>category' lines, "
            + "closes the legend with another '%' line, then has 'pattern<TAB>category numbers' lines";

    static CategoryLexicon read(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        List<String> lines = t.lines();
        int i = skipBlank(lines, 0);
        if (i >= lines.size()) throw t.error(Math.max(1, lines.size()), "the file has no '%' line opening the category legend", HINT);
        if (!lines.get(i).strip().equals("%")) {
            throw t.error(i + 1, "expected '%' opening the category legend; found '" + ValenceReaders.clip(lines.get(i)) + "'", HINT);
        }
        int open = i + 1;
        Map<Integer, String> byId = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            if (line.equals("%")) break;
            String[] f = line.split("\\s+");
            if (!f[0].matches("\\d{1,9}") || f.length < 2) {
                throw t.error(i + 1, "expected 'number<TAB>category name' in the category legend; found '" + ValenceReaders.clip(line) + "'", HINT);
            }
            int id = Integer.parseInt(f[0]);
            if (byId.containsKey(id)) throw t.error(i + 1, "category number " + id + " is defined twice in the legend", HINT);
            byId.put(id, f[1]);
            byName.putIfAbsent(f[1].toLowerCase(Locale.ROOT), f[1]);
            b.category(f[1]);
        }
        if (i >= lines.size()) throw t.error(open, "the category legend opened here is not closed by a '%' line", HINT);
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            entry(t, b, i + 1, line, byId, byName);
        }
        return ListReaders.finish(t, b);
    }

    private static void entry(LexiconText t, CategoryLexicon.Builder b, int no, String line,
                              Map<Integer, String> byId, Map<String, String> byName) {
        String pattern;
        List<String> refs;
        int tab = line.indexOf('\t', firstNonSpace(line));
        if (tab >= 0) {
            pattern = line.substring(0, tab).strip();
            String rest = line.substring(tab + 1).strip();
            refs = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        } else {
            String[] f = line.strip().split("\\s+");
            int k = f.length;
            while (k > 1 && isRef(f[k - 1], byName)) k--;
            pattern = String.join(" ", Arrays.copyOfRange(f, 0, k));
            refs = Arrays.asList(f).subList(k, f.length);
        }
        for (String r : refs) {
            if (r.indexOf('(') >= 0 || r.indexOf(')') >= 0 || r.indexOf('<') >= 0 || r.indexOf('/') >= 0) {
                b.note(t.at(no) + ": skipped '" + pattern + "': LIWC conditional codes (" + ValenceReaders.clip(String.join(" ", refs))
                        + ") depend on the neighbouring word and are not supported");
                return;
            }
        }
        if (pattern.isEmpty() || refs.isEmpty()) {
            throw t.error(no, "expected 'pattern<TAB>category numbers'; found '" + ValenceReaders.clip(line.strip()) + "'", HINT);
        }
        List<String> cats = new ArrayList<>(refs.size());
        for (String r : refs) {
            String cat;
            if (r.matches("\\d{1,9}")) {
                cat = byId.get(Integer.parseInt(r));
                if (cat == null) {
                    throw t.error(no, "category number " + r + " of '" + pattern + "' is not defined in the legend",
                            "add it to the legend between the '%' lines, or correct the number");
                }
            } else {
                cat = byName.get(r.toLowerCase(Locale.ROOT));
                if (cat == null) {
                    throw t.error(no, "'" + ValenceReaders.clip(r) + "' (for '" + pattern + "') is neither a category number nor a category name of the legend",
                            "use the numbers or names defined between the '%' lines");
                }
            }
            cats.add(cat);
        }
        t.guard(no, HINT, () -> {
            for (String c : cats) b.add(pattern, c);
        });
    }

    private static boolean isRef(String token, Map<String, String> byName) {
        return token.matches("\\d{1,9}") || byName.containsKey(token.toLowerCase(Locale.ROOT))
                || token.indexOf('(') >= 0 || token.indexOf(')') >= 0 || token.indexOf('<') >= 0 || token.indexOf('/') >= 0;
    }

    private static int firstNonSpace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static int skipBlank(List<String> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        return i;
    }
}
