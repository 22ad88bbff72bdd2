package framelab.stats;

import framelab.dtm.TokenMeasure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexical diversity of a document's word tokens (lowercased, before stopword removal).
 * <ul>
 *   <li>TTR: types / tokens (Templin 1957).</li>
 *   <li>MATTR: the moving-average type-token ratio over windows of {@code window} tokens
 *       (Covington &amp; McFall 2010; quanteda's {@code textstat_lexdiv(measure = "MATTR")}, default window 100).
 *       For a text shorter than the window it is the TTR of the whole text.</li>
 * </ul>
 * Undefined values (no tokens) are NaN and written as empty cells.
 */
public record LexicalDiversity(int window) implements TokenMeasure {
    public static final LexicalDiversity DEFAULT = new LexicalDiversity(100);

    public LexicalDiversity {
        if (window < 1) throw new IllegalArgumentException("MATTR window must be >= 1, got " + window);
    }

    @Override
    public List<String> names() {
        return List.of("ttr", "mattr");
    }

    @Override
    public double[] measure(int[] words) {
        return new double[] {ttr(words), mattr(words, window)};
    }

    /** The same values as {@link #measure}, bit for bit, from ids numbered densely by first occurrence: no scan for their range, no copy. */
    @Override
    public double[] measureDense(int[] words, int n, int distinct) {
        double ttr = n == 0 ? Double.NaN : (double) distinct / n;
        return new double[] {ttr, n <= window ? ttr : mattrDense(words, n, distinct, window)};
    }

    /** {@link #mattr} of {@code words[0, n)} whose ids are below {@code distinct}, for {@code n > window}. */
    private static double mattrDense(int[] words, int n, int distinct, int window) {
        int[] counts = new int[distinct];
        int types = 0;
        for (int i = 0; i < window; i++) if (counts[words[i]]++ == 0) types++;
        double sum = types;
        for (int i = window; i < n; i++) {
            if (counts[words[i]]++ == 0) types++;
            if (--counts[words[i - window]] == 0) types--;
            sum += types;
        }
        return sum / ((double) (n - window + 1) * window);
    }

    public static double ttr(int[] words) {
        if (words.length == 0) return Double.NaN;
        return (double) distinct(words) / words.length;
    }

    public static double mattr(int[] words, int window) {
        int n = words.length;
        if (n == 0) return Double.NaN;
        if (n <= window) return ttr(words);
        Span span = Span.of(words);
        if (span == null) return mattrBoxed(words, window);
        int min = span.min();
        int[] counts = new int[span.size()];
        int types = 0;
        for (int i = 0; i < window; i++) if (counts[words[i] - min]++ == 0) types++;
        double sum = types;
        for (int i = window; i < n; i++) {
            if (counts[words[i] - min]++ == 0) types++;
            if (--counts[words[i - window] - min] == 0) types--;
            sum += types;
        }
        return sum / ((double) (n - window + 1) * window);
    }

    /**
     * The range of the ids, when it is small enough to count them in an array indexed by {@code id - min}
     * (the pipeline passes ids numbered per document, 0, 1, 2, ...); else null.
     */
    private record Span(int min, int size) {
        static Span of(int[] w) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int v : w) {
                if (v < min) min = v;
                if (v > max) max = v;
            }
            long size = (long) max - min + 1;
            return size > 4L * w.length + 1024 ? null : new Span(min, (int) size);
        }
    }

    /** MATTR with a hash map, for ids spread too widely to count in an array (same arithmetic). */
    private static double mattrBoxed(int[] words, int window) {
        int n = words.length;
        Map<Integer, Integer> counts = new HashMap<>();
        int types = 0;
        for (int i = 0; i < window; i++) if (counts.merge(words[i], 1, Integer::sum) == 1) types++;
        double sum = types;
        for (int i = window; i < n; i++) {
            if (counts.merge(words[i], 1, Integer::sum) == 1) types++;
            int out = words[i - window];
            int c = counts.merge(out, -1, Integer::sum);
            if (c == 0) {
                counts.remove(out);
                types--;
            }
            sum += types;
        }
        return sum / ((double) (n - window + 1) * window);
    }

    private static int distinct(int[] w) {
        Span span = Span.of(w);
        if (span == null) {
            java.util.Set<Integer> s = new java.util.HashSet<>();
            for (int v : w) s.add(v);
            return s.size();
        }
        int min = span.min();
        boolean[] seen = new boolean[span.size()];
        int types = 0;
        for (int v : w) {
            if (!seen[v - min]) {
                seen[v - min] = true;
                types++;
            }
        }
        return types;
    }
}
