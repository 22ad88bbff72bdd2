package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chrome rules: each rule kind, the bundled rules, user rule files and their errors, switching off. */
class CleanerChromeTest {
    static final Cleaner CHROME = Cleaner.none().withChrome(true);

    static Document doc(String text) {
        return new Document("d1", text, DocMeta.of(Map.of()), "test");
    }

    static String clean(Cleaner c, String text) {
        return c.clean(doc(text)).document().text();
    }

    static List<String> rules(CleanedDocument cd) {
        return cd.removals().stream().map(Removal::rule).toList();
    }

    @Test
    void lineExactIgnoresCaseAndSpacingButNeedsTheWholeLine() {
        String text = "Skip to content\nThe minister spoke.\n\n  BACK   to top \n\nPeople skip to content they like.";
        CleanedDocument cd = CHROME.clean(doc(text));
        assertThat(cd.document().text()).isEqualTo("The minister spoke.\n\nPeople skip to content they like.");
        assertThat(cd.removals()).extracting(Removal::rule).containsExactly("chrome-line", "chrome-line");
        assertThat(cd.removals().get(0)).isEqualTo(new Removal("d1", "chrome-line", 16, "Skip to content"));
        assertThat(cd.removals().get(1).excerpt()).isEqualTo("BACK to top");
    }

    @Test
    void lineRegexMustMatchTheWholeLineSoSentencesThatMentionChromeWordsStay() {
        String text = "Subscribe to IRIA News\nEnter your email address:\n\n"
                + "Readers who subscribe to the newsletter get updates, the editor said.\n\nRelated Articles\n\nLeave a comment";
        assertThat(clean(CHROME, text)).isEqualTo("Readers who subscribe to the newsletter get updates, the editor said.\n");
    }

    @Test
    void copyrightLinesGoButSentencesAboutCopyrightStay() {
        String text = "Copyright law is changing.\n\nCopyright © 2024 IRIA - International Relations Insights & Analysis\n\n"
                + "© daily mail\n\nc 2014 express newspapers all rights reserved";
        assertThat(clean(CHROME, text)).isEqualTo("Copyright law is changing.\n");
    }

    @Test
    void paragraphRegexRemovesTheWholeBlock() {
        String text = "Body paragraph one.\n\nIRIA is a research institute focusing on critical issues\nthat threaten peace.\n\nBody two.";
        CleanedDocument cd = CHROME.clean(doc(text));
        assertThat(cd.document().text()).isEqualTo("Body paragraph one.\n\nBody two.");
        assertThat(rules(cd)).containsExactly("chrome-paragraph");
        assertThat(cd.removals().get(0).excerpt()).isEqualTo("IRIA is a research institute focusing on critical issues / that threaten peace.");
    }

    @Test
    void tailFromRegexDropsTheRestOfTheDocument() {
        String body = "Kirby said the deployment was not permanent. ".repeat(10);
        String text = body + "\n\n… we have a small favor to ask. As you may have heard, we need your help.\n\n"
                + "Your support makes a difference.\n\nRead more";
        CleanedDocument cd = CHROME.clean(doc(text));
        assertThat(cd.document().text()).isEqualTo(body + "\n");
        assertThat(rules(cd)).containsExactly("chrome-tail");
        assertThat(cd.removals().get(0).chars()).isEqualTo(text.length() - body.length() - 2);
    }

    @Test
    void tailIsNotCutWhenTheMatchIsInTheFirstThirdOfTheDocument() {
        String text = "Source link\n\n" + "The article itself is long enough to matter here. ".repeat(5);
        CleanedDocument cd = CHROME.clean(doc(text));
        assertThat(rules(cd)).doesNotContain("chrome-tail");
        assertThat(cd.document().text()).contains("The article itself");
    }

    @Test
    void removingAParagraphKeepsOneBlankLineBetweenNeighbours() {
        String text = "First paragraph.\n\nRelated Articles\n\nSecond paragraph.\n\nAdvertisement\n\nThird paragraph.\n";
        assertThat(clean(CHROME, text)).isEqualTo("First paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n");
        assertThat(clean(CHROME, "Skip to content\n\nFirst.\n\nSecond.\n\nRead more"))
                .isEqualTo("First.\n\nSecond.\n");
    }

    @Test
    void chromeOffKeepsEverything() {
        String text = "Skip to content\nSupport The Moscow Times!\nRelated Articles\nBody.";
        CleanedDocument cd = Cleaner.defaults().withChrome(false).clean(doc(text));
        assertThat(cd.document().text()).isEqualTo(text);
        assertThat(cd.removals()).isEmpty();
        assertThat(Cleaner.none().clean(doc(text)).removals()).isEmpty();
        assertThat(Cleaner.none().clean(doc(text)).document().text()).isSameAs(text);
    }

