package framelab.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.stats.Bootstrap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Coherence, exclusivity, class-based TF-IDF and shares, each against a hand computation. */
class TopicMeasuresTest {
    // units: {a b c}, {a b}, {a}, {c d} → D(a)=3 D(b)=2 D(c)=2 D(d)=1, D(a,b)=2 D(a,c)=1 D(b,c)=1 D(a,d)=0 D(c,d)=1, N=4
    private final TopicInput in = TopicFixtures.input("x: a b c", "x: a b", "y: a", "y: c d");

    private int id(String t) {
        return in.dtm().vocabulary().id(t);
    }

    private int[] ids(String... ts) {
        int[] r = new int[ts.length];
        for (int i = 0; i < ts.length; i++) r[i] = id(ts[i]);
        return r;
    }

    @Test
    void umassByHand() {
        Coherence c = Coherence.over(in, ids("a", "b", "c", "d"));
        assertThat(c.df(id("a"))).isEqualTo(3);
        assertThat(c.coDf(id("a"), id("b"))).isEqualTo(2);
        assertThat(c.coDf(id("a"), id("d"))).isZero();
        // pairs (b|a) log(3/3), (c|a) log(2/3), (c|b) log(2/2): mean log(2/3)/3
        assertThat(c.umass(ids("a", "b", "c"))).isCloseTo(Math.log(2.0 / 3) / 3, within(1e-12));
        // order matters: the higher-ranked term conditions — (a|c) log(2/2), (b|c) log(2/2), (b|a) log(3/3) = 0
        assertThat(c.umass(ids("c", "a", "b"))).isCloseTo((Math.log(2.0 / 2) + Math.log(2.0 / 2) + Math.log(3.0 / 3)) / 3, within(1e-12));
        assertThat(c.umass(ids("a"))).isNaN();
    }

    @Test
    void npmiByHand() {
        Coherence c = Coherence.over(in, ids("a", "b", "c", "d"));
        double ab = Math.log(0.5 / (0.75 * 0.5)) / -Math.log(0.5);     // log(4/3)/log 2
        double ac = Math.log(0.25 / (0.75 * 0.5)) / -Math.log(0.25);   // log(2/3)/log 4
        double bc = 0;                                                  // P(b,c) = P(b)P(c): independent
        assertThat(c.npmi(ids("a", "b", "c"))).isCloseTo((ab + ac + bc) / 3, within(1e-12));
        assertThat(c.npmi(ids("a", "d"))).isEqualTo(-1.0);              // never together
        assertThat(Coherence.npmiPair(4, 4, 4, 4)).isEqualTo(1.0);      // in every unit
        assertThat(Coherence.npmiPair(2, 2, 2, 4)).isCloseTo(1.0, within(1e-12));   // only together
    }

    @Test
    void exclusivityByHand() {
        double[][] phi = {{0.5, 0.3, 0.2}, {0.1, 0.1, 0.8}};
        assertThat(Exclusivity.of(phi, 0, new int[] {0, 1})).isCloseTo((0.5 / 0.6 + 0.3 / 0.4) / 2, within(1e-12));
        assertThat(Exclusivity.of(phi, 1, new int[] {2})).isCloseTo(0.8, within(1e-12));
        double[][] even = {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}};
        assertThat(Exclusivity.of(even, 0, new int[] {0, 1})).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void classTfIdfByHand() {
        double[][] counts = {{2, 0, 1}, {0, 3, 1}};
        double[][] w = ClassTfIdf.weights(counts, new double[] {3, 4});
        double a = 7 / 2.0;   // average terms per class
        assertThat(w[0][0]).isCloseTo(2.0 / 3 * Math.log(1 + a / 2), within(1e-12));
        assertThat(w[0][1]).isZero();
        assertThat(w[0][2]).isCloseTo(1.0 / 3 * Math.log(1 + a / 2), within(1e-12));
        assertThat(w[1][1]).isCloseTo(3.0 / 4 * Math.log(1 + a / 3), within(1e-12));
        assertThat(w[1][2]).isCloseTo(1.0 / 4 * Math.log(1 + a / 2), within(1e-12));
    }

