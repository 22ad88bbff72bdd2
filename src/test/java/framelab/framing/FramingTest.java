package framelab.framing;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.framing.events.EventComparisonRow;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.LexiconFormat;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: one actor dictionary for every part, and the event signals that join two packages. */
class FramingTest {
    static final List<Document> SEEDS = CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults()).corpus().documents();

    /** Events linked at a lower similarity: with another dictionary (or none) the seeds' 001–004 link falls under 0.28. */
    static final FramingOptions LOOSE = FramingOptions.DEFAULTS.withEvents(FramingOptions.DEFAULTS.events().withSimilarity(0.2, 0.1));

    @TempDir
    Path tmp;

    @Test
    void aUserActorDictionaryReachesTheEventComparisonsTone() throws IOException {
        Path file = tmp.resolve("actors.csv");
        Files.writeString(file, "pattern,actor\nkirby,Pentagon\npentagon,Pentagon\nstoltenberg,Alliance chief\n");
        CategoryLexicon actors = (CategoryLexicon) Lexicons.read(file, LexiconFormat.CATEGORY_TABLE);
        FramingResult r = Framing.run(SEEDS, "source", Analyzer.defaults(), actors, LOOSE);
        assertThat(r.events().multiGroupEvents()).isNotEmpty();
        List<EventComparisonRow> tone = r.comparison().stream().filter(c -> c.signal().equals("tone")).toList();
        assertThat(tone).isNotEmpty().allMatch(c -> c.item().equals("Pentagon") || c.item().equals("Alliance chief"));
        assertThat(tone).anyMatch(c -> c.group().equals("The Moscow Times") && c.item().equals("Pentagon"));
        assertThat(r.actors().mentions()).extracting(m -> m.actor()).containsOnly("Pentagon", "Alliance chief");
    }

    @Test
    void withoutActorsThereAreNoActorTablesAndNoToneButQuotesAndEvents() {
        FramingResult r = Framing.run(SEEDS, "source", Analyzer.defaults(), null, LOOSE);
        assertThat(r.actors()).isNull();
        assertThat(r.events().multiGroupEvents()).isNotEmpty();
        assertThat(r.comparison()).noneMatch(c -> c.signal().equals("tone")).anyMatch(c -> c.signal().equals("quote"));
        assertThat(r.quotes().quotes()).isNotEmpty();
        assertThat(r.specs().get("actors")).startsWith("none");
    }

    @Test
    void aWirePassageCarriedByTwoOutletsOnTheSameEventIsASharedPassageRowWithItsOffsets() {
        String wire = "The defence ministry announced on Tuesday that three armoured brigades would move to the northern border "
                + "region before the end of the month, citing repeated incursions by drones and an artillery exchange near the river crossing "
                + "that left two soldiers wounded and a bridge closed to civilian traffic for several hours.";
        String a = "Tensions rose again in the north. " + wire + " Opposition leaders called the move reckless.";
        String b = "Analysis: a border on edge. Officials in the capital were cautious. " + wire + " Residents said they feared a wider war.";
        List<Document> docs = List.of(doc("a1", "Wire Daily", "2022-03-01", a), doc("b1", "Tabloid Post", "2022-03-02", b),
                doc("c1", "Wire Daily", "2022-05-20", "Parliament debated the budget for schools and hospitals for a second day."));
        FramingResult r = Framing.run(docs, "source", Analyzer.defaults(), Lexicons.actors(), LOOSE);
        String event = r.events().multiGroupEvents().getFirst().id();
        List<EventComparisonRow> rows = r.comparison().stream().filter(c -> c.signal().equals("shared_passage")).toList();
        assertThat(rows).hasSize(1);
        EventComparisonRow p = rows.getFirst();
        assertThat(p.eventId()).isEqualTo(event);
        assertThat(p.group()).isEqualTo("Wire Daily");
        assertThat(p.otherGroup()).isEqualTo("Tabloid Post");
        assertThat(p.item()).startsWith("The defence ministry announced").hasSizeLessThanOrEqualTo(EventSignals.PASSAGE_ITEM_CHARS);
        assertThat(p.measure()).isEqualTo("shared_words");
        assertThat((int) p.value()).isEqualTo(wire.split(" ").length);
        int startA = a.indexOf(wire), startB = b.indexOf(wire);
        // the passage runs from the first word's first character to the last word's last character (the final full stop is not a word)
        assertThat(p.detail()).isEqualTo("a1[" + startA + "," + (startA + wire.length() - 1) + ") = b1[" + startB + "," + (startB + wire.length() - 1) + ")");
    }

    private static Document doc(String id, String source, String date, String text) {
        return new Document(id, text, framelab.corpus.DocMeta.of(java.util.Map.of("source", source, "date", date)), "test:" + id);
    }

    @Test
    void quoteSignalCountsEachSpeakersQuotationsPerOutletWithinTheEvent() {
        FramingResult r = Framing.run(SEEDS, "source", Analyzer.defaults(), Lexicons.actors(), FramingOptions.DEFAULTS);
        String event = r.events().multiGroupEvents().getFirst().id();
        long kirbyInQuotes = r.quotes().quotes().stream().filter(q -> q.docId().equals("001") && q.speaker().equals("John Kirby")).count();
        EventComparisonRow kirby = r.comparison().stream()
                .filter(c -> c.eventId().equals(event) && c.signal().equals("quote") && c.item().equals("John Kirby")).findFirst().orElseThrow();
        assertThat(kirby.group()).isEqualTo("The Moscow Times");
        assertThat((long) kirby.value()).isEqualTo(kirbyInQuotes).isPositive();
        assertThat(kirby.detail()).startsWith("direct ").contains("say×");
    }
}
