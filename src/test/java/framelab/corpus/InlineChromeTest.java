package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The {@code inline-regex} chrome rules: what a match removes and what stands in for it, the audit trail,
 * overlapping rules, the anchor requirement and its error, the byte scan that picks the rules to try (against
 * a plain search), and the bundled rules on furniture as it appears in the ABP news corpus.
 */
class InlineChromeTest {
    private static InlineChrome rules(String... regexes) {
        InlineChrome c = InlineChrome.empty();
        for (String r : regexes) c = c.plus(InlineChrome.compile(r, "test:1"));
        return c;
    }

    @Test
    void aMatchIsCutOutWithASpaceBetweenWordsAndRecorded() {
        InlineChrome c = rules("Hide Caption \\d{1,3} of \\d{1,3}");
        InlineChrome.Result r = c.apply("Troops at the border.Hide Caption 3 of 24Officials said so. Hide Caption 4 of 24", "d1");
        assertThat(r.text()).isEqualTo("Troops at the border. Officials said so. ");
        assertThat(r.removals()).containsExactly(new Removal("d1", "chrome-inline", 20, "Hide Caption 3 of 24"),
                new Removal("d1", "chrome-inline", 20, "Hide Caption 4 of 24"));
        assertThat(c.apply("Hide Caption 1 of 2 starts it", "d1").text()).isEqualTo(" starts it");
        assertThat(c.apply("No caption here: Hide caption 1 of 2", "d1").removals()).as("anchors are case-sensitive").isEmpty();
    }

    @Test
    void adjacentMatchesLeaveOneSpaceAndOverlapsGoToTheRuleListedFirst() {
        InlineChrome c = rules("Show caption Hide caption", "Hide caption", "Story Continued Below");
        InlineChrome.Result r = c.apply("talks failed.Show caption Hide captionStory Continued BelowThe next day", "d1");
        assertThat(r.text()).isEqualTo("talks failed. The next day");
        assertThat(r.removals()).extracting(Removal::excerpt).containsExactly("Show caption Hide caption", "Story Continued Below");
        // a rule never sees what another removed: "Hide " + "caption" joined by a removal is not a new match
        assertThat(rules("Story Continued Below", "Hide caption").apply("Hide Story Continued Below caption", "d1").text())
                .isEqualTo("Hide caption");
    }

    @Test
    void aPlainTextRuleMatchesAsItsRegexWould() {
        InlineChrome plain = rules("Story Continued Below", "Hide caption");
        InlineChrome regex = rules("Story Continued Below(?:)", "Hide caption(?:)");
        for (String t : List.of("a Story Continued Below b", "Story Continued BelowStory Continued Below", "Hide captionHide caption x",
                "Story Continued Hide caption Below", "", "Story Continued Belo")) {
            assertThat(plain.apply(t, "d")).as(t).isEqualTo(regex.apply(t, "d"));
        }
        assertThat(plain.apply("x Story Continued Below y", "d").text()).isEqualTo("x y");
    }

    @Test
    void aRuleMustStartWithSixCharactersOfLiteralCaseSensitiveText() {
        for (String bad : List.of("\\d+ of \\d+", "(?i)hide caption \\d", "Hide\\d", "(?:Show|Hide) caption", ".{3} Replay")) {
            assertThatThrownBy(() -> InlineChrome.compile(bad, "rules.txt:7")).isInstanceOf(CorpusInputException.class)
                    .hasMessageContaining("rules.txt:7").hasMessageContaining("at least 6 characters of literal")
                    .hasMessageContaining("what to do");
        }
        assertThat(InlineChrome.compile("(?:Show caption|Hide caption) \\d", "x").anchors()).containsExactly("Show caption", "Hide caption");
        assertThatThrownBy(() -> InlineChrome.compile("Hide caption (", "rules.txt:8")).hasMessageContaining("bad regular expression");
    }

