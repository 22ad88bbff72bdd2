package framelab.stats;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.DocMeta;
import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Frequencies and the grouping against a plain oracle built from maps: counts, per-million, document
 * frequency (a document of several units counts once) and rank (count descending, then term) of every group.
 */
class FrequenciesEquivalenceTest {
    /** A document: its group and its units' terms. */
    record Doc(String group, List<List<String>> units) {
    }

    @Provide
    Arbitrary<List<Doc>> corpora() {
        Arbitrary<String> group = Arbitraries.of("AP", "RT", "TASS", "The Moscow Times");
        Arbitrary<String> word = Arbitraries.integers().between(0, 399).map(i -> KeynessEquivalenceTest.WORDS.get((int) Math.sqrt(i) % 18));
        Arbitrary<List<List<String>>> units = word.list().ofMaxSize(15).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(group, units).as(Doc::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 300)
    void sameAsCountingWithMaps(@ForAll("corpora") List<Doc> docs, @ForAll @IntRange(min = 0, max = 5) int top) {
        List<DocumentTermMatrix.RowInfo> rows = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int u = 0; u < docs.get(i).units().size(); u++) {
                rows.add(new DocumentTermMatrix.RowInfo("doc" + i, "doc" + i + "-" + u, DocMeta.of(Map.of("source", docs.get(i).group()))));
                terms.add(docs.get(i).units().get(u));
            }
        }
        Grouping g = Grouping.by(DocumentTermMatrix.fromTerms(rows, terms, "test"), "source");
        assertThat(g.groups()).isEqualTo(List.copyOf(new TreeSet<>(docs.stream().map(Doc::group).toList())));
        for (int r = 0; r < rows.size(); r++) assertThat(g.groups().get(g.groupOfRow(r))).isEqualTo(rows.get(r).meta().get("source"));
        assertThat(Frequencies.byGroup(g, top)).isEqualTo(oracle(docs, top));
    }

    static List<FrequencyRow> oracle(List<Doc> docs, int top) {
        List<FrequencyRow> out = new ArrayList<>();
        for (String group : new TreeSet<>(docs.stream().map(Doc::group).toList())) {
            Map<String, Long> count = new TreeMap<>();
            Map<String, Integer> docFreq = new TreeMap<>();
            long total = 0;
            for (Doc d : docs) {
                if (!d.group().equals(group)) continue;
                Set<String> inDoc = new HashSet<>();
                for (List<String> unit : d.units()) {
                    for (String t : unit) {
                        count.merge(t, 1L, Long::sum);
                        total++;
                        if (inDoc.add(t)) docFreq.merge(t, 1, Integer::sum);
                    }
                }
            }
            List<String> ranked = count.keySet().stream()
                    .sorted(Comparator.comparing((String t) -> -count.get(t)).thenComparing(Comparator.naturalOrder())).toList();
            if (top > 0 && ranked.size() > top) ranked = ranked.subList(0, top);
            for (int i = 0; i < ranked.size(); i++) {
                String t = ranked.get(i);
                out.add(new FrequencyRow("source", group, t, count.get(t), count.get(t) * 1e6 / total, docFreq.get(t), i + 1));
            }
        }
        return out;
    }
}
