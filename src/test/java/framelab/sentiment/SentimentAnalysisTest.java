package framelab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.sentiment.vader.VaderScorer;
import framelab.text.Analyzer;
import framelab.text.Segmenter;
import framelab.text.Token;
import framelab.text.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentAnalysisTest {
    static final List<Document> SEEDS = CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults())
            .corpus().documents();

    @Test
    void documentUnitScoresTheWholeTextAsOneStringLikeTheReference() {
        SentimentResult r = SentimentAnalysis.run(SEEDS, "source", Analyzer.defaults(), SentimentOptions.DEFAULTS.withUnit(Unit.DOCUMENT));
        VaderScorer v = VaderScorer.bundled();
        for (Document d : SEEDS) {
            double compound = r.units().stream().filter(x -> x.docId().equals(d.id()) && x.measure().equals("compound"))
                    .findFirst().orElseThrow().value();
            assertThat(compound).isEqualTo(v.score(d.text()).compound());
        }
        assertThat(r.units()).hasSize(SEEDS.size() * 4);
    }

    @Test
    void sentenceUnitsFollowTheSegmenterAndGroupMeansAreTheirMeans() {
        SentimentResult r = SentimentAnalysis.run(SEEDS, "source", Analyzer.defaults(), SentimentOptions.DEFAULTS);
        Document mt = SEEDS.stream().filter(d -> d.id().equals("001")).findFirst().orElseThrow();
        int sentences = new Segmenter(Unit.SENTENCE).segments("001", mt.text()).size();
        List<SentimentRow> mtCompound = r.units().stream().filter(x -> x.docId().equals("001") && x.measure().equals("compound")).toList();
        assertThat(mtCompound).hasSize(sentences);
        double mean = mtCompound.stream().mapToDouble(SentimentRow::value).average().orElseThrow();
        GroupSummary g = r.groups().stream().filter(x -> x.group().equals("The Moscow Times") && x.measure().equals("compound")).findFirst().orElseThrow();
        assertThat(g.mean()).isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(g.n()).isEqualTo(sentences);
        // 5 groups → 10 pairs per measure
        assertThat(r.differences().stream().filter(x -> x.measure().equals("compound"))).hasSize(10);
    }

    @Test
    void actorToneUsesTheSentencesThatMentionTheActor() {
        Document d = new Document("x", "Putin is a brutal aggressor. The weather was lovely and wonderful. NATO showed great support.",
                DocMeta.of(Map.of("source", "S")), "t");
        SentimentResult r = SentimentAnalysis.run(List.of(d), "source", Analyzer.defaults(), SentimentOptions.DEFAULTS);
        ActorSummary russia = r.actors().stream().filter(a -> a.actor().equals("Russia") && a.context().equals("sentence")).findFirst().orElseThrow();
        ActorSummary nato = r.actors().stream().filter(a -> a.actor().equals("NATO/West") && a.context().equals("sentence")).findFirst().orElseThrow();
        VaderScorer v = VaderScorer.bundled();
        assertThat(russia.mean()).isEqualTo(v.score("Putin is a brutal aggressor.").compound()).isNegative();
        assertThat(nato.mean()).isEqualTo(v.score("NATO showed great support.").compound()).isPositive();
        assertThat(r.actors()).noneMatch(a -> a.actor().equals("Ukraine"));
    }

    @Test
    void windowIsTokensAroundTheMention() {
        String text = "one two three Putin four five six";
        List<Token> tokens = framelab.text.Tokenizer.DEFAULT.tokens(text);
        int start = text.indexOf("Putin");
        assertThat(SentimentAnalysis.window(text, tokens, start, start + 5, 2)).isEqualTo("two three Putin four five");
        assertThat(SentimentAnalysis.window(text, tokens, start, start + 5, 10)).isEqualTo(text);
    }

    @Test
    void rerunsAreIdentical() {
        SentimentOptions o = SentimentOptions.DEFAULTS.withLexicons(List.of("vader", "afinn"));
        assertThat(SentimentAnalysis.run(SEEDS, "source", Analyzer.defaults(), o))
                .isEqualTo(SentimentAnalysis.run(SEEDS, "source", Analyzer.defaults(), o));
    }
}
