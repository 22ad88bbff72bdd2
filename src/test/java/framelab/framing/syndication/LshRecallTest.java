package framelab.framing.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LSH banding against its theory, 1 − (1 − J^r)^b (Leskovec, Rajaraman &amp; Ullman §3.4.2), on generated
 * window pairs of known Jaccard similarity; and end to end: a passage long enough to fill a window pair on
 * both sides (≥ 2 × window + k − 1 words) is found wherever it sits in two long documents.
 */
class LshRecallTest {
    static final SyndicationOptions O = SyndicationOptions.DEFAULTS;

    /** Share of generated window pairs with {@code shared} of 50 elements in common that LSH proposes. */
    static double candidateRate(int shared, int trials, long seed) {
        MinHash mh = MinHash.of(O.bands() * O.rows(), O.seed());
        Random r = new Random(seed);
        long[][] keys = new long[2 * trials][];
        for (int t = 0; t < trials; t++) {
            long[][] p = MinHashTest.pair(r.nextLong(), shared, 50 - shared, 50 - shared);
            keys[2 * t] = bandKeys(mh.signature(p[0]));
            keys[2 * t + 1] = bandKeys(mh.signature(p[1]));
        }
        long[] pairs = Lsh.candidates(keys, O.bands(), 1000, ForkJoinPool.commonPool()).pairs();
        int hits = 0;
        for (long x : pairs) if ((x >>> 32) % 2 == 0 && (int) x == (x >>> 32) + 1) hits++;
        return (double) hits / trials;
    }

    static long[] bandKeys(long[] sig) {
        long[] k = new long[O.bands()];
        for (int t = 0; t < O.bands(); t++) k[t] = Lsh.bandKey(sig, t, O.rows());
        return k;
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 36, 40, 44, 48})
    void windowPairsAboveTheThresholdAreProposedAsOftenAsTheSCurveSays(int shared) {
        double j = shared / (100.0 - shared); // 0.43 .. 0.92
        double expected = O.candidateProbability(j);
        int trials = 400;
        double rate = candidateRate(shared, trials, shared);
        double sd = Math.sqrt(expected * (1 - expected) / trials);
        assertThat(rate).as("J=%.3f expected %.3f", j, expected).isGreaterThanOrEqualTo(expected - 4 * sd - 0.01);
        if (j >= 0.6) assertThat(rate).isGreaterThan(0.9);
    }

    @Test
    void dissimilarWindowsAreRarelyProposed() {
        // J = 10/90: P = 1 − (1 − 0.111⁴)^25 ≈ 0.004
        assertThat(candidateRate(10, 400, 1)).isLessThan(0.03);
    }

    @Test
    void aSharedPassageOfTwoWindowsIsFoundWhereverItSits() {
        Random r = new Random(11);
        TextGen g = new TextGen(12);
        int trials = 60;
        int words = 2 * O.windowShingles() + O.shingleSize() - 1; // 104
        List<Document> docs = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            String passage = g.words(words);
            docs.add(TextGen.doc("a" + t, "A", g.words(200 + r.nextInt(1300)) + " " + passage + " " + g.words(r.nextInt(800))));
            docs.add(TextGen.doc("b" + t, "B", g.words(r.nextInt(1500)) + " " + passage + " " + g.words(r.nextInt(800))));
        }
        SyndicationResult res = Syndication.run(docs, "source", Analyzer.defaults(), O.withMinContainment(0.01));
        Set<String> found = new HashSet<>();
        for (SyndicationPair p : res.pairs()) {
            assertThat(p.docB()).isEqualTo("b" + p.docA().substring(1)); // no pair across trials
            found.add(p.docA());
        }
        assertThat(found.size()).as("trials whose passage was found").isGreaterThanOrEqualTo(trials - 2);
        // the LSH step proposed no more than a handful of other pairs
        assertThat(res.candidatePairs()).isLessThanOrEqualTo(trials + 5);
    }
}
