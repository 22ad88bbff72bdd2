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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Speaker attribution on text the rules were not tuned on: a hand-made list of every quotation in seeds 000
 * (the spun wire copy) and 002 (the blog), written by the same annotator as {@code quotes-gold.csv}, with the
 * same definition and evaluation rule, and kept away from the rules' author until they were finished. The
 * tuned-on seeds score 1.000 / 0.987; this is the honest estimate, asserted at the level it reached when the
 * list was first scored so that a regression fails.
 */
class QuoteHeldOutTest {
    static final List<String> IDS = List.of("000", "002");
    static final Path REPORT = Path.of("target", "quotes-heldout-report.txt");

    @Test
    void attributionOnHeldOutSeeds(TestReporter report) throws IOException {
        Map<String, Document> docs = new LinkedHashMap<>();
        for (Document d : CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults()).corpus().documents()) {
            if (IDS.contains(d.id())) docs.put(d.id(), d);
        }
        List<GoldEvaluation.Gold> gold = GoldEvaluation.gold(docs, GoldEvaluation.HELD_OUT);
        List<Quote> quotes = Quotations.run(List.copyOf(docs.values()), "source", Analyzer.defaults(), Lexicons.actors(), QuoteOptions.DEFAULTS).quotes();
        GoldEvaluation.Score all = new GoldEvaluation.Score();
        StringBuilder text = new StringBuilder("Held-out quotation gold (seeds 000, 002)\n");
        for (String id : IDS) {
            GoldEvaluation.Score s = GoldEvaluation.score(id, gold, quotes);
            all.add(s);
            text.append(id).append(": ").append(s.figures()).append('\n');
            report.publishEntry("quotes held-out " + id, s.figures());
        }
        text.append("all: ").append(all.figures()).append("\n\nErrors:\n").append(String.join("\n", all.errors)).append('\n');
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
        assertThat(all.gold).as("held-out rows with a speaker").isEqualTo(27);
        String detail = all.figures() + "\n" + String.join("\n", all.errors);
        // first scored on 2026-11-22: precision 0.882 (15/17), recall 0.630 (17/27); the misses are the spinner's
        // "mentioned" clauses without a subject, nested attributions and a "White House readout" taken as the speaker
        assertThat(all.precision()).as("precision; " + detail).isGreaterThanOrEqualTo(0.85);
        assertThat(all.recall()).as("recall; " + detail).isGreaterThanOrEqualTo(0.6);
    }
}
