package framelab.stats;

import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Term frequencies per group: count, count per million analysed terms of the group, document
 * frequency (number of the group's documents containing the term — documents, not units) and
 * rank (1 = most frequent; ties ordered by term, so ranks are unique and deterministic).
 */
public final class Frequencies {
    private Frequencies() {
    }

    /**
     * @param top keep the {@code top} most frequent terms per group; 0 keeps all
     */
    public static List<FrequencyRow> byGroup(Grouping g, int top) {
        if (top < 0) throw new IllegalArgumentException("top must be >= 0 (0 = all), got " + top);
        DocumentTermMatrix dtm = g.dtm();
        int groups = g.groups().size();
        List<FrequencyRow> out = new ArrayList<>();
        for (int gi = 0; gi < groups; gi++) {
            final int group = gi;
            long[] counts = new long[dtm.vocabulary().size()];
            int[] docFreq = new int[counts.length];
            // document frequency: a term counts once per document even when the document has many units
            int[] seenInDoc = new int[counts.length]; // 1-based index of the last document that counted the term
            String lastDoc = null;
            int docIndex = 0;
            long total = 0;
            for (int r : g.rowsOf(group)) {
                String doc = dtm.row(r).docId();
                if (!doc.equals(lastDoc)) {
                    docIndex++;
                    lastDoc = doc;
                }
                for (int k = 0, n = dtm.rowNonZeros(r); k < n; k++) {
                    int t = dtm.rowTerm(r, k);
                    counts[t] += dtm.rowCount(r, k);
                    total += dtm.rowCount(r, k);
                    if (seenInDoc[t] != docIndex) {
                        seenInDoc[t] = docIndex;
                        docFreq[t]++;
                    }
                }
            }
            Integer[] order = nonZero(counts);
            Arrays.sort(order, (x, y) -> counts[x] != counts[y] ? Long.compare(counts[y], counts[x])
                    : dtm.vocabulary().term(x).compareTo(dtm.vocabulary().term(y)));
            int limit = top == 0 ? order.length : Math.min(top, order.length);
            for (int i = 0; i < limit; i++) {
                int t = order[i];
                out.add(new FrequencyRow(g.field(), g.groups().get(group), dtm.vocabulary().term(t), counts[t],
                        total == 0 ? 0.0 : counts[t] * 1e6 / total, docFreq[t], i + 1));
            }
        }
        return out;
    }

    private static Integer[] nonZero(long[] counts) {
        int n = 0;
        for (long c : counts) if (c > 0) n++;
        Integer[] ids = new Integer[n];
        int k = 0;
        for (int t = 0; t < counts.length; t++) if (counts[t] > 0) ids[k++] = t;
        return ids;
    }
}
