package framelab.sentiment.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.corpus.CorpusInputException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconReadersTest {

    static Path res(String name) {
        try {
            return Path.of(LexiconReadersTest.class.getResource("/lexicons/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static ValenceLexicon valence(String file, LexiconFormat f) {
        return (ValenceLexicon) Lexicons.read(res(file), f);
    }

    static CategoryLexicon categories(String file, LexiconFormat f) {
        return (CategoryLexicon) Lexicons.read(res(file), f);
    }

    @Test
    void vaderKeepsTheMeanAndLetsTheLaterDuplicateWin() {
        ValenceLexicon l = valence("vader-mini.txt", LexiconFormat.VADER);
        assertThat(l.name()).isEqualTo("vader-mini");
        assertThat(l.globs()).isFalse();
        assertThat(l.size()).isEqualTo(5);
        assertThat(l.score("good")).isEqualTo(1.9);
        assertThat(l.score("fed up")).isEqualTo(-1.8);
        assertThat(l.score(":-*")).isEqualTo(1.7); // literal: '*' is no wildcard here
        assertThat(l.score("lol")).isEqualTo(2.9);
        assertThat(l.notes()).singleElement().asString().contains("vader-mini.txt:6").contains("later line wins");
    }

    @Test
    void vaderBundledLexiconAsAPlainValenceList() {
        ValenceLexicon l = (ValenceLexicon) Lexicons.parse(Lexicons.resource("vader/vader_lexicon.txt"), "vader-words", LexiconFormat.VADER);
        assertThat(l.size()).isEqualTo(7494); // 7,520 lines, 14 repeated tokens, 12 more that differ only in case
        assertThat(l.score("lol")).isEqualTo(1.8); // line 4406 after line 305
        assertThat(l.score("o.o")).isEqualTo(-0.8); // the lower-case line, not O.o / o.O
        assertThat(l.notes()).hasSize(26);
        assertThat(ValenceScorer.of(l, framelab.text.Analyzer.defaults()).score("LOL, that is so good").value("sum")).isEqualTo(1.8 + 1.9);
    }

    @Test
    void afinnReadsIntegersAndPhrases() {
        ValenceLexicon l = valence("afinn-mini.tsv", LexiconFormat.AFINN);
        assertThat(l.scores()).containsEntry("not good", -2.0).containsEntry("kind of", 0.0).containsEntry("naïve", -2.0);
        assertThat(l.size()).isEqualTo(7);
    }

    @Test
    void huLiuWordListsSkipTheCommentHeaderAndMakeAPolarityDictionary() {
        CategoryLexicon l = Lexicons.readWordLists("huliu", res("positive-words.txt"), res("negative-words.txt"));
        assertThat(l.categories()).containsExactly("positive", "negative");
        assertThat(l.patternsOf("positive")).containsExactly("a+", "benefit", "good", "great", "well-being");
        assertThat(l.patternsOf("negative")).containsExactly("2-faced", "bad", "crisis", "f**k", "terrible");
        assertThat(l.polarity()).contains(Polarity.STANDARD);
        CategoryLexicon single = categories("positive-words.txt", LexiconFormat.WORD_LIST);
        assertThat(single.categories()).containsExactly("positive-words");
    }

    @Test
    void liwc2007Layout() {
        CategoryLexicon l = categories("mini.dic", LexiconFormat.LIWC);
        assertThat(l.categories()).containsExactly("posemo", "negemo", "sad", "funct");
        assertThat(l.categoriesOf("abandon*")).containsOnlyKeys("negemo", "sad");
        assertThat(l.categoriesOf("kind of")).containsOnlyKeys("funct");
        assertThat(l.globs()).isTrue();
        assertThat(l.polarity()).isEmpty();
        assertThat(l.withPolarity(Polarity.of("posemo", "negemo")).polarity().orElseThrow().negatedPositive()).isEqualTo("neg_posemo");
    }

    @Test
    void liwc2015VariantsBomCrlfNamesSpacesAndConditionalCodes() {
        CategoryLexicon l = categories("liwc2015-variant.dic", LexiconFormat.LIWC);
        assertThat(l.categories()).containsExactly("function", "pronoun", "affect", "posemo", "negemo");
        assertThat(l.categoriesOf("happy*")).containsOnlyKeys("affect", "posemo");
        assertThat(l.categoriesOf("hurt*")).containsOnlyKeys("affect", "negemo");
        assertThat(l.categoriesOf("he")).containsOnlyKeys("function", "pronoun");
        assertThat(l.categoriesOf("kind of")).containsOnlyKeys("function");
        assertThat(l.categoriesOf("like")).isEmpty();
        assertThat(l.notes()).singleElement().asString().contains("liwc2015-variant.dic:13").contains("conditional");
    }

    @Test
    void categoryTableWithWeights() {
        CategoryLexicon l = categories("table.csv", LexiconFormat.CATEGORY_TABLE);
        assertThat(l.categories()).containsExactly("threat", "anger", "conflict");
        assertThat(l.categoriesOf("attack")).isEqualTo(Map.of("threat", 1.0, "conflict", 0.5));
        assertThat(l.categoriesOf("terror*")).containsEntry("threat", 2.0);
        assertThat(l.categoriesOf("fed up")).containsEntry("anger", 1.0);
        assertThat(l.weighted()).isTrue();
    }

    @Test
    void generalInquirerSpreadsheetAsMembershipTable() {
        CategoryLexicon l = categories("gi-mini.csv", LexiconFormat.MEMBERSHIP_TABLE);
        assertThat(l.categories()).containsExactly("Positiv", "Negativ", "Strong");
        assertThat(l.patterns()).containsExactly("abandon", "accept", "affection"); // ABOUT#1/#2 have no category
        assertThat(l.categoriesOf("accept")).containsOnlyKeys("Positiv", "Strong");
        assertThat(l.polarity()).isEmpty();
        assertThat(l.withPolarity(Polarity.of("Positiv", "Negativ")).polarity()).isPresent();
    }

    @Test
    void quantedaYamlLsdStyleIsAPolarityDictionary() {
        CategoryLexicon l = categories("lsd-mini.yml", LexiconFormat.QUANTEDA_YAML);
        assertThat(l.categories()).containsExactly("negative", "positive", "neg_positive", "neg_negative");
        assertThat(l.patternsOf("positive")).containsExactly("benefit*", "good", "yes");
        assertThat(l.patternsOf("neg_negative")).containsExactly("not bad", "no crisis");
        assertThat(l.polarity()).contains(Polarity.STANDARD);
    }

    @Test
    void quantedaYamlNestedKeysFlowListsAndScalars() {
        CategoryLexicon l = categories("nested.yaml", LexiconFormat.QUANTEDA_YAML);
        assertThat(l.categories()).containsExactly("economy.jobs", "economy.prices", "security");
        assertThat(l.patternsOf("economy.jobs")).containsExactly("job*", "unemploy*", "labour market");
        assertThat(l.patternsOf("security")).containsExactly("terror*");
    }

    @Test
    void lexicoderLc3AndWordstatCatGiveTheSameDictionary() {
        CategoryLexicon lc3 = categories("lsd-mini.lc3", LexiconFormat.LEXICODER);
        CategoryLexicon cat = categories("lsd-mini.cat", LexiconFormat.WORDSTAT);
        assertThat(lc3.categories()).containsExactly("negative", "positive", "neg_positive", "neg_negative");
        assertThat(cat.categories()).isEqualTo(lc3.categories());
        assertThat(cat.entries()).isEqualTo(lc3.entries());
        assertThat(lc3.polarity()).contains(Polarity.STANDARD);
    }

    @Test
    void empathUnderscoresArePhrasesAndRepeatsCountOnce() {
        CategoryLexicon l = categories("empath-mini.tsv", LexiconFormat.EMPATH);
        assertThat(l.categories()).containsExactly("violence", "trust", "sadness");
        assertThat(l.patternsOf("violence")).containsExactly("violence", "attack", "kill", "blood");
        assertThat(l.patternsOf("sadness")).contains("so much pain");
    }

    @Test
    void nrcEmolexKeepsAssociationsOfOne() {
        CategoryLexicon l = categories("nrc-mini.txt", LexiconFormat.NRC_EMOLEX);
        assertThat(l.categories()).containsExactly("anger", "fear", "negative", "positive", "sadness");
        assertThat(l.categoriesOf("abandon")).containsOnlyKeys("fear", "negative", "sadness");
        assertThat(l.categoriesOf("benefit")).containsOnlyKeys("positive");
        assertThat(l.patternsOf("anger")).isEmpty();
        assertThat(l.polarity()).contains(Polarity.STANDARD);
    }

    @Test
    void mpqaStemmedWordsBecomePrefixes() {
        CategoryLexicon l = categories("mpqa-mini.tff", LexiconFormat.MPQA);
        assertThat(l.categories()).containsExactly("negative", "positive", "neutral", "both");
        assertThat(l.patterns()).containsExactly("abandoned", "abandon*", "benefit*", "about", "fine", "impassive");
        assertThat(l.polarity()).isPresent();
    }

    @Test
    void windows1252FallbackIsNoted() {
        CategoryLexicon l = categories("latin1-words.txt", LexiconFormat.WORD_LIST);
        assertThat(l.patterns()).containsExactly("café", "naïve");
        assertThat(l.notes()).singleElement().asString().contains("windows-1252");
    }

    @ParameterizedTest(name = "{0} line {1}")
    @CsvSource({
            "vader-bad.txt, 3, VADER, mean valence",
            "afinn-bad.tsv, 3, AFINN, 2 tab-separated fields",
            "wordlist-bad.txt, 3, WORD_LIST, found a tab",
            "liwc-bad.dic, 7, LIWC, category number 7",
            "table-bad.csv, 3, CATEGORY_TABLE, numeric weight",
            "membership-bad.csv, 3, MEMBERSHIP_TABLE, at most 3 fields",
            "yaml-bad.yml, 3, QUANTEDA_YAML, expected 'key:' or '- pattern'",
            "lc3-bad.lc3, 1, LEXICODER, before the first '+category'",
            "cat-bad.cat, 3, WORDSTAT, no category line above it",
            "empath-bad.tsv, 2, EMPATH, found no tab",
            "nrc-bad.txt, 3, NRC_EMOLEX, association 0 or 1",
            "mpqa-bad.tff, 2, MPQA, word1= and priorpolarity="
    })
    void malformedLineNamesFileAndLine(String file, int line, LexiconFormat format, String expected) {
        assertThatThrownBy(() -> Lexicons.read(res(file), format))
                .isInstanceOfSatisfying(CorpusInputException.class, e -> {
                    assertThat(e.location()).endsWith(file + ":" + line);
                    assertThat(e.getMessage()).contains(expected).contains("what to do:");
                });
    }

    @Test
    void globsElsewhereThanTheEndAreRejectedWithTheLine() {
        LexiconText t = LexiconText.decode("x.lc3", "+populism\nelit*\n*deceit*\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Lexicons.parse(t, "x", LexiconFormat.LEXICODER))
                .isInstanceOfSatisfying(CorpusInputException.class, e -> assertThat(e.location()).isEqualTo("x.lc3:3"))
                .hasMessageContaining("'*' may only end a word");
    }

    @Test
    void missingFileIsAnInputErrorAtTheFile() {
        Path p = Path.of("no/such/lexicon.dic");
        assertThatThrownBy(() -> Lexicons.read(p)).isInstanceOfSatisfying(CorpusInputException.class,
                e -> assertThat(e.location()).isEqualTo(p.toString()));
    }

    @Test
    void formatDetectionByExtension() {
        assertThat(LexiconFormat.detect(Path.of("LIWC2015.dic"))).contains(LexiconFormat.LIWC);
        assertThat(LexiconFormat.detect(Path.of("LSD2015.lc3"))).contains(LexiconFormat.LEXICODER);
        assertThat(LexiconFormat.detect(Path.of("LSD2015.CAT"))).contains(LexiconFormat.WORDSTAT);
        assertThat(LexiconFormat.detect(Path.of("lsd.yml"))).contains(LexiconFormat.QUANTEDA_YAML);
        assertThat(LexiconFormat.detect(Path.of("subjclueslen1-HLTEMNLP05.tff"))).contains(LexiconFormat.MPQA);
        assertThat(LexiconFormat.detect(Path.of("mine.csv"))).contains(LexiconFormat.CATEGORY_TABLE);
        for (String ambiguous : List.of("AFINN-165.txt", "categories.tsv", "vader_lexicon.txt", "NRC.txt")) {
            assertThat(LexiconFormat.detect(Path.of(ambiguous))).isEmpty();
        }
        assertThatThrownBy(() -> Lexicons.read(Path.of("AFINN-165.txt"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name it");
        assertThat(Lexicons.read(res("lsd-mini.yml"))).isInstanceOf(CategoryLexicon.class);
        assertThat(LexiconFormat.parse("nrc-emolex")).isEqualTo(LexiconFormat.NRC_EMOLEX);
    }
}
