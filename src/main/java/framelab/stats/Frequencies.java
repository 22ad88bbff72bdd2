package framelab.stats;

import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import framelab.dtm.Vocabulary;
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
        Vocabulary vocab = dtm.vocabulary();
        assert idsInTermOrder(vocab) : "the vocabulary's ids must follow term order (ties are ranked by id)";
        GroupCounts counts = new GroupCounts(vocab.size());
        List<FrequencyRow> out = new ArrayList<>();
        for (int group = 0; group < g.groups().size(); group++) {
            counts.count(dtm, g.rowsOf(group));
            int n = counts.touchedCount;
            int limit = top == 0 ? n : Math.min(top, n);
            int[] order = order(counts.touched, n, counts.count, limit, counts.keys);
            if (order == null) order = orderBoxed(counts.touched, n, counts.count, vocab, limit);
            String group0 = g.groups().get(group);
            long total = counts.total;
            for (int i = 0; i < order.length; i++) {
                int t = order[i];
                long c = counts.count[t];
                out.add(new FrequencyRow(g.field(), group0, vocab.term(t), c, total == 0 ? 0.0 : c * 1e6 / total, counts.docFreq[t], i + 1));
            }
            counts.clear();
        }
        return out;
    }

    /**
     * One group's counts, total and document frequencies in dense per-term arrays that are reused from group
     * to group: only the terms a group touches are visited and reset. Kept apart from the ranking so the JIT
     * compiles this hot loop as a small method of its own.
     */
    private static final class GroupCounts {
        final long[] count;
        final int[] docFreq;
        /** Stamp of the last document that counted the term (for units of documents). */
        final int[] lastDoc;
        final int[] touched;
        /** Scratch for the ranking's sort keys, one per touched term (allocated once, not once per group). */
        final long[] keys;
        int touchedCount;
        long total;
        private int docStamp;

        GroupCounts(int vocabularySize) {
            count = new long[vocabularySize];
            docFreq = new int[vocabularySize];
            lastDoc = new int[vocabularySize];
            touched = new int[vocabularySize + 1]; // + 1: the branch-free append writes one slot ahead
            keys = new long[vocabularySize];
        }

        void count(DocumentTermMatrix dtm, int[] rows) {
            if (rowsAreDocuments(dtm, rows)) countDocuments(dtm, rows);
            else countUnits(dtm, rows);
        }

        /** True when no two rows belong to one document (always when the unit is the document). */
        private static boolean rowsAreDocuments(DocumentTermMatrix dtm, int[] rows) {
            for (int i = 1; i < rows.length; i++) {
                if (dtm.row(rows[i]).docId().equals(dtm.row(rows[i - 1]).docId())) return false; // a document's units are consecutive rows
            }
            return true;
        }

        /** Each row a whole document: a term's document frequency is the number of rows it occurs in (a row has one cell per term). */
        private void countDocuments(DocumentTermMatrix dtm, int[] rows) {
            long[] cnt = count;
            int[] df = docFreq;
            int[] tch = touched;
            int n = touchedCount;
            long sum = total;
            for (int r : rows) {
                for (int k = 0, nz = dtm.rowNonZeros(r); k < nz; k++) {
                    int t = dtm.rowTerm(r, k);
                    int c = dtm.rowCount(r, k);
                    if (c == 0) continue; // (a matrix stores no zeros; a zero would add nothing)
                    long before = cnt[t];
                    tch[n] = t; // kept when the term is new to the group: branch-free, as which terms are new is unpredictable
                    n += before == 0 ? 1 : 0;
                    cnt[t] = before + c;
                    sum += c;
                    df[t]++;
                }
            }
            touchedCount = n;
            total = sum;
        }

        /** Rows that are units of documents (paragraphs, sentences): a term counts once per document, across its units. */
        private void countUnits(DocumentTermMatrix dtm, int[] rows) {
            long[] cnt = count;
            int[] df = docFreq;
            int[] last = lastDoc;
            int[] tch = touched;
            int n = touchedCount;
            long sum = total;
            int stamp = docStamp;
            String lastDocId = null;
            for (int r : rows) {
                String doc = dtm.row(r).docId();
                if (!doc.equals(lastDocId)) {
                    stamp++;
                    lastDocId = doc;
                }
                for (int k = 0, nz = dtm.rowNonZeros(r); k < nz; k++) {
                    int t = dtm.rowTerm(r, k);
                    int c = dtm.rowCount(r, k);
                    if (c == 0) continue;
                    long before = cnt[t];
                    tch[n] = t;
                    n += before == 0 ? 1 : 0;
                    cnt[t] = before + c;
                    sum += c;
                    if (last[t] != stamp) {
                        last[t] = stamp;
                        df[t]++;
                    }
                }
            }
            touchedCount = n;
            total = sum;
            docStamp = stamp;
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                count[touched[i]] = 0;
                docFreq[touched[i]] = 0;
            }
            touchedCount = 0;
            total = 0;
        }
    }

    /**
     * The first {@code limit} touched terms by count descending, ties by term (= by id, the vocabulary
     * being sorted). Count and id pack into one {@code long} key, so no boxing or comparator is needed;
     * null when a count does not fit in 31 bits.
     */
    private static int[] order(int[] touched, int n, long[] counts, int limit, long[] keys) {
        for (int i = 0; i < n; i++) {
            long c = counts[touched[i]];
            if (c > Integer.MAX_VALUE) return null;
            keys[i] = ((Integer.MAX_VALUE - c) << 32) | touched[i];
        }
        long[] best = limit < n / 4 ? smallest(keys, n, limit) : keys;
        Arrays.sort(best, 0, best == keys ? n : limit);
        int[] out = new int[limit];
        for (int i = 0; i < limit; i++) out[i] = (int) best[i];
        return out;
    }

    /** The {@code k} smallest of {@code keys[0..n)} (unordered), by a bounded max-heap. */
    private static long[] smallest(long[] keys, int n, int k) {
        long[] heap = new long[k];
        int size = 0;
        for (int j = 0; j < n; j++) {
            long key = keys[j];
            if (size < k) {
                int i = size++;
                heap[i] = key;
                while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
                    long tmp = heap[i];
                    heap[i] = heap[(i - 1) / 2];
                    heap[(i - 1) / 2] = tmp;
                    i = (i - 1) / 2;
                }
            } else if (key < heap[0]) {
                heap[0] = key;
                int i = 0;
                while (true) {
                    int l = 2 * i + 1;
                    int r = l + 1;
                    int m = i;
                    if (l < k && heap[l] > heap[m]) m = l;
                    if (r < k && heap[r] > heap[m]) m = r;
                    if (m == i) break;
                    long tmp = heap[i];
                    heap[i] = heap[m];
                    heap[m] = tmp;
                    i = m;
                }
            }
        }
        return heap;
    }

    /** True when term ids follow term order, as {@link Vocabulary} promises (checked with assertions on: in tests). */
    static boolean idsInTermOrder(Vocabulary vocab) {
        for (int i = 1; i < vocab.size(); i++) {
            if (vocab.term(i - 1).compareTo(vocab.term(i)) >= 0) return false;
        }
        return true;
    }

    private static int[] orderBoxed(int[] touched, int n, long[] counts, Vocabulary vocab, int limit) {
        Integer[] ids = new Integer[n];
        for (int i = 0; i < n; i++) ids[i] = touched[i];
        Arrays.sort(ids, (x, y) -> counts[x] != counts[y] ? Long.compare(counts[y], counts[x]) : vocab.term(x).compareTo(vocab.term(y)));
        int[] out = new int[limit];
        for (int i = 0; i < limit; i++) out[i] = ids[i];
        return out;
    }
}
