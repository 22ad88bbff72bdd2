package framelab.framing.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Speaker attribution against the hand-made gold list of every quotation in seeds 001, 003 and 004
 * ({@code quotes-gold.csv}, evaluation rule in {@code quotes-gold.README.md}): precision and recall must
 * both reach 0.9 over the three documents. Kind and verb agreement are reported, not asserted: in
 * {@code target/quotes-gold-report.txt} (with every remaining error), as test report entries and in the
 * assertion messages.
 */
class QuoteGoldTest {
    static final List<String> IDS = List.of("001", "003", "004");
    /** Where the figures and the remaining errors are written for reading. */
    static final Path REPORT = Path.of("target", "quotes-gold-report.txt");
    static Map<String, GoldEvaluation.Score> perDoc = new LinkedHashMap<>();
    static GoldEvaluation.Score all = new GoldEvaluation.Score();

    @BeforeAll
    static void evaluate() {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Document d : CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults()).corpus().documents()) {
            if (IDS.contains(d.id())) docs.put(d.id(), d);
        }
        List<GoldEvaluation.Gold> gold = GoldEvaluation.gold(docs);
        List<Quote> quotes = Quotations.run(List.copyOf(docs.values()), "source", Analyzer.defaults(), Lexicons.actors(), QuoteOptions.DEFAULTS).quotes();
        for (String id : IDS) {
            GoldEvaluation.Score s = GoldEvaluation.score(id, gold, quotes);
            perDoc.put(id, s);
            all.add(s);
        }
    }

    @Test
    void speakerAttributionReachesPointNineOnTheGoldSeeds(TestReporter report) throws IOException {
        perDoc.forEach((id, s) -> report.publishEntry("quotes gold " + id, s.figures()));
        report.publishEntry("quotes gold all", all.figures());
        StringBuilder text = new StringBuilder("Quotation gold evaluation (seeds 001, 003, 004; rule in quotes-gold.README.md)\n");
        perDoc.forEach((id, s) -> text.append(id).append(": ").append(s.figures()).append('\n'));
        text.append("all: ").append(all.figures()).append("\n\nRemaining errors:\n").append(String.join("\n", all.errors)).append('\n');
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        String detail = all.figures() + "\n" + String.join("\n", all.errors);
        assertThat(all.gold).as("gold rows with a speaker (README: 157)").isEqualTo(157);
        assertThat(all.precision()).as("precision; " + detail).isGreaterThanOrEqualTo(0.9);
        assertThat(all.recall()).as("recall; " + detail).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void everySeedIsReasonableOnItsOwn(TestReporter report) {
        perDoc.forEach((id, s) -> {
            report.publishEntry("quotes gold " + id, s.figures());
            assertThat(s.precision()).as(id + ": " + s.figures()).isGreaterThanOrEqualTo(0.8);
            assertThat(s.recall()).as(id + ": " + s.figures()).isGreaterThanOrEqualTo(0.8);
        });
    }
}
