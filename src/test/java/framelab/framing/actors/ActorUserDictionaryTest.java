package framelab.framing.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.LexiconFormat;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user dictionary read from a file works like the bundled one: the UK immigration 2014 actors. */
class ActorUserDictionaryTest {
    static final Path DICTIONARY = Path.of("src/main/resources/framelab/lexicons/actors/uk-immigration-2014.csv");
    static final Path UK = Path.of("../shared/corpora/uk_immigration_2014.csv");

    static CategoryLexicon dictionary() {
        return (CategoryLexicon) Lexicons.read(DICTIONARY, LexiconFormat.CATEGORY_TABLE);
    }

    @Test
    void theDictionaryReadsWholeAndEveryPatternCanMatch() {
        CategoryLexicon d = dictionary();
        assertThat(d.categories()).containsExactlyInAnyOrder("UKIP", "Conservatives", "Labour", "Liberal Democrats", "European Union",
                "Home Office", "Migrants", "Romania/Bulgaria");
        assertThat(DictionaryScorer.of(d, Analyzer.defaults()).unmatchable()).isEmpty();
    }

    @Test
    void theLongestPatternWins() {
        Document doc = ActorFixtures.doc("d", "S", "the shadow home secretary said the home secretary and nigel farage's migrants policy");
        ActorResult r = ActorAnalysis.run(List.of(doc), "source", Analyzer.defaults(), dictionary(), ActorOptions.DEFAULTS);
        assertThat(r.mentions().stream().filter(m -> m.group().equals("S") && m.mentions() > 0))
                .extracting(m -> m.actor() + "=" + m.mentions())
                .containsExactly("Home Office=1", "Labour=1", "Migrants=1", "UKIP=1");
    }

    @Test
    void tabloidsAndBroadsheetsOfTheUkCorpus() {
        assumeTrue(Files.isRegularFile(UK), "needs ../shared/corpora/uk_immigration_2014.csv");
        List<Document> docs = CleanedCorpus.of(Corpora.read(UK, ReadOptions.DEFAULTS), Cleaner.defaults()).corpus().documents();
        // every 10th article: the file is ordered by outlet
        List<Document> sample = java.util.stream.IntStream.range(0, docs.size()).filter(i -> i % 10 == 0).mapToObj(docs::get).toList();
        ActorResult r = ActorAnalysis.run(sample, "outlet_type", Analyzer.defaults(), dictionary(), ActorOptions.DEFAULTS.withPosTags(false).withTop(500));
        assertThat(r.mentions().stream().map(ActorMentionRow::group).distinct()).containsExactly("(all)", "broadsheet", "tabloid");
        assertThat(r.mentions().stream().filter(m -> m.actor().equals("UKIP"))).allMatch(m -> m.mentions() > 0);
        assertThat(r.collocates().stream().filter(c -> c.actor().equals("Migrants")).map(ActorCollocateRow::collocate)).contains("illegal");
    }
}
