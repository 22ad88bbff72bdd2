package framelab.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> words(String s) {
        return Tokenizer.DEFAULT.tokens(s).stream().map(Token::text).toList();
    }

    @Test
    void keepsNewsCompoundsWhole() {
        assertThat(words("de-escalation of surface-to-air missiles")).containsExactly("de-escalation", "of", "surface-to-air", "missiles");
        assertThat(words("The U.S. and U.K. sent 100,000 troops, 3.5 tanks.")).containsExactly("The", "U.S.", "and", "U.K.", "sent", "100,000", "troops", "3.5", "tanks");
        assertThat(words("the February 10-20 drills")).containsExactly("the", "February", "10-20", "drills");
    }

    @Test
    void splitsPossessiveWithEitherApostrophe() {
        assertThat(words("Russia's and Russia’s border")).containsExactly("Russia", "'s", "and", "Russia", "’s", "border");
        assertThat(words("don't o’brien we'll")).containsExactly("don't", "o’brien", "we'll");
        assertThat(words("allies' troops")).containsExactly("allies", "troops");
    }

    @Test
    void dropsQuotesAndPunctuationOfEveryKind() {
        assertThat(words("‘NO real signs’ “said” \"he\" — Kyiv…")).containsExactly("NO", "real", "signs", "said", "he", "Kyiv");
    }

    @Test
    void handlesNonLatinScriptsAndCombiningMarks() {
        assertThat(words("Зеленский visited café and cafe\u0301 😀 مرحبا")).containsExactly("Зеленский", "visited", "café", "and", "cafe\u0301", "مرحبا");
        // the analyzer composes (NFC) so both spellings are one term
        assertThat(Analyzer.builder().stopwords(Stopwords.none()).build().terms("café cafe\u0301")).containsExactly("café", "café");
    }

    @Test
    void sentenceFinalAbbreviationAndPlainPeriod() {
        assertThat(words("troops in the U.S. Then")).containsExactly("troops", "in", "the", "U.S.", "Then");
        assertThat(words("end. Next")).containsExactly("end", "Next");
    }

    @Test
    void analyzerNormalisesCaseApostropheAndDropsClitics() {
        Analyzer a = Analyzer.builder().stopwords(Stopwords.none()).build();
        assertThat(a.terms("Russia’s RUSSIA's russia Don’t")).containsExactly("russia", "russia", "russia", "don't");
    }

    @Test
    void analyzerChainStopwordsStemNgramsMultiwords() {
        Analyzer a = Analyzer.builder().multiwords(MultiwordUnits.of("t", List.of("vladimir putin"))).ngrams(1, 2).stemmer("porter").build();
        assertThat(a.terms("Vladimir Putin is deploying the troops"))
                .containsExactly("vladimir_putin", "deploi", "troop", "vladimir_putin_deploi", "deploi_troop");
        assertThat(a.spec()).contains("stemmer=porter", "ngrams=1..2", "stopwords=en-snowball(175)");
    }

    @Test
    void bundledMultiwordListJoinsNamesAndOffices() {
        Analyzer a = Analyzer.builder().multiwords(MultiwordUnits.named("default")).build();
        assertThat(a.terms("Jens Stoltenberg said the United States and Vladimir Putin's Kremlin"))
                .containsExactly("jens_stoltenberg", "said", "united_states", "vladimir_putin", "kremlin");
    }

    @Property(tries = 500)
    void offsetsIncreaseStayInsideAndTokensAreNonEmpty(@ForAll String text) {
        int[] last = {-1};
        Tokenizer.DEFAULT.tokenize(text, (t, s, e, c) -> {
            assertThat(s).isGreaterThanOrEqualTo(0).isGreaterThan(last[0] - 1).isLessThan(e);
            assertThat(e).isLessThanOrEqualTo(text.length());
            assertThat(s).isGreaterThanOrEqualTo(last[0]);
            last[0] = e;
        });
    }

    @Property(tries = 300)
    void analyzerNeverThrowsAndTermsAreNonEmpty(@ForAll String text) {
        assertThat(Analyzer.defaults().terms(text)).allSatisfy(t -> assertThat(t).isNotEmpty());
    }
}
