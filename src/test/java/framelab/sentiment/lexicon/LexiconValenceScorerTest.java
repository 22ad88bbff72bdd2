package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.sentiment.SentimentRow;
import framelab.text.Analyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AFINN-style valence scoring, computed by hand. */
class LexiconValenceScorerTest {
    static final Analyzer A = Analyzer.defaults();
    static final ValenceScorer MINI = ValenceScorer.of(LexiconReadersTest.valence("afinn-mini.tsv", LexiconFormat.AFINN), A);

    @Test
    void sumMeanPer100AndMeanPerHitByHand() {
        // tokens: this is not good and i am fed up = 9; hits: "not good" −2, "fed up" −3 ("good" is not counted again)
        UnitScores s = MINI.score("This is not good, and I am fed up.");
        assertThat(s.lexicon()).isEqualTo("afinn-mini");
        assertThat(s.names()).containsExactly("tokens", "hits", "sum", "mean", "per100", "mean_hit");
        assertThat(s.value("tokens")).isEqualTo(9);
        assertThat(s.value("hits")).isEqualTo(2);
        assertThat(s.value("sum")).isEqualTo(-5);
        assertThat(s.value("mean")).isCloseTo(-5.0 / 9, within(1e-12));
        assertThat(s.value("per100")).isCloseTo(-500.0 / 9, within(1e-12));
        assertThat(s.value("mean_hit")).isEqualTo(-2.5);
    }

    @Test
    void aZeroPhraseBlocksItsWord() {
        // "kind of" = 0 takes "kind"; the second "kind" = +2; hits 2, sum 2, tokens 5
        UnitScores s = MINI.score("a kind of kind man");
        assertThat(s.value("hits")).isEqualTo(2);
        assertThat(s.value("sum")).isEqualTo(2);
        assertThat(s.value("mean")).isCloseTo(0.4, within(1e-12));
        assertThat(MINI.matches("a kind of kind man")).extracting(LexiconMatch::pattern).containsExactly("kind of", "kind");
    }

    @Test
    void emptyAndTokenlessUnitsHaveZeroSumsAndUndefinedRates() {
        for (String t : new String[] {"", "  ...!  ", null}) {
            UnitScores s = MINI.score(t);
            assertThat(s.value("tokens")).isZero();
            assertThat(s.value("sum")).isZero();
            assertThat(s.value("mean")).isNaN();
            assertThat(s.value("per100")).isNaN();
            assertThat(s.value("mean_hit")).isNaN();
        }
        assertThat(MINI.score("nothing here").value("mean")).isZero();
        assertThat(MINI.score("nothing here").value("mean_hit")).isNaN();
    }

    @Test
    void bundledAfinnOnASentence() {
        ValenceScorer s = ValenceScorer.of(Lexicons.afinn(), A);
        ValenceLexicon afinn = Lexicons.afinn();
        // 8 tokens: we are fed up with this terrible war; "fed up" is one AFINN entry
        UnitScores u = s.score("We are fed up with this terrible war.");
        double expected = afinn.score("fed up") + afinn.score("terrible") + afinn.score("war");
        assertThat(u.value("tokens")).isEqualTo(8);
        assertThat(u.value("hits")).isEqualTo(3);
        assertThat(u.value("sum")).isEqualTo(expected).isEqualTo(-3 - 3 - 2);
    }

    @Test
    void rowsForTheLongTable() {
        List<SentimentRow> rows = MINI.score("good").rows("d1", "sentence", "d1#s1", "tabloid");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2)).isEqualTo(new SentimentRow("d1", "sentence", "d1#s1", "tabloid", "afinn-mini", "sum", 3.0));
        assertThat(MINI.score("x").asMap()).containsKeys(ValenceScorer.MEASURES.toArray(String[]::new));
    }
}
