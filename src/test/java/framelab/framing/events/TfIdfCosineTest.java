package framelab.framing.events;

import static framelab.framing.events.EventFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.junit.jupiter.api.Test;

/**
 * TF-IDF cosine on three documents, against the definition computed here independently: term counts by
 * splitting on spaces, idf = ln((1+N)/(1+df)) + 1, weight = (1 + ln tf)·idf, cosine by Commons Math.
 */
class TfIdfCosineTest {
    static final List<String> TEXTS = List.of("apple apple banana cherry", "apple banana banana banana date", "date date elder fig");

    @Test
    void linkCosinesEqualTheDefinitionComputedIndependently() {
        List<Document> docs = List.of(doc("d1", "A", "2022-01-01", TEXTS.get(0)), doc("d2", "B", "2022-01-01", TEXTS.get(1)),
                doc("d3", "C", "2022-01-02", TEXTS.get(2)));
        // text only, and a threshold low enough that every pair sharing a term is a link
        EventResult r = EventAlignment.run(docs, "source", Analyzer.defaults(), null, EventOptions.DEFAULTS.withSimilarity(1e-9, 0));
        RealVector[] v = oracle(TEXTS);
        assertThat(r.links()).extracting(EventLink::docA, EventLink::docB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d1", "d2"), org.assertj.core.groups.Tuple.tuple("d2", "d3"));
        EventLink l12 = r.links().get(0);
        EventLink l23 = r.links().get(1);
        assertThat(l12.cosine()).isCloseTo(v[0].cosine(v[1]), within(1e-12));
        assertThat(l23.cosine()).isCloseTo(v[1].cosine(v[2]), within(1e-12));
        assertThat(v[0].cosine(v[2])).isZero(); // no shared term: no link
        assertThat(l12.similarity()).isEqualTo(l12.cosine()); // actor weight 0
        assertThat(l12.actors()).isZero();
    }

    @Test
    void theFirstCosineByHand() {
        // N = 3; df: apple 2, banana 2, cherry 1, date 2  ->  idf = ln(4/3)+1 (df 2), ln(2)+1 (df 1)
        double i2 = Math.log(4.0 / 3) + 1;
        double i1 = Math.log(2.0) + 1;
        double[] d1 = {(1 + Math.log(2)) * i2, i2, i1, 0};              // apple x2, banana, cherry
        double[] d2 = {i2, (1 + Math.log(3)) * i2, 0, i2};              // apple, banana x3, date
        double dot = d1[0] * d2[0] + d1[1] * d2[1];
        double expected = dot / (Math.sqrt(d1[0] * d1[0] + d1[1] * d1[1] + d1[2] * d1[2]) * Math.sqrt(d2[0] * d2[0] + d2[1] * d2[1] + d2[3] * d2[3]));
        assertThat(expected).isCloseTo(0.63341, within(1e-5)); // 6.28719 / (3.04603 × 3.25866);
        List<Document> docs = List.of(doc("d1", "A", "2022-01-01", TEXTS.get(0)), doc("d2", "B", "2022-01-01", TEXTS.get(1)),
                doc("d3", "C", "2022-01-02", TEXTS.get(2)));
        EventResult r = EventAlignment.run(docs, "source", Analyzer.defaults(), null, EventOptions.DEFAULTS.withSimilarity(1e-9, 0));
        assertThat(r.links().getFirst().cosine()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void identicalTextsHaveCosineOneAndATermInEveryDocumentStillCounts() {
        List<Document> docs = List.of(doc("a", "A", "2022-01-01", "troops border"), doc("b", "B", "2022-01-01", "troops border"));
        EventResult r = EventAlignment.run(docs, "source", Analyzer.defaults(), null, EventOptions.DEFAULTS);
        assertThat(r.links().getFirst().cosine()).isCloseTo(1.0, within(1e-12)); // plain ln(N/df) would give 0/0 here
    }

    /** Unit-free TF-IDF vectors over the sorted vocabulary, computed from whitespace-split texts. */
    static RealVector[] oracle(List<String> texts) {
        List<Map<String, Integer>> tf = texts.stream().map(t -> {
            Map<String, Integer> m = new TreeMap<>();
            for (String w : t.split(" ")) m.merge(w, 1, Integer::sum);
            return m;
        }).toList();
        TreeSet<String> vocab = new TreeSet<>();
        tf.forEach(m -> vocab.addAll(m.keySet()));
        List<String> terms = List.copyOf(vocab);
        RealVector[] out = new RealVector[texts.size()];
        for (int d = 0; d < texts.size(); d++) {
            out[d] = new ArrayRealVector(terms.size());
            for (int t = 0; t < terms.size(); t++) {
                String term = terms.get(t);
                long df = tf.stream().filter(m -> m.containsKey(term)).count();
                Integer c = tf.get(d).get(term);
                if (c != null) out[d].setEntry(t, (1 + Math.log(c)) * (Math.log((1.0 + texts.size()) / (1.0 + df)) + 1));
            }
        }
        return out;
    }
}
