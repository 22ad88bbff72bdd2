package framelab.framing.syndication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Exact alignment of the text two documents share (or one document repeats), from their positional
 * shingles: every maximal run of consecutive positions i.., j.. with equal shingles (a diagonal of the
 * shingle match matrix, as in the greedy string tiling of Wise 1993 or the seed-and-extend of BLAST) is
 * one passage of {@code run + k − 1} word tokens in both documents. Runs are found from their first
 * matching position only, so the work is proportional to the matches, not to the product of lengths.
 *
 * <p>Overlaps are resolved greedily, longest run first (then earliest in A, then in B), as in greedy
 * string tiling: between two documents each word belongs to at most one passage on each side, so a
 * phrase A prints once and B forty times (a photo-gallery caption) is one passage, not forty, and the
 * echo of a phrase repeated inside a passage is dropped. Inside one document ({@link #repeats}) each
 * later copy is reported once, against its earliest longest source, and a run that would overlap its
 * own copy (periodic text) is cut where the copy begins.
 * Runs shorter than {@code minWords} words are dropped. A run must hold at least one shingle that
 * can start it: not common in the corpus ({@link Shingles#ignoring}; two documents that share only
 * furniture share no passage) and found at most {@value #MAX_OCCURRENCES} times in the other document
 * (not a list or table of the same words); around that, it extends over every equal shingle, common
 * ones included, so a copied article is one passage even where it quotes a much-quoted line.
 */
final class PassageAligner {
    static final int MAX_OCCURRENCES = 100;

    /** A passage in token positions: {@code words} tokens from {@code a} in A and from {@code b} in B. */
    record Run(int a, int b, int words) {
    }

    private PassageAligner() {
    }

    /** The passages A and B share, ordered by position in A, then in B. */
    static List<Run> align(Shingles x, Shingles y, int minWords) {
        return select(runs(x, y, false, minWords), false);
    }

    /** The passages repeated inside one document, ordered by position of the first copy, then of the later one. */
    static List<Run> repeats(Shingles x, int minWords) {
        return select(runs(x, x, true, minWords), true);
    }

    private static List<Run> runs(Shingles x, Shingles y, boolean self, int minWords) {
        long[] ha = x.hashes();
        long[] hb = y.hashes();
        int k = x.k();
        List<Run> out = new ArrayList<>();
        if (ha.length == 0 || hb.length == 0) return out;
        // B's positions grouped by distinct hash (CSR): positions of distinct[r] are pos[from[r] .. from[r + 1])
        long[] distinct = y.distinctSorted();
        int[] rankB = new int[hb.length];
        int[] from = new int[distinct.length + 1];
        for (int j = 0; j < hb.length; j++) {
            rankB[j] = Arrays.binarySearch(distinct, hb[j]);
            from[rankB[j] + 1]++;
        }
        for (int r = 0; r < distinct.length; r++) from[r + 1] += from[r];
        int[] pos = new int[hb.length];
        int[] fill = Arrays.copyOf(from, distinct.length);
        for (int j = 0; j < hb.length; j++) pos[fill[rankB[j]]++] = j;
        int[] rankA = self ? rankB : new int[ha.length];
        if (!self) for (int i = 0; i < ha.length; i++) rankA[i] = Arrays.binarySearch(distinct, ha[i]);

        for (int i = 0; i < ha.length; i++) {
            if (!startable(x, rankA, from, i)) continue;
            int r = rankA[i];
            for (int p = from[r]; p < from[r + 1]; p++) {
                int j = pos[p];
                if (self && j <= i) continue;
                // walk back over equal shingles that cannot start a run (common or too frequent): the run begins
                // at the first equal position, unless an earlier startable one finds it
                int back = 0;
                boolean foundEarlier = false;
                while (i - back > 0 && j - back > 0 && ha[i - back - 1] == hb[j - back - 1]) {
                    back++;
                    if (startable(x, rankA, from, i - back)) {
                        foundEarlier = true;
                        break;
                    }
                }
                if (foundEarlier) continue;
                int m = 1;
                while (i + m < ha.length && j + m < hb.length && ha[i + m] == hb[j + m]) m++;
                int a = i - back;
                int b = j - back;
                int words = back + m + k - 1;
                if (self) words = Math.min(words, b - a); // the first copy ends where the second begins
                if (words >= minWords) out.add(new Run(a, b, words));
            }
        }
        return out;
    }

    /** Whether a run may start at position i of A: its shingle is not common and not too frequent in B. */
    private static boolean startable(Shingles x, int[] rankA, int[] from, int i) {
        int r = rankA[i];
        return r >= 0 && !x.ignored(i) && from[r + 1] - from[r] <= MAX_OCCURRENCES;
    }

    private static List<Run> select(List<Run> runs, boolean self) {
        runs.sort(Comparator.comparingInt(Run::words).reversed().thenComparingInt(Run::a).thenComparingInt(Run::b));
        List<Run> kept = new ArrayList<>();
        for (Run r : runs) {
            boolean drop = false;
            for (Run q : kept) {
                boolean overlapA = overlaps(r.a(), q.a(), r.words(), q.words());
                boolean overlapB = overlaps(r.b(), q.b(), r.words(), q.words());
                if (self ? overlapB : overlapA || overlapB) {
                    drop = true;
                    break;
                }
            }
            if (!drop) kept.add(r);
        }
        kept.sort(Comparator.comparingInt(Run::a).thenComparingInt(Run::b));
        return kept;
    }

    private static boolean overlaps(int s1, int s2, int n1, int n2) {
        return s1 < s2 + n2 && s2 < s1 + n1;
    }
}
