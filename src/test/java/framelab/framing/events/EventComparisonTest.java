package framelab.framing.events;

import static framelab.framing.events.EventFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.Lexicons;
import framelab.sentiment.vader.VaderScorer;
import framelab.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyness and tone within an event, checked by hand, and the documented row order with other signals. */
class EventComparisonTest {
    static final Document A = doc("a", "Tabloid", "2022-02-02", "Reckless reckless reckless spending bill passes senate");
    static final Document B = doc("b", "Broadsheet", "2022-02-02", "Historic bill passes senate with bipartisan support");

    /** Dunning's G² of a 2×2 table, signed: positive when a/c > b/d; written out here as the oracle. */
    static double g2(double a, double b, double c, double d) {
        double n = c + d;
        double[] o = {a, b, c - a, d - b};
        double[] e = {c * (a + b) / n, d * (a + b) / n, c * (n - a - b) / n, d * (n - a - b) / n};
        double s = 0;
        for (int i = 0; i < 4; i++) if (o[i] > 0) s += o[i] * Math.log(o[i] / e[i]);
        return (a / c >= b / d ? 1 : -1) * 2 * s;
    }

    @Test
    void keynessIsEachOutletAgainstTheOthersOfTheEventPositiveTermsOnly() {
        List<EventComparisonRow> rows = EventComparison.keyness("e0007", List.of(A, B), "source", Analyzer.defaults(),
                EventComparisonOptions.DEFAULTS);
        // terms: Tabloid reckless x3, spending, bill, passes, senate (7); Broadsheet historic, bill, passes, senate, bipartisan, support (6)
        // min count 2 keeps reckless, bill, passes, senate; bill/passes/senate are relatively more frequent in the shorter Broadsheet
        assertThat(rows).extracting(EventComparisonRow::group, EventComparisonRow::otherGroup, EventComparisonRow::item)
                .containsExactly(tuple("Broadsheet", "Tabloid", "bill"), tuple("Broadsheet", "Tabloid", "passes"),
                        tuple("Broadsheet", "Tabloid", "senate"), tuple("Tabloid", "Broadsheet", "reckless"));
        EventComparisonRow reckless = rows.get(3);
        assertThat(reckless.eventId()).isEqualTo("e0007");
        assertThat(reckless.signal()).isEqualTo("keyness");
        assertThat(reckless.measure()).isEqualTo("g2");
        assertThat(reckless.value()).isCloseTo(g2(3, 0, 7, 6), within(1e-12));
        assertThat(reckless.detail()).isEqualTo("3/7 vs 0/6");
        assertThat(rows.get(0).value()).isCloseTo(g2(1, 1, 6, 7), within(1e-12)).isPositive();
    }

    @Test
    void keynessKeepsTheTopTermsOfEachOutlet() {
        List<EventComparisonRow> rows = EventComparison.keyness("e0007", List.of(A, B), "source", Analyzer.defaults(),
                EventComparisonOptions.DEFAULTS.withKeynessTop(1).withKeynessMinCount(1));
        assertThat(rows).extracting(EventComparisonRow::group, EventComparisonRow::item)
                .containsExactly(tuple("Broadsheet", "bipartisan"), tuple("Tabloid", "reckless"));
    }

    @Test
    void toneTowardEachActorPerOutletOverTheSentencesNamingIt() {
        String russia = "Russia launched a brutal, horrific attack.";
        String nato = "NATO welcomed the wonderful progress.";
        List<EventComparisonRow> rows = EventComparison.tone("e0001", List.of(doc("a", "Tabloid", "2022-02-02", russia + " Markets were calm."),
                doc("b", "Broadsheet", "2022-02-02", nato)), "source", Analyzer.defaults(), EventComparisonOptions.DEFAULTS);
        assertThat(rows).extracting(EventComparisonRow::group, EventComparisonRow::item, EventComparisonRow::measure, EventComparisonRow::detail)
                .containsExactly(tuple("Broadsheet", "NATO/West", "vader_compound_mean", "n=1"), tuple("Tabloid", "Russia", "vader_compound_mean", "n=1"));
        VaderScorer vader = VaderScorer.bundled();
        assertThat(rows.get(0).value()).isEqualTo(vader.score(nato).compound()).isPositive();
        assertThat(rows.get(1).value()).isEqualTo(vader.score(russia).compound()).isNegative();
        assertThat(rows).allSatisfy(r -> assertThat(r.otherGroup()).isEmpty());
    }

    @Test
    void onlyMultiOutletEventsAreComparedInIdOrder() {
        String story = " Senate passes border bill after a long night. Russia and NATO watch.";
        List<Document> docs = List.of(A.withText(A.text() + story), B.withText(B.text() + story),
                doc("c", "Tabloid", "2022-03-20", "Storm closes schools across the north"),
                doc("d", "Tabloid", "2022-05-01", "Senate passes border bill after a long night"),
                doc("e", "Tabloid", "2022-05-01", "Senate passes border bill after a long night"));
        EventResult events = EventAlignment.run(docs, "source", Analyzer.defaults(), Lexicons.actors(), EventOptions.DEFAULTS);
        assertThat(events.events()).extracting(Event::size).containsExactly(2, 1, 2);
        List<EventComparisonRow> rows = EventComparison.keynessAndTone(events, docs, Analyzer.defaults(), EventComparisonOptions.DEFAULTS);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.eventId()).isEqualTo("e0001"));
        assertThat(rows).extracting(EventComparisonRow::signal).containsSubsequence("keyness", "tone");
        assertThat(rows).filteredOn(r -> r.signal().equals("tone")).extracting(EventComparisonRow::item).contains("Russia", "NATO/West");
        assertThatThrownBy(() -> EventComparison.keynessAndTone(events, docs.subList(1, 5), Analyzer.defaults(), EventComparisonOptions.DEFAULTS))
                .hasMessageContaining("event e0001 has document 'a'").hasMessageContaining("same documents");
    }

    @Test
    void combinePutsEventThenSignalThenGroupAndKeepsEachSignalsRank() {
        EventComparisonRow k1 = new EventComparisonRow("e0002", "keyness", "AP", "BBC", "troops", "g2", 9, "");
        EventComparisonRow k2 = new EventComparisonRow("e0002", "keyness", "AP", "BBC", "border", "g2", 4, "");
        EventComparisonRow t = new EventComparisonRow("e0002", "tone", "AP", "", "Russia", "vader_compound_mean", -0.2, "n=3");
        EventComparisonRow q = new EventComparisonRow("e0002", "quote", "AP", "", "Stoltenberg", "quotes", 2, "say×2");
        EventComparisonRow s = new EventComparisonRow("e0002", "shared_passage", "AP", "BBC", "NATO said", "shared_chars", 120, "");
        EventComparisonRow x = new EventComparisonRow("e0002", "custom", "AP", "", "x", "m", 1, "");
        EventComparisonRow early = new EventComparisonRow("e0001", "tone", "ZDF", "", "NATO/West", "vader_compound_mean", 0.1, "n=1");
        EventComparisonRow bbc = new EventComparisonRow("e0002", "keyness", "BBC", "AP", "kremlin", "g2", 7, "");
        List<EventComparisonRow> out = EventComparison.combine(List.of(List.of(x, s, q), List.of(t, k1, bbc, k2, early)));
        assertThat(out).containsExactly(early, k1, k2, bbc, t, q, s, x);
    }
}