    @Test
    void chromeRuleFilesAcceptTheKindAndCleanerRunsItFirstOnlyWithChromeOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = dir.resolve("mine.txt");
        java.nio.file.Files.writeString(f, "# mine\ninline-regex Sponsored by [A-Z][a-z]+ Inc\\.\ninline-regex x\\d\n");
        assertThatThrownBy(() -> Cleaner.defaults().withExtraRules(f)).isInstanceOf(CorpusInputException.class)
                .hasMessageContaining(f + ":3");
        java.nio.file.Files.writeString(f, "inline-regex Sponsored by [A-Z][a-z]+ Inc\\.\n");
        Cleaner c = Cleaner.none().withChrome(true).withExtraRules(f);
        Document d = new Document("d1", "Subscribe\nThe vote passed. Sponsored by Acme Inc. Turnout was high.", DocMeta.of(Map.of()), "t");
        CleanedDocument cd = c.clean(d);
        assertThat(cd.document().text()).isEqualTo("The vote passed. Turnout was high.");
        assertThat(cd.removals()).extracting(Removal::rule).containsExactly("chrome-inline", "chrome-line");
        assertThat(c.withChrome(false).clean(d).removals()).isEmpty();
        assertThat(c.clean(d, 0).removals()).as("no inline rule to try").extracting(Removal::rule).containsExactly("chrome-line");
    }

    /** The bundled rules on furniture copied from the ABP news corpus (titles and credits shortened). */
    @Test
    void bundledRulesRemoveTheScrapedWidgetsOfElevenOutlets() {
        Cleaner c = Cleaner.none().withChrome(true);
        String[][] cases = {
            {"litigation JUST WATCHED Supreme Court to decide DACA Replay More Videos ... MUST WATCH Supreme Court to decide DACA 01:29 The political",
                "litigation The political"},
            {"the world Photos: New Year's 2017 People celebrate in Times Square. Hide Caption 1 of 24 Photos: New Year's 2017 Fireworks.",
                "the world New Year's 2017 People celebrate in Times Square. New Year's 2017 Fireworks."},
            {"Coming Thursday Enlarge this image toggle caption Saul Loeb/AFP/Getty Images Saul Loeb/AFP/Getty Images Updated at 12:33 p.m.",
                "Coming Thursday Updated at 12:33 p.m."},
            {"looking for work. Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
                + "Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up Thank you for subscribing. "
                + "View all New York Times newsletters. Mr. Obama said",
                "looking for work. Mr. Obama said"},
            {"ambitions. Story Continued Below Jindal, the Rhodes scholar", "ambitions. Jindal, the Rhodes scholar"},
            {"of snow. ( PHOTOS: Hurricane Sandy) Tropical storm", "of snow. ( Tropical storm"},
            {"best chance poster=\"https://v.politico.com/images/1155968404/201511/658/1155968404_46379718.jpg?pubId=1155968404\" President Obama",
                "best chance poster= President Obama"},
            {"figures. ( Also on POLITICO: Spotlight on surgeon general pick) The White House", "figures. ( The White House"},
            {"cancels exercises Story highlights Obama cancels military exercises", "cancels exercises Obama cancels military exercises"},
            {"Putin visit Media playback is unsupported on your device Media caption Dan Coats reacts. Image copyright Reuters Image caption Dan Coats clashed",
                "Putin visit Dan Coats reacts. Reuters Dan Coats clashed"},
            {"spirit.\" Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy It also helps",
                "spirit.\" It also helps"},
            {"compromise. Facebook Twitter Pinterest Toni Morrison: a book", "compromise. Toni Morrison: a book"},
            {"Sanders asked. Slideshow (4 Images) \u201cJoe, what", "Sanders asked. \u201cJoe, what"},
            {"committees. Sign up for Daily Opinion Newsletter Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.",
                "committees. "},
            {"His mic is then cut off. pic.twitter.com/k4qqXva1iC \u2014 Washington Examiner (@dcexaminer) May 2, 2019 Only in",
                "His mic is then cut off. \u2014 Washington Examiner (@dcexaminer) May 2, 2019 Only in"},
            {"over time https://t.co/5Wsdw0y8sR pic.twitter.com/Iby0sxFxly \u2014 Allahpundit", "over time \u2014 Allahpundit"},
            {"Merkel previously endorsed the idea. Read or Share this story: http://usat.ly/1WjU966", "Merkel previously endorsed the idea. "},
            {"Trump (Photo: Alastair Pike/AFP/Getty Images) Read or Share this story: https://www.usatoday.com/story/news/2019/08/26/do/1",
                "Trump "},
            {"A Hobby Lobby store in Denver. (Photo: Ed Andrieski, AP) Story Highlights The Obama Administration",
                "A Hobby Lobby store in Denver. The Obama Administration"},
            {"list of the \"13 Top Republican\": http://abcn.ws/WmHmBu -MITT'S MOMENT", "list of the \"13 Top Republican\": -MITT'S MOMENT"},
            {"women's looks. Interested in Donald Trump? Add Donald Trump as an interest to stay up to date on the latest Donald Trump "
                + "news, video, and analysis from ABC News. Add Interest Trump is known", "women's looks. Trump is known"},
            {"worldview. Advertisement Right now, half a year", "worldview. Right now, half a year"},
            {"correspondent. Advertisement \u2014 John Fund is", "correspondent. \u2014 John Fund is"},
            {"then said: Advertisement: The claim running", "then said: The claim running"},
            {"the Holocaust). Advertisement Advertisement Now, we are", "the Holocaust). Now, we are"},
            {"keep backfiring. Advertisement: First, Trump ordered", "keep backfiring. First, Trump ordered"},
            {"Advertisement: First, Trump", " First, Trump"},
            {"the end. Advertisement", "the end. "},
            {"under the ACA. CLICK HERE TO GET THE FOX NEWS APP But pro-life groups", "under the ACA. But pro-life groups"},
            {"to Pelosi. CLICK HERE TO GET THE FOX NEWS APP A new poll found", "to Pelosi. A new poll found"},
            {"coronavirus.\" CLICK HERE FOR COMPLETE CORONAVIRUS COVERAGE The researchers", "coronavirus.\" The researchers"},
            {"real relationship with Him. CLICK HERE TO READ MORE BY JEANNIE CUNNION", "real relationship with Him. "},
            {"with Him. CLICK HERE TO READ MORE BY JEANNIE CUNNION I know that feeling.", "with Him. I know that feeling."},
            {"rates. CLICK HERE TO READ MORE BY DR. ROBERT DAVID SIEGEL", "rates. "},
            {"spread. CLICK HERE FOR COMPLETE CORONAVIRUS COVERAGE A CDC spokesperson said", "spread. A CDC spokesperson said"},
            {"spread. CLICK HERE FOR FULL CORONAVIRUS COVERAGE U.S. officials said", "spread. U.S. officials said"},
            {"credibility. Content created by The Daily Caller News Foundation is available without charge to any eligible news publisher "
                + "that can provide a large audience. For licensing opportunities of our original content, please contact "
                + "licensing@dailycallernewsfoundation.org.", "credibility. "},
        };
        for (String[] k : cases) {
            CleanedDocument cd = c.clean(new Document("d", k[0], DocMeta.of(Map.of()), "t"));
            assertThat(cd.document().text()).as(k[0]).isEqualTo(k[1]);
            assertThat(cd.removals()).extracting(Removal::rule).containsOnly("chrome-inline");
        }
        String content = "The Washington Times, LLC reported that Photos of the caption contest were shown. Story continued below the fold. "
                + "WATCH: the senator (at 2 p.m.) speaks. The image caption was wrong; a slideshow (4 images) and the media caption too. "
                + "Advertisements for the event ran. Advertisement-free. The pic.twitter feed and twitter.com/x. (Photo essay below.) "
                + "Click here to read more. CLICK HERE, they said. Interested in Donald Trump? Add him to your list. "
                + "Advertisement revenue fell 10% last year. The Advertisement Standards Board ruled; a sign reading \"Advertisement\" "
                + "and the Advertisement: a form of speech. "
                + "and laughed. Story Highlights of the week: CLICK HERE TO READ THE POLL RESULTS.";
        assertThat(c.clean(new Document("d", content, DocMeta.of(Map.of()), "t")).removals()).isEmpty();
    }

    @Test
    void aLongRunOfCapitalsAfterAPromoNeitherOverflowsTheStackNorGoes() throws InterruptedException {
        // one all-caps article must not stop the run: the workers are platform threads with the default stack
        String text = "CLICK HERE FOR" + " WORD".repeat(6000) + " end";
        Cleaner c = Cleaner.none().withChrome(true);
        CleanedDocument[] out = new CleanedDocument[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                out[0] = c.clean(new Document("d", text, DocMeta.none(), "t"));
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        t.start();
        t.join();
        assertThat(failure[0]).isNull();
        assertThat(out[0].removals()).isEmpty();
    }

    @Test
    void theBundledRulesKeepTheScanWordAtATime() {
        // a fifth kind of first two bytes besides capitals would send the scan to every byte, several times slower
        assertThat(Cleaner.defaults().inlineScanIsWordAtATime()).isTrue();
    }

    // --- the byte scan picks exactly the rules whose anchors occur

    private static final InlineChrome CAPITALS = rules("Hide Caption \\d", "Photos:(?= )", "Copyright © \\d{4}", "(?:Show caption|Story Continued) x");
    /** Four pairs of first bytes besides capitals, two of them with the same first byte. */
    private static final InlineChrome MIXED = rules("Hide Caption \\d", "toggle caption \\w", "\u00e9t\u00e9 2019 \\d",
            "(?:\\(Photo: |\\(Video: )x");
    /** More than four kinds of first byte besides capitals: the scan looks at every byte. */
    private static final InlineChrome MANY = rules("Hide Caption \\d", "toggle caption \\w", "\u00e9t\u00e9 2019 \\d", "poster=\"x",
            "(?:1 of 24|2 of 24) x", "\\[\\[hide\\]\\] x", "\\{\\{hide\\}\\} x");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of("Hide Caption 1", "Hide Captio", "Photos: ", "Photos:", "Copyright © 2019", "Copyright ©",
                "poster=\"x", "poster=", "1 of 24 x", "2 of 24 x", "[[hide]] x", "{{hide}} x", "{{hide",
                "Show caption x", "Story Continued x", "toggle caption a", "toggle", "\u00e9t\u00e9 2019 1", "\u00e9t\u00e9", "HHide", "PPhotos: ", "(Photo: x", "(Video: x", "(Photo:", "(P", "(", "t", "to",
                "Ho", "Hi", "H", "C", " ", "a", "\u2019", "\uD83D\uDE00", "Z", "é");
        return piece.list().ofMaxSize(30).map(ps -> String.join("", ps));
    }

    @Property(tries = 400)
    void occurringIsExactlyTheRulesWhoseAnchorsAreInTheText(@ForAll("texts") String text) {
        for (InlineChrome c : List.of(CAPITALS, MIXED, MANY)) {
            byte[] b = ("<<" + text + ">>").getBytes(StandardCharsets.UTF_8);
            long found = c.occurring(b, 2, b.length - 2);
            long expected = 0;
            List<List<String>> anchors = c == CAPITALS
                    ? List.of(List.of("Hide Caption "), List.of("Photos:"), List.of("Copyright © "), List.of("Show caption", "Story Continued"))
                    : c == MIXED ? List.of(List.of("Hide Caption "), List.of("toggle caption "), List.of("\u00e9t\u00e9 2019 "),
                            List.of("(Photo: ", "(Video: "))
                    : List.of(List.of("Hide Caption "), List.of("toggle caption "), List.of("\u00e9t\u00e9 2019 "), List.of("poster=\"x"),
                            List.of("1 of 24", "2 of 24"), List.of("[[hide]] x"), List.of("{{hide}} x"));
            for (int k = 0; k < anchors.size(); k++) {
                for (String a : anchors.get(k)) if (text.contains(a)) expected |= 1L << k;
            }
            assertThat(found).as("%s in %s", Long.toBinaryString(found), text).isEqualTo(expected);
            assertThat(c.apply(text, "d", found)).isEqualTo(c.apply(text, "d"));
        }
    }

    // --- the cleaned text's UTF-8 cut from the bytes read equals the text encoded

    @Provide
    Arbitrary<String> furnishedTexts() {
        Arbitrary<String> inside = Arbitraries.of("Advertisement", "Advertisement:", "Hide Caption 3 of 24", "pic.twitter.com/LOaOl",
                "(Photo: Jim Watson, AP)", "Read or Share this story: http://usat.ly/1WjU966", "CLICK HERE TO GET THE FOX NEWS APP",
                "Story Continued Below", "word", "Troops", " ", "  ", "\u00e9t\u00e9", "\u2019", "\u201cQuote\u201d", "\uD83D\uDE00",
                "\u4e2d\u6587", ".", "a");
        // line breaks and line furniture now and then: then the line rules may change the text after the inline ones
        Arbitrary<String> lines = Arbitraries.of("\n", "\n\n", "Related Articles", "Skip to content");
        Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, inside), net.jqwik.api.Tuple.of(1, lines));
        return piece.list().ofMaxSize(25).map(ps -> String.join("", ps));
    }

    @Property(tries = 500)
    void theCleanedTextsUtf8IsCutFromTheBytesReadWhereOnlyInlineRulesChangedIt(@ForAll("furnishedTexts") String text) {
        Cleaner c = Cleaner.defaults();
        byte[] b = ("<<" + text + ">>").getBytes(StandardCharsets.UTF_8);
        Document d = new Document("d", text, DocMeta.none(), "t");
        Cleaner.CleanedUtf8 r = c.cleanUtf8(d, c.inlineRulesIn(b, 2, b.length - 2), b, 2, b.length - 2);
        assertThat(r.cleaned()).isEqualTo(c.clean(d));
        assertThat(java.util.Arrays.copyOfRange(r.bytes(), r.from(), r.to()))
                .isEqualTo(r.cleaned().document().text().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aResultCutsItsUtf8FromTheOriginalBytes() {
        InlineChrome c = rules("Hide Caption \\d{1,3} of \\d{1,3}", "Advertisement");
        String text = "Caf\u00e9 \uD83D\uDE00.Hide Caption 3 of 24\u2019s Advertisement Advertisement \u4e2d";
        byte[] b = ("x" + text).getBytes(StandardCharsets.UTF_8);
        InlineChrome.Result r = c.apply(text, "d");
        assertThat(r.text()).isEqualTo("Caf\u00e9 \uD83D\uDE00. \u2019s \u4e2d");
        assertThat(r.utf8(b, 1, b.length)).isEqualTo(r.text().getBytes(StandardCharsets.UTF_8));
        InlineChrome.Result none = c.apply("nothing here", "d");
        byte[] n = "nothing here".getBytes(StandardCharsets.UTF_8);
        assertThat(none.utf8(n, 0, n.length)).isEqualTo(n);
    }
}
