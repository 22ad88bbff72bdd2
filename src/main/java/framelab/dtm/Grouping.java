package framelab.dtm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a matrix grouped by one metadata field (quanteda's {@code dfm_group}): the sorted
 * distinct values, each row's group index, and per-group term totals computed once.
 */
public final class Grouping {
    private final String field;
    private final List<String> groups;
    private final int[] rowGroup;
    private final int[][] rowsOfGroup;
    private final DocumentTermMatrix dtm;

    private Grouping(DocumentTermMatrix dtm, String field, List<String> groups, int[] rowGroup) {
        this.dtm = dtm;
        this.field = field;
        this.groups = List.copyOf(groups);
        this.rowGroup = rowGroup;
        int[] sizes = new int[groups.size()];
        for (int g : rowGroup) sizes[g]++;
        this.rowsOfGroup = new int[groups.size()][];
        for (int g = 0; g < sizes.length; g++) rowsOfGroup[g] = new int[sizes[g]];
        int[] fill = new int[groups.size()];
        for (int r = 0; r < rowGroup.length; r++) rowsOfGroup[rowGroup[r]][fill[rowGroup[r]]++] = r;
    }

    /** Groups rows by a metadata field; fails listing the fields that exist when it is unknown. */
    public static Grouping by(DocumentTermMatrix dtm, String field) {
        if (dtm.rowCount() > 0 && !dtm.row(0).meta().has(field)) {
            throw new IllegalArgumentException("cannot group by '" + field + "': documents have the fields "
                    + dtm.row(0).meta().fields().keySet() + " (use --group-by with one of them)");
        }
        // one hash lookup per row numbers the values as first seen; sorting the few distinct values renumbers them
        Map<String, Integer> seen = new HashMap<>();
        List<String> firstSeen = new ArrayList<>();
        int[] rowGroup = new int[dtm.rowCount()];
        for (int r = 0; r < rowGroup.length; r++) {
            String v = dtm.row(r).meta().get(field);
            Integer i = seen.get(v);
            if (i == null) {
                i = firstSeen.size();
                seen.put(v, i);
                firstSeen.add(v);
            }
            rowGroup[r] = i;
        }
        List<String> groups = new ArrayList<>(firstSeen);
        Collections.sort(groups);
        int[] renumber = new int[groups.size()];
        for (int i = 0; i < groups.size(); i++) renumber[seen.get(groups.get(i))] = i;
        for (int r = 0; r < rowGroup.length; r++) rowGroup[r] = renumber[rowGroup[r]];
        return new Grouping(dtm, field, groups, rowGroup);
    }

    public String field() { return field; }
    public List<String> groups() { return groups; }
    public DocumentTermMatrix dtm() { return dtm; }
    public int groupOfRow(int r) { return rowGroup[r]; }

    /** Index of a group value; fails listing the groups that exist. */
    public int indexOf(String group) {
        int i = groups.indexOf(group);
        if (i < 0) {
            throw new IllegalArgumentException("no group '" + group + "' in field '" + field + "'; the groups are: " + groups);
        }
        return i;
    }

    /** The rows of one group, in matrix order. */
    public int[] rowsOf(int group) {
        return rowsOfGroup[group].clone();
    }

    /** Term totals of one group (dense over the vocabulary), touching only that group's rows. */
    public long[] termTotals(int group) {
        long[] t = new long[dtm.vocabulary().size()];
        for (int r : rowsOfGroup[group]) {
            for (int k = 0, n = dtm.rowNonZeros(r); k < n; k++) t[dtm.rowTerm(r, k)] += dtm.rowCount(r, k);
        }
        return t;
    }
}
