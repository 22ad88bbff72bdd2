package framelab.dtm;

import framelab.text.AnalyzerSession;
import java.util.Arrays;

/**
 * The sorted vocabulary of a matrix from the term tables of the counting workers' sessions: each session's
 * used terms are sorted on their own (on as many threads as there are sessions), then merged into their
 * union, which also yields every session's local → global id map. This replaced a hash set of all terms,
 * one sort of the union and a hash lookup per session term, all on one thread after counting.
 */
final class VocabularyMerge {
    private VocabularyMerge() {
    }

    /** The session's terms whose local id is marked {@code used}, in {@link String#compareTo} order. */
    static String[] sortedTerms(AnalyzerSession session, boolean[] used) {
        int n = 0;
        for (boolean u : used) if (u) n++;
        String[] terms = new String[n];
        int k = 0;
        for (int id = 0; id < used.length; id++) if (used[id]) terms[k++] = session.term(id);
        Arrays.sort(terms);
        return terms;
    }

    /**
     * The union of the sorted lists, sorted and without repeats (the same as sorting the distinct terms of
     * all lists); fills {@code toGlobal[s][local id of a term in session s]} with the term's index in it.
     */
    static String[] union(String[][] lists, AnalyzerSession[] sessions, int[][] toGlobal) {
        int total = 0;
        for (String[] l : lists) total += l.length;
        String[] out = new String[total];
        int[] at = new int[lists.length];
        int n = 0;
        while (true) {
            String min = null;
            for (int s = 0; s < lists.length; s++) {
                if (at[s] < lists[s].length && (min == null || lists[s][at[s]].compareTo(min) < 0)) min = lists[s][at[s]];
            }
            if (min == null) break;
            for (int s = 0; s < lists.length; s++) {
                if (at[s] < lists[s].length && lists[s][at[s]].equals(min)) {
                    toGlobal[s][sessions[s].termId(min)] = n;
                    at[s]++;
                }
            }
            out[n++] = min;
        }
        return Arrays.copyOf(out, n);
    }
}
