package framelab.framing.events;

import static framelab.framing.events.EventFixtures.doc;
import static framelab.framing.events.EventFixtures.dayDoc;
import static framelab.framing.events.EventFixtures.eventOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Date window edges, undated documents, day numbers, chaining, the seed result and the similarity bookkeeping. */
class EventAlignmentTest {
    static final String STORY = "Senate passes border bill after overnight session";

    static EventResult align(List<Document> docs, EventOptions o) {
        return EventAlignment.run(docs, "source", Analyzer.defaults(), null, o);
    }

    @Test
    void exactlyTheWindowApartJoinsOneDayMoreDoesNot() {
        EventResult r = align(List.of(doc("a", "AP", "2022-01-01", STORY), doc("b", "BBC", "2022-01-04", STORY),
                doc("c", "CNN", "2022-01-09", STORY), doc("d", "DW", "2022-01-13", STORY)), EventOptions.DEFAULTS);
        assertThat(eventOf(r, "a")).isEqualTo(eventOf(r, "b")).isEqualTo("e0001");
        assertThat(eventOf(r, "c")).isEqualTo("e0002"); // 5 days after b
        assertThat(eventOf(r, "d")).isEqualTo("e0003"); // 4 days after c
        assertThat(r.links()).extracting(EventLink::docA, EventLink::docB, EventLink::days).containsExactly(org.assertj.core.groups.Tuple.tuple("a", "b", 3));
        assertThat(r.event("e0001").groups()).containsExactly("AP", "BBC");
        assertThat(r.event("e0001").firstDate()).isEqualTo("2022-01-01");
        assertThat(r.event("e0001").lastDate()).isEqualTo("2022-01-04");
    }

    @Test
    void windowZeroLinksOnlyTheSameDay() {
        EventResult r = align(List.of(doc("a", "AP", "2022-01-01", STORY), doc("b", "BBC", "2022-01-01", STORY),
                doc("c", "CNN", "2022-01-02", STORY)), EventOptions.DEFAULTS.withWindowDays(0));
        assertThat(eventOf(r, "a")).isEqualTo(eventOf(r, "b"));
        assertThat(eventOf(r, "c")).isNotEqualTo(eventOf(r, "a"));
    }

    @Test
    void undatedDocumentsGetARowWithoutEventAndSayWhy() {
        EventResult r = align(List.of(doc("a", "AP", "2022-01-01", STORY), doc("z", "BBC", "", STORY), doc("y", "CNN", "soon", STORY),
                doc("x", "DW", null, STORY)), EventOptions.DEFAULTS);
        assertThat(r.assignments()).hasSize(4);
        assertThat(r.assignments()).extracting(EventAssignment::docId).containsExactly("a", "x", "y", "z"); // undated last, by id
        EventAssignment x = r.assignments().get(1);
        assertThat(x.eventId()).isEmpty();
        assertThat(x.assigned()).isFalse();
        assertThat(x.note()).isEqualTo("undated: no field 'date'");
        assertThat(r.assignments().get(2).note()).contains("'soon'").contains("not a date");
        assertThat(r.assignments().get(3).note()).isEqualTo("undated: 'date' is empty");
        assertThat(r.assignments().get(3).eventSize()).isZero();
        assertThat(r.events()).hasSize(1);
        assertThat(r.events().getFirst().docIds()).containsExactly("a");
        assertThat(r.assignments().getFirst().meanSimilarity()).isNaN(); // a single-document event
    }

    @Test
    void integerDayNumbersAreDaysAsTheyStand() {
        EventOptions o = EventOptions.DEFAULTS.withDateField("day");
        EventResult r = align(List.of(dayDoc("a", "sun", "100", STORY), dayDoc("b", "times", "103", STORY), dayDoc("c", "ft", "107", STORY)), o);
        assertThat(eventOf(r, "a")).isEqualTo(eventOf(r, "b"));
        assertThat(eventOf(r, "c")).isNotEqualTo(eventOf(r, "b"));
        assertThat(r.assignments()).extracting(EventAssignment::date).containsExactly("100", "103", "107");
        assertThat(r.spec()).contains("'day' read as integer day numbers");
    }

