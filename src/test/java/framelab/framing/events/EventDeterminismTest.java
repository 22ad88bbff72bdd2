package framelab.framing.events;

import static framelab.framing.events.EventFixtures.doc;
import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The assignment depends only on the set of documents: not their order, not the thread count, not the run. */
class EventDeterminismTest {
    static final CategoryLexicon ACTORS = Lexicons.actors();
    static final List<Document> DOCS = corpus();

    /** The seeds plus articles full of ties: identical wording on neighbouring days, several outlets, undated ones. */
    static List<Document> corpus() {
        List<Document> out = new ArrayList<>(EventFixtures.seeds());
        String[] stories = {"Russia moves troops to the Belarus border, NATO says", "Ukraine asks NATO allies for air defence",
            "Pentagon sends troops to Poland and Romania"};
        LocalDate start = LocalDate.of(2022, 2, 1);
        for (int i = 0; i < 30; i++) {
            out.add(doc("t" + i, "outlet" + (i % 4), start.plusDays(i % 9).toString(), stories[i % 3] + (i % 5 == 0 ? " on Friday" : "")));
        }
        out.add(doc("u1", "outlet1", "", stories[0]));
        out.add(doc("u2", "outlet2", null, stories[1]));
        return List.copyOf(out);
    }

    static final EventResult REFERENCE = EventAlignment.run(DOCS, "source", Analyzer.defaults(), ACTORS, EventOptions.DEFAULTS);

    @Property(tries = 12)
    void shuffledInputAndOtherThreadCountsGiveTheSameResult(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int threads) {
        List<Document> shuffled = new ArrayList<>(DOCS);
        Collections.shuffle(shuffled, new Random(seed));
        EventResult r = EventAlignment.run(shuffled, "source", Analyzer.defaults(), ACTORS, EventOptions.DEFAULTS.withThreads(threads));
        assertThat(r.assignments()).isEqualTo(REFERENCE.assignments());
        assertThat(r.events()).isEqualTo(REFERENCE.events());
        assertThat(r.links()).isEqualTo(REFERENCE.links());
        assertThat(r.spec()).isEqualTo(REFERENCE.spec());
    }

    @Property(tries = 1)
    void theReferenceHasMultiDocumentEventsAndEveryDocumentOnce() {
        assertThat(REFERENCE.assignments()).hasSize(DOCS.size());
        assertThat(REFERENCE.assignments().stream().map(EventAssignment::docId).distinct().count()).isEqualTo(DOCS.size());
        assertThat(REFERENCE.events().stream().filter(e -> e.size() > 2).count()).isGreaterThan(2);
        int members = REFERENCE.events().stream().mapToInt(Event::size).sum();
        assertThat(members).isEqualTo(DOCS.size() - 2); // all but the two undated
        List<String> ids = REFERENCE.events().stream().map(Event::id).toList();
        assertThat(ids).isSorted();
        for (int i = 1; i < REFERENCE.events().size(); i++) { // numbered by first date, then first document id
            Event a = REFERENCE.events().get(i - 1);
            Event b = REFERENCE.events().get(i);
            int c = a.firstDate().compareTo(b.firstDate());
            assertThat(c < 0 || (c == 0 && a.docIds().getFirst().compareTo(b.docIds().getFirst()) < 0)).as("%s before %s", a, b).isTrue();
        }
    }
}
