package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.text.Analyzer;
import org.junit.jupiter.api.Test;

/** Category counts and rates, computed by hand. */
class DictionaryScorerTest {
    static final Analyzer A = Analyzer.defaults();
    static final CategoryLexicon LIWC = LexiconReadersTest.categories("mini.dic", LexiconFormat.LIWC);
    // tokens (10): not good they abandoned the benefits sadness kind of sad
    static final String TEXT = "Not good: they abandoned the benefits. Sadness, kind of sad.";

    @Test
    void countsAndRatesPerCategory() {
        DictionaryScorer s = DictionaryScorer.of(LIWC, A);
        assertThat(s.measures()).containsExactly("tokens", "hits", "matched_tokens", "count_posemo", "per1000_posemo",
                "count_negemo", "per1000_negemo", "count_sad", "per1000_sad", "count_funct", "per1000_funct");
        UnitScores u = s.score(TEXT);
        // not→funct, good→posemo, abandoned→negemo+sad, benefits→posemo, sadness→posemo (exact, not "sad"),
        // "kind of"→funct, sad→negemo+sad
        assertThat(u.value("tokens")).isEqualTo(10);
        assertThat(u.value("hits")).isEqualTo(7);
        assertThat(u.value("matched_tokens")).isEqualTo(8);
        assertThat(u.value("count_posemo")).isEqualTo(3);
        assertThat(u.value("per1000_posemo")).isEqualTo(300);
        assertThat(u.value("count_negemo")).isEqualTo(2);
        assertThat(u.value("count_sad")).isEqualTo(2);
        assertThat(u.value("count_funct")).isEqualTo(2);
        assertThat(u.value("per1000_funct")).isEqualTo(200);
        assertThat(u.names()).doesNotContain("net_tone"); // no polarity, no tone, no negation
    }

    @Test
    void polarityOnLiwcMovesNegatedHitsAndAddsTone() {
        DictionaryScorer s = DictionaryScorer.of(LIWC.withPolarity(Polarity.of("posemo", "negemo")), A);
        assertThat(s.categories()).containsExactly("posemo", "negemo", "sad", "funct", "neg_posemo", "neg_negemo");
        UnitScores u = s.score(TEXT);
        // "Not good": good is negated → neg_posemo; "abandoned" is not: the ':' after good ends the clause
        assertThat(u.value("count_posemo")).isEqualTo(2);
        assertThat(u.value("count_neg_posemo")).isEqualTo(1);
        assertThat(u.value("count_negemo")).isEqualTo(2);
        assertThat(u.value("count_sad")).isEqualTo(2); // not a pole: untouched by negation
        assertThat(u.value("net_tone")).isEqualTo(0); // (2+1−1) − (2+0−0)
        assertThat(u.value("log_tone")).isCloseTo(Math.log(2.5 / 3.5), within(1e-12));
    }

    @Test
    void weightsAreSummed() {
        CategoryLexicon t = LexiconReadersTest.categories("table.csv", LexiconFormat.CATEGORY_TABLE);
        UnitScores u = DictionaryScorer.of(t, A).score("Terrorists attack; terror attacks; we are fed up");
        // terrorists→threat 2, attack→threat 1 + conflict 0.5, terror→threat 2, attacks: no entry ("attack" is exact), fed up→anger 1
        assertThat(u.value("count_threat")).isEqualTo(5);
        assertThat(u.value("count_conflict")).isEqualTo(0.5);
        assertThat(u.value("count_anger")).isEqualTo(1);
        assertThat(u.value("tokens")).isEqualTo(8);
        assertThat(u.value("per1000_threat")).isEqualTo(625);
    }

    @Test
    void empathBundledCountsPhrasesOnce() {
        DictionaryScorer s = DictionaryScorer.of(Lexicons.empath(), A);
        UnitScores u = s.score("The worst part of the war was the attack.");
        assertThat(u.value("tokens")).isEqualTo(9);
        assertThat(u.value("count_war")).isGreaterThanOrEqualTo(1);
        assertThat(s.matches("The worst part of the war").get(0).text()).isEqualTo("worst part");
        assertThat(s.measures()).hasSize(3 + 2 * 194);
    }

    @Test
    void emptyUnitHasZeroCountsAndUndefinedRates() {
        UnitScores u = DictionaryScorer.of(LexiconReadersTest.categories("lsd-mini.yml", LexiconFormat.QUANTEDA_YAML), A).score("");
        assertThat(u.value("tokens")).isZero();
        assertThat(u.value("count_positive")).isZero();
        assertThat(u.value("per1000_positive")).isNaN();
        assertThat(u.value("net_tone")).isZero();
        assertThat(u.value("net_tone_per1000")).isNaN();
        assertThat(u.value("log_tone")).isNaN();
    }

    @Test
    void specStatesLexiconPolarityNegationAndTokenizer() {
        DictionaryScorer s = DictionaryScorer.of(LexiconReadersTest.categories("lsd-mini.yml", LexiconFormat.QUANTEDA_YAML), A);
        assertThat(s.spec()).contains("lexicon=lsd-mini").contains("polarity=positive/negative/neg_positive/neg_negative")
                .contains("window=3").contains(A.tokenizer().spec());
        assertThat(s.withNegation(Negation.none()).spec()).contains("negation(none)");
    }
}
