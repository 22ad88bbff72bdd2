package framelab.stats;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import framelab.text.AnalyzerSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collocates of a node term: terms occurring within {@code left}/{@code right} analysed terms of it
 * (so stopwords removed by the analyzer are skipped, as in quanteda). With O the co-occurrence count,
 * f_n and f_c the node's and collocate's frequencies, N the number of terms and W = left + right:
 * <ul>
 *   <li>E = f_n · f_c · W / N (window-adjusted expectation, Evert 2008 §3; Brezina 2018);</li>
 *   <li>MI = log₂(O/E) (Church &amp; Hanks 1990);</li>
 *   <li>t-score = (O − E)/√O;</li>
 *   <li>logDice = 14 + log₂(2O/(f_n + f_c)) (Rychlý 2008);</li>
 *   <li>G² from the 2×2 table O11 = O, R1 = f_n·W, C1 = f_c, N (Dunning 1993).</li>
 * </ul>
 * Rows per group, ordered by logDice (descending), then collocate; {@code minCount} filters rare pairs.
 */
public final class Collocates {
    private Collocates() {
    }

    public static List<CollocateRow> find(List<Document> docs, String groupBy, Analyzer analyzer, String node,
                                          int left, int right, int minCount) {
        if (left < 0 || right < 0 || left + right == 0 || left > 50 || right > 50) {
            throw new IllegalArgumentException("window must be 0..50 on each side and not empty, got " + left + "/" + right);
        }
        if (minCount < 1) throw new IllegalArgumentException("min count must be >= 1, got " + minCount);
        List<String> nodeTerms = analyzer.terms(node);
        if (nodeTerms.size() != 1) {
            throw new IllegalArgumentException("node '" + node + "' analyses to " + nodeTerms
                    + "; give a single term that is not a stopword (or use --stopwords none)");
        }
        String nodeTerm = nodeTerms.get(0);
        Map<String, List<Document>> byGroup = new LinkedHashMap<>();
        byGroup.put("(all)", docs);
        docs.stream().map(d -> d.meta().get(groupBy)).distinct().sorted()
                .forEach(g -> byGroup.put(g, docs.stream().filter(d -> d.meta().get(groupBy).equals(g)).toList()));
        List<CollocateRow> out = new ArrayList<>();
        AnalyzerSession s = analyzer.newSession();
        for (var e : byGroup.entrySet()) {
            Map<String, long[]> freq = new HashMap<>();
            Map<String, long[]> co = new HashMap<>();
            long n = 0;
            long fNode = 0;
            for (Document d : e.getValue()) {
                int[] t = s.analyze(d.text()).terms();
                n += t.length;
                for (int i = 0; i < t.length; i++) {
                    String term = s.term(t[i]);
                    freq.computeIfAbsent(term, k -> new long[1])[0]++;
                    if (!term.equals(nodeTerm)) continue;
                    fNode++;
                    for (int j = Math.max(0, i - left); j <= Math.min(t.length - 1, i + right); j++) {
                        if (j != i) co.computeIfAbsent(s.term(t[j]), k -> new long[1])[0]++;
                    }
                }
            }
            List<CollocateRow> rows = new ArrayList<>();
            int w = left + right;
            for (var c : co.entrySet()) {
                long o = c.getValue()[0];
                if (o < minCount) continue;
                long fc = freq.get(c.getKey())[0];
                double exp = (double) fNode * fc * w / n;
                // overlapping windows (two nodes close together) can count a token twice: keep the table valid
                double r1 = Math.min((double) fNode * w, n - 1);
                double g2 = r1 <= 0 ? 0.0 : TwoByTwo.g2(Math.min(o, r1), Math.max(0, fc - o), r1, n - r1);
                rows.add(new CollocateRow(groupBy, e.getKey(), nodeTerm, c.getKey(), o, exp, fNode, fc, n,
                        log2(o / exp), (o - exp) / Math.sqrt(o), 14 + log2(2.0 * o / (fNode + fc)), g2));
            }
            rows.sort((a, b) -> a.logDice() != b.logDice() ? Double.compare(b.logDice(), a.logDice()) : a.collocate().compareTo(b.collocate()));
            out.addAll(rows);
        }
        return out;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
