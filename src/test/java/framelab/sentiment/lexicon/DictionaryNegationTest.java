package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import framelab.text.Analyzer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Negation window, LSD-style negated entries, net tone and log tone, by hand. The dictionary is
 * lsd-mini.yml: negative abandon* bad crisis; positive benefit* good yes; neg_positive "not good",
 * "no benefit*"; neg_negative "not bad", "no crisis".
 */
class DictionaryNegationTest {
    static final Analyzer A = Analyzer.defaults();
    static final CategoryLexicon LSD = LexiconReadersTest.categories("lsd-mini.yml", LexiconFormat.QUANTEDA_YAML);
    static final DictionaryScorer S = DictionaryScorer.of(LSD, A);

    static double pos(String text) {
        return S.score(text).value("count_positive");
    }

    static double negPos(String text) {
        return S.score(text).value("count_neg_positive");
    }

    @Test
    void windowEdgesAtThreeTokens() {
        assertThat(negPos("never a very good idea")).isEqualTo(1); // never is 3 tokens before good
        assertThat(pos("never a very good idea")).isZero();
        assertThat(negPos("never at all a good idea")).isZero(); // 4 tokens before: outside
        assertThat(pos("never at all a good idea")).isEqualTo(1);
        assertThat(negPos("never good")).isEqualTo(1); // adjacent
        assertThat(S.withNegation(Negation.defaults().withWindow(4)).score("never at all a good idea").value("count_neg_positive")).isEqualTo(1);
        assertThat(S.withNegation(Negation.defaults().withWindow(1)).score("never a good idea").value("count_neg_positive")).isZero();
    }

    @Test
    void theWindowCountsWordsNotClitics() {
        // never(1) Russia(2) 's(skipped) good: never is 2 words before good
        assertThat(negPos("never Russia's good")).isEqualTo(1);
    }

    @Test
    void clausePunctuationEndsTheWindowButCommasDoNot() {
        assertThat(pos("He did not. Good news")).isEqualTo(1);
        assertThat(pos("not; good")).isEqualTo(1);
        assertThat(negPos("not, however, good")).isEqualTo(1);
        assertThat(S.withNegation(Negation.defaults().withClauseBounded(false)).score("He did not. Good news").value("count_neg_positive")).isEqualTo(1);
    }

    @Test
    void negatorFormsIncludingContractionsAndCurlyApostrophes() {
        assertThat(negPos("I don’t see good news")).isEqualTo(1);
        assertThat(negPos("It isn't good")).isEqualTo(1);
        assertThat(negPos("cannot be good")).isEqualTo(1);
        assertThat(negPos("without any benefit")).isEqualTo(1);
        assertThat(S.score("nobody was bad").value("count_neg_negative")).isEqualTo(1);
        assertThat(negPos("despite good news")).isZero();
    }

    @Test
    void dictionaryNegationsCountOnceAndAreNotNegatedAgain() {
        UnitScores u = S.score("not good; never not good; no benefits");
        // "not good" ×2 and "no benefits" are neg_positive entries; "never" before the second does not flip it back
        assertThat(u.value("count_neg_positive")).isEqualTo(3);
        assertThat(u.value("count_positive")).isZero();
        assertThat(u.value("hits")).isEqualTo(3);
    }

    @Test
    void negationOffCountsPolesAsThemselves() {
        DictionaryScorer off = S.withNegation(Negation.none());
        assertThat(off.score("never bad").value("count_negative")).isEqualTo(1);
        assertThat(off.score("not bad").value("count_neg_negative")).isEqualTo(1); // a dictionary entry, not the rule
    }

    @Test
    void netToneAndLogToneByHand() {
        // tokens (12): good good and great benefits not good a bad crisis not bad
        // hits: good, good, benefits → positive 3; "not good" → neg_positive 1; bad, crisis → negative 2; "not bad" → neg_negative 1
        UnitScores u = S.score("Good, good and great benefits. Not good. A bad crisis, not bad.");
        assertThat(u.value("tokens")).isEqualTo(12);
        assertThat(u.value("count_positive")).isEqualTo(3);
        assertThat(u.value("count_negative")).isEqualTo(2);
        assertThat(u.value("count_neg_positive")).isEqualTo(1);
        assertThat(u.value("count_neg_negative")).isEqualTo(1);
        assertThat(u.value("hits")).isEqualTo(7);
        assertThat(u.value("matched_tokens")).isEqualTo(9);
        // Young & Soroka: (P_all − NP) − (N_all − NN) with P_all = 3 + 1, N_all = 2 + 1 → 3 − 2 = 1
        assertThat(u.value("net_tone")).isEqualTo(1);
        assertThat(u.value("net_tone_per1000")).isCloseTo(1000.0 / 12, within(1e-9));
        // log((pos + 0.5) / (neg + 0.5)), pos = positive + neg_negative = 4, neg = negative + neg_positive = 3
        assertThat(u.value("log_tone")).isCloseTo(Math.log(4.5 / 3.5), within(1e-12));
        assertThat(u.value("log_tone")).isCloseTo(0.25131442828090617, within(1e-12));
        assertThat(u.names()).endsWith("net_tone", "net_tone_per1000", "log_tone");
    }

    @Test
    void windowNegationFeedsTheToneLikeDictionaryNegation() {
        UnitScores u = S.score("never good, never bad");
        assertThat(u.value("count_neg_positive")).isEqualTo(1);
        assertThat(u.value("count_neg_negative")).isEqualTo(1);
        assertThat(u.value("net_tone")).isZero();
        assertThat(u.value("log_tone")).isCloseTo(0, within(1e-12));
        assertThat(S.matches("never good, never bad")).extracting(LexiconMatch::negated).containsExactly(true, true);
    }

    @Test
    void wordListPolarityAndCustomNegators() {
        CategoryLexicon huliu = Lexicons.readWordLists("huliu", LexiconReadersTest.res("positive-words.txt"), LexiconReadersTest.res("negative-words.txt"));
        Negation mine = Negation.read(LexiconReadersTest.res("negators-mini.txt"));
        assertThat(mine.negators()).containsExactlyInAnyOrder("not", "never");
        DictionaryScorer s = DictionaryScorer.of(huliu, A).withNegation(mine);
        UnitScores u = s.score("no great benefit, not terrible");
        assertThat(u.value("count_positive")).isEqualTo(2); // "no" is not in this negator list
        assertThat(u.value("count_neg_negative")).isEqualTo(1);
        assertThat(s.categories()).containsExactly("positive", "negative", "neg_positive", "neg_negative");
        assertThat(Path.of(mine.source()).getFileName().toString()).isEqualTo("negators-mini.txt");
    }
}
