package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import framelab.corpus.CorpusInputException;
import framelab.text.Analyzer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Readers fail only with CorpusInputException; scorers never throw, and their counts add up. */
class LexiconPropertiesTest {
    static final Analyzer A = Analyzer.defaults();
    static final List<LexiconScorer> SCORERS = List.of(
            ValenceScorer.of(Lexicons.afinn(), A),
            DictionaryScorer.of(Lexicons.empath(), A),
            DictionaryScorer.of(LexiconReadersTest.categories("lsd-mini.yml", LexiconFormat.QUANTEDA_YAML), A),
            DictionaryScorer.of(LexiconReadersTest.categories("mini.dic", LexiconFormat.LIWC).withPolarity(Polarity.of("posemo", "negemo")), A),
            DictionaryScorer.of(LexiconReadersTest.categories("table.csv", LexiconFormat.CATEGORY_TABLE), A));

    /** Fragments of every format's syntax, so random lines reach deep into each reader. */
    static final String[] SYNTAX = {"%", "+negative", "+", "positive:", "  - good", "- ", "key: [a, \"b c\"]", "\t", "\t\t", " ",
        "word\t1", "good\t1.9\t0.9\t[1, 2]", "bad\t-3", "a,b,c", "pattern,category,weight", "term,x,y", "Entry,Source,Positiv",
        "*", "x*", "*x", "f**k", "(", ")", "<of>", "131/125", "1\tposemo", "01 02", "type=weaksubj word1=a priorpolarity=positive",
        "stemmed1=y", "'", "''", "\"", "\\", "[", "]", "#", ";", ":", "\u2019", "\uFEFF", "\r", "\r\n", "\n", "ABANDON* (1)",
        "NEGATIVE", "abandon\tfear\t1", "violence\tattack\tkill", "so_much_pain", "0", "-", "999999999999", "1e400", "NaN", "\u0000"};

    @Provide
    Arbitrary<String> lexiconText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(SYNTAX), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> line = piece.list().ofMaxSize(6).map(l -> String.join("", l));
        return line.list().ofMaxSize(12).map(l -> String.join("\n", l));
    }

    @Property(tries = 1500)
    void readersThrowNothingButCorpusInputException(@ForAll("lexiconText") String text, @ForAll LexiconFormat format) {
        readOrInputError(text.getBytes(StandardCharsets.UTF_8), format);
    }

    @Property(tries = 300)
    void readersSurviveArbitraryBytes(@ForAll byte[] bytes, @ForAll LexiconFormat format) {
        readOrInputError(bytes, format);
    }

    static void readOrInputError(byte[] bytes, LexiconFormat format) {
        try {
            Lexicon l = Lexicons.parse(LexiconText.decode("prop.lex", bytes), "prop", format);
            assertThat(l.size()).isEqualTo(l.patterns().size());
            LexiconScorer.of(l, A).score("good bad not good abandon so much pain"); // whatever was read compiles and scores
        } catch (CorpusInputException e) {
            assertThat(e.location()).startsWith("prop.lex");
            assertThat(e.getMessage()).contains("what to do:");
        } catch (RuntimeException e) {
            fail(format + " threw " + e + " on " + new String(bytes, StandardCharsets.UTF_8).replace("\n", "⏎"), e);
        }
    }

    static final String[] WORDS = {"not", "never", "no", "good", "bad", "benefits", "crisis", "fed", "up", "abandoned", "sad",
        "sadness", "kind", "of", "Russia's", "it’s", "don’t", "terror", "attack", "war", "worst", "part", "so", "much", "pain",
        "U.S.", "3.5", "well-being", ",", ".", ";", " ", "  ", "\n", "!", "\"", "'", "-", "’s"};

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> newsLike = Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l));
        Arbitrary<String> glued = Arbitraries.of(WORDS).list().ofMaxSize(30).map(l -> String.join("", l));
        return Arbitraries.oneOf(newsLike, glued, Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("ab \n\u2019'.-*").ofMaxLength(100));
    }

    @Property(tries = 800)
    void scorersNeverThrowAndCountsAreConsistent(@ForAll("anyText") String text) {
        for (LexiconScorer s : SCORERS) {
            UnitScores u = s.score(text);
            assertThat(u.names()).isEqualTo(s.measures());
            double tokens = u.value("tokens");
            assertThat(u.value("hits")).isBetween(0.0, tokens);
            assertThat(s.matches(text)).hasSize((int) u.value("hits"));
            if (s instanceof DictionaryScorer d) {
                assertThat(u.value("matched_tokens")).isBetween(u.value("hits"), tokens);
                for (String c : d.categories()) assertThat(u.value("count_" + c)).isGreaterThanOrEqualTo(0);
                if (u.names().contains("net_tone")) {
                    String p = d.categories().get(0).equals("posemo") ? "posemo" : "positive";
                    String n = p.equals("posemo") ? "negemo" : "negative";
                    assertThat(u.value("net_tone")).isEqualTo(u.value("count_" + p) - u.value("count_" + n));
                }
            }
        }
    }

    /** Few words, most of them parts of phrases or negation, so phrases and windows meet the clause break often. */
    @Provide
    Arbitrary<String> dense() {
        Arbitrary<String> words = Arbitraries.of("not", "never", "no", "good", "bad", "benefits", "fed", "up", "kind", "of",
                "crisis", "Russia's", "it’s", "so", "much", "pain", "worst", "part").list().ofMaxSize(6).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(words, anyText());
    }

    @Property(tries = 600)
    void countsAddUpAcrossAClauseBreak(@ForAll("dense") String a, @ForAll("dense") String b) {
        for (LexiconScorer s : SCORERS) {
            UnitScores ua = s.score(a);
            UnitScores ub = s.score(b);
            UnitScores joined = s.score(a + " ; " + b);
            for (String m : s.measures()) {
                if (m.equals("tokens") || m.equals("hits") || m.equals("matched_tokens") || m.equals("sum") || m.startsWith("count_")) {
                    assertThat(joined.value(m)).as(s.lexicon() + " " + m).isCloseTo(ua.value(m) + ub.value(m),
                            org.assertj.core.api.Assertions.within(1e-9));
                }
            }
        }
    }
}
