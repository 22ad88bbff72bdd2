package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.DocMeta;
import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Keyness computed once per distinct count pair, ordered by a radix sort, gives exactly the rows — every
 * double bit for bit, in the same order — of the plain per-term computation with a stable object sort that it
 * replaced (kept here as the oracle), whatever the options.
 */
class KeynessEquivalenceTest {
    static final List<String> WORDS = List.of("ally", "border", "crisis", "drone", "envoy", "front", "gas", "hryvnia", "invasion",
            "kyiv", "nato", "oblast", "peace", "rouble", "sanction", "tank", "troops", "war");

    @Provide
    Arbitrary<Grouping> groupings() {
        Arbitrary<String> group = Arbitraries.of("AP", "RT", "TASS");
        // skewed term choice: a few frequent terms and a long tail, so count pairs repeat as in real text
        Arbitrary<String> word = Arbitraries.integers().between(0, WORDS.size() * WORDS.size() - 1).map(i -> WORDS.get((int) Math.sqrt(i)));
        Arbitrary<List<String>> doc = word.list().ofMaxSize(40);
        return Combinators.combine(group, doc).as((g, d) -> Map.entry(g, d)).list().ofMinSize(2).ofMaxSize(25)
                .filter(docs -> docs.stream().map(Map.Entry::getKey).distinct().count() >= 2)
                .map(docs -> {
                    List<DocumentTermMatrix.RowInfo> rows = new ArrayList<>();
                    List<List<String>> terms = new ArrayList<>();
                    for (int i = 0; i < docs.size(); i++) {
                        rows.add(new DocumentTermMatrix.RowInfo("d" + i, "d" + i, DocMeta.of(Map.of("source", docs.get(i).getKey()))));
                        terms.add(docs.get(i).getValue());
                    }
                    return Grouping.by(DocumentTermMatrix.fromTerms(rows, terms, "test"), "source");
                });
    }

    @Provide
    Arbitrary<KeynessOptions> options() {
        return Combinators.combine(Arbitraries.of("none", "williams", "yates"), Arbitraries.of(MultipleTesting.values()),
                Arbitraries.of(1.0, 0.01), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 4))
                .as(KeynessOptions::new);
    }

    @Property(tries = 300)
    void sameRowsAsThePerTermComputation(@ForAll("groupings") Grouping g, @ForAll("options") KeynessOptions o) {
        for (String target : g.groups()) {
            int ti = g.indexOf(target);
            long[] tgt = g.termTotals(ti);
            long[] ref = g.dtm().termTotals(r -> g.groupOfRow(r) != ti);
            assertThat(Keyness.againstRest(g, target, o)).isEqualTo(oracle(g, target, "(rest)", tgt, ref, o));
        }
    }

    /** The implementation before the per-pair computation (commit edb91d9), unchanged. */
    static List<KeynessRow> oracle(Grouping g, String target, String reference, long[] tgt, long[] ref, KeynessOptions o) {
        long c = Arrays.stream(tgt).sum();
        long d = Arrays.stream(ref).sum();
        int[] terms = new int[tgt.length];
        int m = 0;
        for (int t = 0; t < tgt.length; t++) if (tgt[t] + ref[t] >= o.minCount() && tgt[t] + ref[t] > 0) terms[m++] = t;
        double[] g2 = new double[m];
        double[] p = new double[m];
        boolean williams = o.correction().equals("williams");
        for (int i = 0; i < m; i++) {
            int t = terms[i];
            double v = (c == 0 || d == 0) ? 0.0 : TwoByTwo.g2(tgt[t], ref[t], c, d);
            if (williams) v /= TwoByTwo.williamsQ(tgt[t], ref[t], c, d);
            g2[i] = v;
            p[i] = TwoByTwo.pChi2(v);
        }
        double[] padj = adjustBoxed(o.adjust(), p);
        boolean yates = o.correction().equals("yates");
        List<KeynessRow> rows = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            int t = terms[i];
            long a = tgt[t];
            long b = ref[t];
            rows.add(new KeynessRow(g.field(), target, reference, g.dtm().vocabulary().term(t), a, b, c, d,
                    g2[i], p[i], padj[i], Keyness.logRatio(a, b, c, d), Keyness.pctDiff(a, b, c, d),
                    (c == 0 || d == 0) ? 0.0 : TwoByTwo.chi2(a, b, c, d, yates), Keyness.logOddsZ(a, b, c, d, o.priorScale())));
        }
        rows.sort((x, y) -> x.g2() != y.g2() ? Double.compare(y.g2(), x.g2()) : 0);
        if (o.top() <= 0) return rows;
        List<KeynessRow> out = new ArrayList<>();
        int pos = 0;
        for (KeynessRow r : rows) {
            if (r.g2() <= 0 || pos == o.top()) break;
            out.add(r);
            pos++;
        }
        int negFrom = rows.size();
        int neg = 0;
        while (negFrom > pos && neg < o.top() && rows.get(negFrom - 1).g2() < 0) {
            negFrom--;
            neg++;
        }
        out.addAll(rows.subList(negFrom, rows.size()));
        return out;
    }

    /** MultipleTesting.adjust before its radix order: the boxed stable sort by descending p. */
    static double[] adjustBoxed(MultipleTesting method, double[] p) {
        if (method != MultipleTesting.BH) return method.adjust(p);
        int m = p.length;
        double[] out = new double[m];
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        double running = 1.0;
        for (int k = 0; k < m; k++) {
            int i = order[k];
            running = Math.min(running, p[i] * m / (m - k));
            out[i] = Math.min(1.0, running);
        }
        return out;
    }
}
