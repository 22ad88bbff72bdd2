package framelab.topics;

import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The units a topic model sees: the rows of an analysis' document-term matrix that have at least one
 * term (a unit left empty by stopword removal says nothing about topics), each with its group. The
 * tokens are the analyzer's terms — framelab never tokenizes a second time for topics. Immutable.
 */
public final class TopicInput {
    private final DocumentTermMatrix dtm;
    private final int[] rows;
    private final int[] group;
    private final List<String> groups;
    private final String groupBy;
    private final int emptyUnits;

    private TopicInput(DocumentTermMatrix dtm, int[] rows, int[] group, List<String> groups, String groupBy, int emptyUnits) {
        this.dtm = dtm;
        this.rows = rows;
        this.group = group;
        this.groups = List.copyOf(groups);
        this.groupBy = groupBy;
        this.emptyUnits = emptyUnits;
    }

    /** The non-empty units of a matrix, grouped by a metadata field (fails listing the fields when it is unknown). */
    public static TopicInput of(DocumentTermMatrix dtm, String groupBy) {
        Grouping g = Grouping.by(dtm, groupBy);
        int[] keep = new int[dtm.rowCount()];
        int n = 0;
        for (int r = 0; r < dtm.rowCount(); r++) if (dtm.rowNonZeros(r) > 0) keep[n++] = r;
        int[] rows = Arrays.copyOf(keep, n);
        int[] grp = new int[n];
        for (int u = 0; u < n; u++) grp[u] = g.groupOfRow(rows[u]);
        return new TopicInput(dtm, rows, grp, g.groups(), groupBy, dtm.rowCount() - n);
    }

    /** The units the predicate keeps (by unit index); the empty-unit count carries over. */
    TopicInput filter(IntPredicate keepUnit) {
        int[] r = new int[rows.length];
        int[] g = new int[rows.length];
        int n = 0;
        for (int u = 0; u < rows.length; u++) {
            if (!keepUnit.test(u)) continue;
            r[n] = rows[u];
            g[n++] = group[u];
        }
        return new TopicInput(dtm, Arrays.copyOf(r, n), Arrays.copyOf(g, n), groups, groupBy, emptyUnits);
    }

    /** The same units grouped by another metadata field. */
    public TopicInput regroup(String field) {
        Grouping g = Grouping.by(dtm, field);
        int[] grp = new int[rows.length];
        for (int u = 0; u < rows.length; u++) grp[u] = g.groupOfRow(rows[u]);
        return new TopicInput(dtm, rows, grp, g.groups(), field, emptyUnits);
    }

    public int size() { return rows.length; }
    public DocumentTermMatrix dtm() { return dtm; }
    public String groupBy() { return groupBy; }
    public List<String> groups() { return groups; }
    public int groupOf(int unit) { return group[unit]; }
    public String groupName(int unit) { return groups.get(group[unit]); }
    public DocumentTermMatrix.RowInfo unit(int unit) { return dtm.row(rows[unit]); }
    /** Units of the matrix left out because no term was left in them. */
    public int emptyUnits() { return emptyUnits; }
    public int vocabularySize() { return dtm.vocabulary().size(); }
    public String term(int id) { return dtm.vocabulary().term(id); }

    /** Distinct terms of a unit. */
    public int distinctTerms(int unit) { return dtm.rowNonZeros(rows[unit]); }
    /** The k-th distinct term id of a unit (ascending). */
    public int termAt(int unit, int k) { return dtm.rowTerm(rows[unit], k); }
    /** The count of the k-th distinct term of a unit. */
    public int countAt(int unit, int k) { return dtm.rowCount(rows[unit], k); }

    /** Tokens (terms with repeats) of a unit. */
    public int length(int unit) {
        return (int) dtm.rowTotal(rows[unit]);
    }

    public long tokens() {
        long t = 0;
        for (int u = 0; u < rows.length; u++) t += length(u);
        return t;
    }

    /**
     * The unit as a token sequence: each distinct term repeated by its count, terms in vocabulary
     * order. LDA is a bag-of-words model, so the order only decides which random number a token gets.
     */
    public int[] tokens(int unit) {
        int[] out = new int[length(unit)];
        int p = 0;
        for (int k = 0, n = distinctTerms(unit); k < n; k++) {
            int t = termAt(unit, k);
            for (int c = countAt(unit, k); c > 0; c--) out[p++] = t;
        }
        return out;
    }

    /** Units per group (index as in {@link #groups()}). */
    public int[] groupSizes() {
        int[] s = new int[groups.size()];
        for (int g : group) s[g]++;
        return s;
    }

    /**
     * Writes the units as MALLET's one-instance-per-line text: {@code unit_id TAB group TAB tokens}
     * with the tokens separated by single spaces, in the order the LDA adapter feeds them. Import it
     * with {@code Csv2Vectors --keep-sequence --preserve-case --token-regex '\S+'} (no stoplist) and
     * MALLET trains on exactly the tokens framelab does. Tabs and spaces inside names become {@code _}.
     */
    public void writeMalletText(Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder b = new StringBuilder(4096);
            for (int u = 0; u < rows.length; u++) {
                b.setLength(0);
                b.append(oneField(unit(u).unitId())).append('\t').append(oneField(groupName(u))).append('\t');
                int[] toks = tokens(u);
                for (int i = 0; i < toks.length; i++) {
                    if (i > 0) b.append(' ');
                    b.append(term(toks[i]));
                }
                b.append('\n');
                w.write(b.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String oneField(String s) {
        String t = s.replaceAll("[\\s,]+", "_");
        return t.isEmpty() ? "_" : t;
    }
}