    @Test
    void calendarDatesInOtherLayoutsAreRead() {
        EventResult r = align(List.of(doc("a", "AP", "2/27/18", STORY), doc("b", "BBC", "2018-03-01T10:00:00Z", STORY)), EventOptions.DEFAULTS);
        assertThat(eventOf(r, "a")).isEqualTo(eventOf(r, "b"));
        assertThat(r.assignments()).extracting(EventAssignment::date).containsExactly("2018-02-27", "2018-03-01");
    }

    @Test
    void aFieldNoDocumentHasFailsNamingTheFields() {
        assertThatThrownBy(() -> align(List.of(doc("a", "AP", "2022-01-01", STORY)), EventOptions.DEFAULTS.withDateField("published")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'published'").hasMessageContaining("[source, date]");
        assertThatThrownBy(() -> EventAlignment.run(List.of(doc("a", "AP", "2022-01-01", STORY)), "outlet", Analyzer.defaults(), null,
                EventOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'outlet'");
        assertThatThrownBy(() -> align(List.of(doc("a", "AP", "2022-01-01", STORY), doc("a", "BBC", "2022-01-01", STORY)), EventOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' occurs twice");
    }

    @Test
    void aDailyRunningStoryDoesNotChainIntoOneEvent() {
        // the same wording every day for 15 days: single linkage would make one 15-day "event"
        List<Document> docs = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 3, 1);
        for (int d = 0; d < 15; d++) docs.add(doc(String.format("d%02d", d), "outlet" + (d % 3), start.plusDays(d).toString(), STORY));
        EventResult r = align(docs, EventOptions.DEFAULTS);
        assertThat(r.events().size()).isGreaterThan(1);
        for (Event e : r.events()) {
            long first = LocalDate.parse(e.firstDate()).toEpochDay();
            long last = LocalDate.parse(e.lastDate()).toEpochDay();
            assertThat(last - first).as("span of %s", e.id()).isLessThanOrEqualTo(2L * 3);
            long[] days = e.docIds().stream().mapToLong(id -> start.toEpochDay() + Integer.parseInt(id.substring(1))).toArray();
            double median = (days[(days.length - 1) / 2] + days[days.length / 2]) / 2.0;
            for (long day : days) assertThat(Math.abs(day - median)).as("distance from median in %s", e.id()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void averageLinkageDoesNotFollowAChainOfPairwiseOverlaps() {
        // each article shares one word with the next, two days later: single linkage would join all eight
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india"};
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            docs.add(doc("c" + i, "outlet" + (i % 2), LocalDate.of(2021, 5, 1).plusDays(2L * i).toString(), words[i] + " " + words[i + 1]));
        }
        EventResult r = align(docs, EventOptions.DEFAULTS);
        assertThat(r.links()).hasSize(7); // every neighbouring pair is linked
        assertThat(r.links()).allSatisfy(l -> assertThat(l.similarity()).isGreaterThanOrEqualTo(0.28));
        // a third article shares nothing with one of a linked pair, so its mean similarity to the pair is halved
        for (Event e : r.events()) assertThat(e.size()).as("%s", e.docIds()).isLessThanOrEqualTo(2);
        assertThat(r.events().stream().filter(e -> e.size() == 2).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void seedsPairTheMoscowTimesWithApAndLeaveTheBlogAlone() {
        List<Document> seeds = EventFixtures.seeds();
        EventResult r = EventAlignment.run(seeds, "source", Analyzer.defaults(), Lexicons.actors(), EventOptions.DEFAULTS);
        assertThat(eventOf(r, "001")).isEqualTo(eventOf(r, "004"));
        Event e = r.event(eventOf(r, "001"));
        assertThat(e.docIds()).containsExactly("001", "004");
        assertThat(e.groups()).containsExactly("AP (via ABC News)", "The Moscow Times");
        assertThat(r.event(eventOf(r, "002")).docIds()).containsExactly("002");
        assertThat(r.events()).extracting(Event::id).containsExactly("e0001", "e0002", "e0003", "e0004");
        assertThat(r.events()).extracting(Event::size).containsExactly(1, 2, 1, 1); // 002 (2021), 001+004, 003, 000
        assertThat(r.multiGroupEvents()).extracting(Event::id).containsExactly(e.id());
        EventLink link = r.links().getFirst();
        assertThat(r.links()).hasSize(1);
        assertThat(link.similarity()).isCloseTo(0.9 * link.cosine() + 0.1 * link.actors(), within(1e-12)).isGreaterThanOrEqualTo(0.28);
        assertThat(e.meanSimilarity()).isCloseTo(link.similarity(), within(1e-12));
        assertThat(r.assignments()).allSatisfy(a -> assertThat(a.assigned()).isTrue());
    }

    @Test
    void eventAndMemberSimilaritiesAreMeansOfThePairwiseSimilarities() {
        CategoryLexicon actors = CategoryLexicon.of("actors", Map.of("Senate", List.of("senate"), "Court", List.of("court"),
                "Governor", List.of("governor")), false);
        List<Document> docs = List.of(doc("a", "AP", "2022-01-01", "senate border bill vote tonight court"),
                doc("b", "BBC", "2022-01-02", "senate border bill vote delayed governor"),
                doc("c", "CNN", "2022-01-02", "senate border bill vote passes"));
        EventOptions o = EventOptions.DEFAULTS.withSimilarity(0.05, 0.04);
        EventResult r = EventAlignment.run(docs, "source", Analyzer.defaults(), actors, o);
        assertThat(r.events()).hasSize(1);
        assertThat(r.links()).hasSize(3);
        Map<String, Double> pair = new java.util.HashMap<>();
        for (EventLink l : r.links()) {
            pair.put(l.docA() + l.docB(), l.similarity());
            pair.put(l.docB() + l.docA(), l.similarity());
            assertThat(l.similarity()).isCloseTo(0.96 * l.cosine() + 0.04 * l.actors(), within(1e-12));
        }
        assertThat(pair.get("ab")).isNotEqualTo(pair.get("ac"));
        assertThat(r.events().getFirst().meanSimilarity()).isCloseTo((pair.get("ab") + pair.get("ac") + pair.get("bc")) / 3, within(1e-12));
        for (EventAssignment a : r.assignments()) {
            double expected = docs.stream().map(Document::id).filter(id -> !id.equals(a.docId()))
                    .mapToDouble(id -> pair.get(a.docId() + id)).average().orElseThrow();
            assertThat(a.meanSimilarity()).as(a.docId()).isCloseTo(expected, within(1e-12));
        }
        EventLink ab = r.links().stream().filter(l -> l.docA().equals("a") && l.docB().equals("b")).findFirst().orElseThrow();
        assertThat(ab.actors()).isCloseTo(1.0 / 3, within(1e-12)); // {Senate, Court} vs {Senate, Governor}
    }

    @Test
    void theLabelIsTheTopTermsBySummedWeightTiesByTerm() {
        List<Document> docs = List.of(doc("a", "AP", "2022-01-01", "cherry banana apple banana apple apple date"),
                doc("z", "AP", "2023-01-01", "distinct words entirely"));
        assertThat(align(docs, EventOptions.DEFAULTS).event("e0001").label()).isEqualTo("apple, banana, cherry, date");
        assertThat(align(docs, EventOptions.DEFAULTS.withLabelTerms(2)).event("e0001").label()).isEqualTo("apple, banana");
        assertThat(align(docs, EventOptions.DEFAULTS.withLabelTerms(20)).event("e0002").label()).isEqualTo("distinct, entirely, words");
    }

    @Test
    void anEmptyCorpusGivesAnEmptyResult() {
        EventResult r = align(List.of(), EventOptions.DEFAULTS);
        assertThat(r.assignments()).isEmpty();
        assertThat(r.events()).isEmpty();
    }
}
