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
        int groups = g.groups().size();
        int v = vocab.size();
        boolean sorted = idsInTermOrder(vocab);
        // dense per-term arrays reused across groups; only the terms a group touches are visited and reset
        long[] counts = new long[v];
        int[] docFreq = new int[v];
        // document frequency: a term counts once per document even when the document has many units
        int[] seenInDoc = new int[v]; // stamp of the last document that counted the term
        int[] touched = new int[v];
        int docStamp = 0;
        List<FrequencyRow> out = new ArrayList<>();
        for (int group = 0; group < groups; group++) {
            int n = 0;
            long total = 0;
            String lastDoc = null;
            for (int r : g.rowsOf(group)) {
                String doc = dtm.row(r).docId();
                if (!doc.equals(lastDoc)) {
                    docStamp++;
                    lastDoc = doc;
                }
                for (int k = 0, nz = dtm.rowNonZeros(r); k < nz; k++) {
                    int t = dtm.rowTerm(r, k);
                    int c = dtm.rowCount(r, k);
                    if (c == 0) continue; // (a matrix stores no zeros; a zero would add nothing)
                    if (counts[t] == 0) touched[n++] = t;
                    counts[t] += c;
                    total += c;
                    if (seenInDoc[t] != docStamp) {
                        seenInDoc[t] = docStamp;
                        docFreq[t]++;
                    }
                }
            }
            int limit = top == 0 ? n : Math.min(top, n);
            int[] order = sorted ? order(touched, n, counts, limit) : null;
            if (order == null) order = orderBoxed(touched, n, counts, vocab, limit);
            String group0 = g.groups().get(group);
            for (int i = 0; i < order.length; i++) {
                int t = order[i];
                out.add(new FrequencyRow(g.field(), group0, vocab.term(t), counts[t],
                        total == 0 ? 0.0 : counts[t] * 1e6 / total, docFreq[t], i + 1));
            }
            for (int i = 0; i < n; i++) {
                counts[touched[i]] = 0;
                docFreq[touched[i]] = 0;
            }
        }
        return out;
    }

    /**
     * The first {@code limit} touched terms by count descending, ties by term (= by id, the vocabulary
     * being sorted). Count and id pack into one {@code long} key, so no boxing or comparator is needed;
     * null when a count does not fit in 31 bits.
     */
    private static int[] order(int[] touched, int n, long[] counts, int limit) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long c = counts[touched[i]];
            if (c > Integer.MAX_VALUE) return null;
            keys[i] = ((Integer.MAX_VALUE - c) << 32) | touched[i];
        }
        long[] best = limit < n / 4 ? smallest(keys, limit) : keys;
        Arrays.sort(best);
        int[] out = new int[limit];
        for (int i = 0; i < limit; i++) out[i] = (int) best[i];
        return out;
    }

    /** The {@code k} smallest keys (unordered), by a bounded max-heap. */
    private static long[] smallest(long[] keys, int k) {
        long[] heap = new long[k];
        int size = 0;
        for (long key : keys) {
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

    /** True when term ids follow term order (a matrix's vocabulary is sorted, so always in practice). */
    private static boolean idsInTermOrder(Vocabulary vocab) {
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
