package framelab.sentiment.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Readers of delimited tables: the long {@code pattern,category[,weight]} table and the wide membership
 * table (General Inquirer spreadsheet, LIWC-22 exports). The delimiter is taken from the header row: a
 * tab if it has one, else a semicolon if it has one and no comma, else a comma. Fields may be quoted as in
 * RFC 4180 ({@code "a, b"}, {@code ""} for a quote) within one line.
 */
final class TableReaders {
    private TableReaders() {
    }

    private static final Set<String> PATTERN_HEADERS = Set.of("pattern", "word", "term", "entry", "value");
    private static final Set<String> CATEGORY_HEADERS = Set.of("category", "key", "class", "actor");
    /** General Inquirer columns that are not categories. */
    private static final Set<String> METADATA_COLUMNS = Set.of("source", "othtags", "defined");

    /**
     * {@code pattern,category[,weight]} with a header row naming the columns (pattern/word/term,
     * category/key/actor, weight). A pattern in several categories takes several rows. Weight defaults
     * to 1. Lines starting with {@code #} before the header or between rows are comments (provenance).
     */
    static CategoryLexicon categoryTable(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        String hint = "a category table has a header row 'pattern,category' or 'pattern,category,weight' and one entry per row; "
                + "for a wide table (one column per category, as the General Inquirer) use MEMBERSHIP_TABLE";
        int h = firstNonBlank(t.lines());
        if (h < 0) throw t.error(1, "the file is empty; expected a header row 'pattern,category[,weight]'", hint);
        char sep = delimiter(t.lines().get(h));
        List<String> header = split(t, h + 1, t.lines().get(h), sep);
        boolean ok = (header.size() == 2 || header.size() == 3)
                && PATTERN_HEADERS.contains(lower(header.get(0))) && CATEGORY_HEADERS.contains(lower(header.get(1)))
                && (header.size() == 2 || lower(header.get(2)).equals("weight"));
        if (!ok) throw t.error(h + 1, "expected the header row 'pattern,category[,weight]'; found '" + ValenceReaders.clip(t.lines().get(h)) + "'", hint);
        int width = header.size();
        for (int i = h + 1; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            int no = i + 1;
            List<String> f = split(t, no, line, sep);
            if (f.size() == 2 && width == 3) f.add("");
            if (f.size() != width) {
                throw t.error(no, "expected " + width + " fields (" + String.join(", ", header) + "); found " + f.size(), hint);
            }
            String pattern = f.get(0).strip();
            String cat = f.get(1).strip();
            if (pattern.isEmpty() || cat.isEmpty()) throw t.error(no, "expected a pattern and a category; found an empty field", hint);
            String w = width == 3 ? f.get(2).strip() : "";
            if (!w.isEmpty() && !ValenceReaders.NUMBER.matcher(w).matches()) {
                throw t.error(no, "expected a numeric weight; found '" + ValenceReaders.clip(w) + "'", hint);
            }
            double weight = w.isEmpty() ? 1.0 : Double.parseDouble(w);
            t.guard(no, hint, () -> b.add(pattern, cat, weight));
        }
        return ListReaders.finish(t, b);
    }

    /**
     * A wide table: the first column holds the terms, every other column is a category (except the
     * General Inquirer's Source, Othtags and Defined columns). A cell marks membership unless it is empty,
     * {@code 0} or {@code false}; a numeric cell is the weight, any other mark ({@code X}, the category's
     * own name as in the General Inquirer) weight 1. A General Inquirer sense suffix ({@code ABOUT#1}) is
     * removed, as quanteda.sentiment does when it builds its GI dictionary; the senses then merge.
     */
    static CategoryLexicon membershipTable(LexiconText t, String name) {
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, t.location(), true);
        String hint = "a membership table has a header row 'term,category1,category2,...' and one row per term, "
                + "a non-empty cell (X, 1, a weight, or the category name) meaning membership";
        int h = firstNonBlank(t.lines());
        if (h < 0) throw t.error(1, "the file is empty; expected a header row 'term,category1,category2,...'", hint);
        char sep = delimiter(t.lines().get(h));
        List<String> header = split(t, h + 1, t.lines().get(h), sep);
        if (header.size() < 2) throw t.error(h + 1, "expected a header row with a term column and at least one category column", hint);
        boolean[] isCategory = new boolean[header.size()];
        for (int c = 1; c < header.size(); c++) {
            String col = header.get(c).strip();
            if (col.isEmpty()) throw t.error(h + 1, "column " + (c + 1) + " of the header has no category name", hint);
            isCategory[c] = !METADATA_COLUMNS.contains(lower(col));
            if (isCategory[c]) b.category(col);
        }
        for (int i = h + 1; i < t.lines().size(); i++) {
            String line = t.lines().get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            int no = i + 1;
            List<String> f = split(t, no, line, sep);
            if (f.size() > header.size()) throw t.error(no, "expected at most " + header.size() + " fields (as in the header); found " + f.size(), hint);
            String term = f.get(0).strip().replaceFirst("(?<=.)#\\w+$", "");
            if (term.isEmpty()) throw t.error(no, "expected a term in the first column; found an empty field", hint);
            for (int c = 1; c < f.size(); c++) {
                String cell = f.get(c).strip();
                if (!isCategory[c] || cell.isEmpty() || cell.equals("0") || cell.equalsIgnoreCase("false")) continue;
                double weight = ValenceReaders.NUMBER.matcher(cell).matches() ? Double.parseDouble(cell) : 1.0;
                String cat = header.get(c).strip();
                t.guard(no, hint, () -> b.add(term, cat, weight));
            }
        }
        return ListReaders.finish(t, b);
    }

    private static char delimiter(String header) {
        if (header.indexOf('\t') >= 0) return '\t';
        if (header.indexOf(';') >= 0 && header.indexOf(',') < 0) return ';';
        return ',';
    }

    /** The fields of one line, with RFC 4180 quotes removed. */
    static List<String> split(LexiconText t, int no, String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cur.setLength(0);
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw t.error(no, "a quoted field is not closed on this line", "close the quote with '\"' (write a quote inside a field as '\"\"')");
        out.add(cur.toString());
        return out;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) return i;
        return -1;
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