    @Test
    void aDocumentWithoutChromeComesBackIdentical() {
        Document d = doc("A plain article.\n\nWith two paragraphs.\n");
        assertThat(Cleaner.defaults().clean(d).document()).isSameAs(d);
    }

    @Test
    void extraRulesAddToTheBundledOnes() {
        Cleaner c = CHROME.withExtraRules(Path.of("src/test/resources/cleaning/extra-rules.txt"));
        String body = "The body of the story runs on for a while. ".repeat(6);
        String text = "Sponsored by the Acme Foundation\nListen to this article 4 min\nSkip to content\n\n" + body
                + "\n\nThis article was first published on example.org.\n\nMore from the Acme Gazette:\n\nOther story";
        CleanedDocument cd = c.clean(doc(text));
        assertThat(cd.document().text()).isEqualTo(body + "\n");
        assertThat(rules(cd)).containsExactly("chrome-line", "chrome-line", "chrome-line", "chrome-paragraph", "chrome-tail");
        assertThat(c.spec()).contains("extra-rules.txt").startsWith("chrome=true+");
        assertThat(clean(CHROME, text)).contains("Sponsored by the Acme Foundation");
        assertThat(clean(c.withChrome(false), text)).isEqualTo(text);
    }

    @Test
    void unknownRuleKindNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = write(dir, "# my rules\nline-exact Fine\nline-regexp Read more\n");
        assertThatThrownBy(() -> Cleaner.defaults().withExtraRules(f))
                .isInstanceOf(CorpusInputException.class)
                .hasMessageContaining(f + ":3").hasMessageContaining("unknown rule kind 'line-regexp'")
                .hasMessageContaining("line-exact, line-regex, paragraph-regex, tail-from-regex")
                .satisfies(e -> assertThat(((CorpusInputException) e).location()).isEqualTo(f + ":3"));
    }

    @Test
    void badRegexNamesFileLineAndProblem(@TempDir Path dir) throws IOException {
        Path f = write(dir, "line-regex (?i)read (more\n");
        assertThatThrownBy(() -> Cleaner.defaults().withExtraRules(f))
                .isInstanceOf(CorpusInputException.class)
                .hasMessageContaining(f + ":1").hasMessageContaining("bad regular expression")
                .hasMessageContaining("what to do");
    }

    @Test
    void ruleWithoutArgumentAndUnreadableFileFail(@TempDir Path dir) throws IOException {
        Path f = write(dir, "\n\ntail-from-regex   \n");
        assertThatThrownBy(() -> Cleaner.defaults().withExtraRules(f))
                .isInstanceOf(CorpusInputException.class).hasMessageContaining(f + ":3").hasMessageContaining("no text or regex");
        assertThatThrownBy(() -> Cleaner.defaults().withExtraRules(dir.resolve("missing.txt")))
                .isInstanceOf(CorpusInputException.class).hasMessageContaining("missing.txt").hasMessageContaining("cannot read");
    }

    @Test
    void bundledRulesParseAndCarryAProvenanceHeader() throws IOException {
        assertThat(ChromeRules.bundled().size()).isGreaterThan(30);
        String header = Files.readString(Path.of("src/main/resources", ChromeRules.BUNDLED));
        assertThat(header).contains("GPL-3.0-or-later").contains("line-exact").contains("tail-from-regex");
    }

    @Test
    void preCheckFindsPrefixesAndRequiredText() {
        assertThat(RequiredLiteral.of("(?i)(?:read|see) more").prefixes()).containsExactly("read", "see");
        assertThat(RequiredLiteral.of("Source link").prefixes()).containsExactly("Source link");
        RequiredLiteral rights = RequiredLiteral.of("(?i)[^.!?]{0,120}\\ball rights reserved\\.?");
        assertThat(rights.prefixes()).isEmpty();
        assertThat(rights.infix()).isEqualTo("all rights reserved");
        assertThat(rights.mayMatch("C 2014 Foo Ltd ALL RIGHTS RESERVED")).isTrue();
        assertThat(rights.mayMatch("nothing here")).isFalse();
        assertThat(RequiredLiteral.of("a|b")).isEqualTo(RequiredLiteral.NONE);
        assertThat(RequiredLiteral.of("(?x)a b")).isEqualTo(RequiredLiteral.NONE);
        assertThat(RequiredLiteral.of("\\p{L}+ words")).isEqualTo(RequiredLiteral.NONE);
        assertThat(RequiredLiteral.of("ab?c{2}(?:x)?d").infix()).isEqualTo("a");
        assertThat(RequiredLiteral.of("x{1,3}yz").infix()).isEqualTo("yz");
    }

    static Path write(Path dir, String content) throws IOException {
        return Files.writeString(dir.resolve("rules.txt"), content, StandardCharsets.UTF_8);
    }
}