    @Test
    void sharesAreGroupMeansWithReproducibleIntervals() {
        TopicInput three = TopicFixtures.input("A: a b", "A: b c", "B: c d");
        FittedModel m = TopicFixtures.model(three, new double[][] {{0.8, 0.2}, {0.6, 0.4}, {0.1, 0.9}});
        String[] labels = {"one", "two"};
        List<TopicShareRow> s = TopicShares.shares(m, three, labels, Bootstrap.DEFAULT, 1);
        assertThat(s).hasSize(4);
        assertThat(s.get(0).group()).isEqualTo("A");
        assertThat(s.get(0).share()).isCloseTo(0.7, within(1e-12));
        assertThat(s.get(1).share()).isCloseTo(0.3, within(1e-12));
        assertThat(s.get(0).ciLow()).isBetween(0.6, 0.7);
        assertThat(s.get(0).ciHigh()).isBetween(0.7, 0.8);
        // the two topics of a group come from the same resamples: intervals mirror each other
        assertThat(s.get(0).ciLow() + s.get(1).ciHigh()).isCloseTo(1.0, within(1e-12));
        assertThat(s.get(2).share()).isCloseTo(0.1, within(1e-12));
        assertThat(s.get(2).ciLow()).isEqualTo(s.get(2).ciHigh());   // one unit: no spread
        assertThat(TopicShares.shares(m, three, labels, Bootstrap.DEFAULT, 2)).isEqualTo(s);
    }

    @Test
    void differencesRankTopicsAndEtaSquaredMatchesAnova() {
        TopicInput three = TopicFixtures.input("A: a b", "A: b c", "B: c d");
        FittedModel m = TopicFixtures.model(three, new double[][] {{0.8, 0.2}, {0.6, 0.4}, {0.1, 0.9}});
        List<TopicDifferenceRow> d = TopicShares.differences(m, three, new String[] {"one", "two"}, Bootstrap.DEFAULT, 1);
        assertThat(d).hasSize(2);
        TopicDifferenceRow one = d.stream().filter(r -> r.topic() == 1).findFirst().orElseThrow();
        assertThat(one.highGroup()).isEqualTo("A");
        assertThat(one.lowGroup()).isEqualTo("B");
        assertThat(one.difference()).isCloseTo(0.6, within(1e-12));
        // grand mean 0.5; between 2·0.2² + 1·0.4² = 0.24; within 0.1² + 0.1² = 0.02
        assertThat(one.etaSquared()).isCloseTo(0.24 / 0.26, within(1e-12));
        // with at least two units per group only A qualifies: nothing to compare
        assertThat(TopicShares.differences(m, three, new String[] {"one", "two"}, Bootstrap.DEFAULT, 2)).isEmpty();
    }

    @Test
    void rankingKeepsTheLargestWithTiesToTheLowerIndex() {
        double[] v = {0.1, 0.5, 0.5, 0.9, 0.0, 0.5};
        assertThat(Ranking.top(v, i -> true, 3)).containsExactly(3, 1, 2);
        assertThat(Ranking.top(v, i -> i != 3, 2)).containsExactly(1, 2);
        assertThat(Ranking.top(v, i -> true, 10)).containsExactly(3, 1, 2, 5, 0, 4);
        assertThat(Ranking.top(v, i -> false, 3)).isEmpty();
    }

    @Test
    void emptyUnitsAreLeftOutAndTokensRepeatByCount() {
        TopicInput t = TopicFixtures.input("A: b a b", "A: ", "B: c");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.emptyUnits()).isEqualTo(1);
        int[] toks = t.tokens(0);
        assertThat(toks).hasSize(3);
        assertThat(java.util.Arrays.stream(toks).mapToObj(t::term).toList()).containsExactly("a", "b", "b");
        assertThat(t.tokens()).isEqualTo(4);
    }
}
