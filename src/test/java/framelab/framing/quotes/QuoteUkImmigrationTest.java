package framelab.framing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reported speech in lowercased text with its quotation marks stripped: uk_immigration_2014.csv (shared corpora,
 * not in the repository; skipped without it). One article, imm02377 (Daily Express), holds both examples of
 * the issue. The whole corpus is a bench run, not a test.
 */
class QuoteUkImmigrationTest {
    @Test
    void theIssuesTwoExamplesAreFoundWithSpeakerRoleAndCategory() {
        Path file = null;
        for (String dir : List.of("../shared/corpora", "/work/shared/corpora")) {
            Path p = Path.of(dir, "uk_immigration_2014.csv");
            if (Files.isReadable(p)) file = p;
        }
        assumeTrue(file != null, "uk_immigration_2014.csv not available (../shared/corpora); skipping");
        Document d = Cleaner.defaults().clean(Corpora.read(file, ReadOptions.DEFAULTS).document("imm02377")).document();
        List<Quote> quotes = Quotations.run(List.of(d), "outlet_type", Analyzer.defaults(), Lexicons.actors(), QuoteOptions.DEFAULTS).quotes();
        assertThat(quotes).allMatch(q -> q.kind() == QuoteKind.INDIRECT && q.group().equals("tabloid"));
        assertThat(quotes).extracting(Quote::speaker, Quote::role, Quote::verb, Quote::speakerCategory)
                .contains(tuple("rashida manjoo", "un special rapporteur", "claim", "expert/academic"),
                        tuple("home office spokeswoman", "home office spokeswoman", "say", "official/government"));
        assertThat(quotes).anySatisfy(q -> assertThat(q.text()).startsWith("violence against women and girls in any form is unacceptable"));
        // "she also claimed" and "ms manjoo complained": the pronoun and the surname are the rapporteur
        assertThat(quotes.stream().filter(q -> q.speaker().equals("rashida manjoo")).map(Quote::verb)).contains("claim", "complain");
    }
}
