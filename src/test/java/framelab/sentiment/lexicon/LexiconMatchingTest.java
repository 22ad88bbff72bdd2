package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.text.Analyzer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How patterns match tokens: globs, phrases before words, specificity, clitics, what can never match. */
class LexiconMatchingTest {
    static final Analyzer A = Analyzer.defaults(); // its stopword list must not matter

    static List<String> hits(CategoryLexicon l, String text) {
        return DictionaryScorer.of(l, A).withNegation(Negation.none()).matches(text).stream()
                .map(m -> m.text() + "=" + String.join("+", m.counted().keySet())).toList();
    }

    static CategoryLexicon dict(Object... categoryThenPatterns) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < categoryThenPatterns.length; i += 2) {
            m.put((String) categoryThenPatterns[i], List.of((String[]) categoryThenPatterns[i + 1]));
        }
        return CategoryLexicon.of("t", m, true);
    }

    @Test
    void trailingStarIsAPrefixIncludingTheBareStem() {
        CategoryLexicon l = dict("neg", new String[] {"abandon*"});
        assertThat(hits(l, "Abandon abandoned ABANDONMENT abando bandon"))
                .containsExactly("Abandon=neg", "abandoned=neg", "ABANDONMENT=neg");
    }

    @Test
    void starElsewhereIsRejected() {
        assertThatThrownBy(() -> dict("x", new String[] {"*deceit*"})).hasMessageContaining("'*' may only end a word");
        assertThatThrownBy(() -> dict("x", new String[] {"*"})).hasMessageContaining("bare '*'");
        assertThatThrownBy(() -> dict("x", new String[] {"f*ck"})).hasMessageContaining("'*' may only end a word");
    }

    @Test
    void phraseBeforeItsWordsAndEachTokenOnce() {
        CategoryLexicon l = dict("pos", new String[] {"good"}, "negpos", new String[] {"not good"}, "func", new String[] {"not"});
        assertThat(hits(l, "not good, not bad, good")).containsExactly("not good=negpos", "not=func", "good=pos");
        DictionaryScorer s = DictionaryScorer.of(l, A);
        UnitScores u = s.score("not good, not bad, good");
        assertThat(u.value("count_pos")).isEqualTo(1);
        assertThat(u.value("count_negpos")).isEqualTo(1);
        assertThat(u.value("count_func")).isEqualTo(1);
        assertThat(u.value("hits")).isEqualTo(3);
        assertThat(u.value("matched_tokens")).isEqualTo(4);
        assertThat(u.value("tokens")).isEqualTo(5);
    }

    @Test
    void phrasesDoNotSpanPunctuation() {
        CategoryLexicon l = dict("anger", new String[] {"fed up"});
        assertThat(hits(l, "fed up / fed. Up / fed, up / fed\n  up")).containsExactly("fed up=anger", "fed\n  up=anger");
    }

    @Test
    void leftmostLongestWithOverlappingPhrases() {
        CategoryLexicon l = dict("ab", new String[] {"a b"}, "bcd", new String[] {"b c d"}, "d", new String[] {"d"});
        assertThat(hits(l, "a b c d")).containsExactly("a b=ab", "d=d");
        assertThat(hits(l, "x b c d")).containsExactly("b c d=bcd");
    }

    @Test
    void exactBeatsPrefixAndLongerPrefixBeatsShorter() {
        CategoryLexicon l = dict("host", new String[] {"host*"}, "hostage", new String[] {"hostage*"}, "hostages", new String[] {"hostages"});
        assertThat(hits(l, "hostages hostage hostile host")).containsExactly("hostages=hostages", "hostage=hostage", "hostile=host", "host=host");
    }

    @Test
    void globsInsidePhrasesAndALongerPhraseThroughAShorterPrefix() {
        CategoryLexicon l = dict("negpos", new String[] {"no benefit*"}, "x", new String[] {"no*"}, "y", new String[] {"nob* idea"});
        assertThat(hits(l, "no benefits; nobody idea; none")).containsExactly("no benefits=negpos", "nobody idea=y", "none=x");
    }

    @Test
    void possessiveCliticIsNotAWordButCanBePartOfAPattern() {
        CategoryLexicon l = dict("country", new String[] {"russia"}, "itis", new String[] {"it's"}, "it", new String[] {"it"},
                "go", new String[] {"let's go"});
        assertThat(hits(l, "Russia’s war: it's over, it is. Let's go"))
                .containsExactly("Russia=country", "it's=itis", "it=it", "Let's go=go");
        UnitScores s = DictionaryScorer.of(l, A).score("Russia's war");
        assertThat(s.value("tokens")).isEqualTo(2); // russia, war — the clitic 's is not a word
    }

    @Test
    void curlyApostrophesAndCaseFold() {
        CategoryLexicon l = dict("neg", new String[] {"can’t stand", "DON'T"});
        assertThat(l.patternsOf("neg")).containsExactly("can't stand", "don't");
        assertThat(hits(l, "I CAN’T STAND it; don’t")).containsExactly("CAN’T STAND=neg", "don’t=neg");
    }

    @Test
    void patternsTheTokenizerCannotReproduceAreListedAsUnmatchable() {
        CategoryLexicon l = Lexicons.readWordLists("huliu", LexiconReadersTest.res("positive-words.txt"), LexiconReadersTest.res("negative-words.txt"));
        DictionaryScorer s = DictionaryScorer.of(l, A);
        assertThat(s.unmatchable()).containsExactly("a+", "f**k");
        assertThat(hits(l, "A well-being crisis, a 2-faced answer")).containsExactly("well-being=positive", "crisis=negative", "2-faced=negative");
        ValenceScorer v = ValenceScorer.of(LexiconReadersTest.valence("vader-mini.txt", LexiconFormat.VADER), A);
        assertThat(v.unmatchable()).containsExactly(":-*");
        assertThat(v.spec()).contains("unmatchable=1");
    }

    @Test
    void stopwordsAreNotRemovedForMatching() {
        CategoryLexicon l = dict("func", new String[] {"the", "not"});
        assertThat(A.stopwords().words()).contains("the", "not");
        assertThat(DictionaryScorer.of(l, A).score("The cat is not here").value("count_func")).isEqualTo(2);
    }
}
