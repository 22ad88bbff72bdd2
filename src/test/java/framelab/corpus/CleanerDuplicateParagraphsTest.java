package framelab.corpus;

import static framelab.corpus.CleanerChromeTest.clean;
import static framelab.corpus.CleanerChromeTest.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Repeated paragraphs: later copies go, also when they differ in quotes, dashes, spacing or a final stop. */
class CleanerDuplicateParagraphsTest {
    static final Cleaner DUPES = Cleaner.none().withDuplicateParagraphs(true);
    static final String CAPTION_STRAIGHT = "Ukrainians gather in Kramatorsk to celebrate a national 'unity day' - in defiance of threats";
    static final String CAPTION_CURLY = "Ukrainians gather in  Kramatorsk to celebrate a national \u2018unity day\u2019 \u2013 in defiance of threats.";

    @Test
    void laterCopiesDifferingInQuotesDashesSpacingAndFinalStopAreRemoved() {
        String text = "Intro paragraph of the story.\n\n" + CAPTION_STRAIGHT + "\n\n" + CAPTION_CURLY + "\n\nNext paragraph.";
        CleanedDocument cd = DUPES.clean(doc(text));
        assertThat(cd.document().text()).isEqualTo("Intro paragraph of the story.\n\n" + CAPTION_STRAIGHT + "\n\nNext paragraph.");
        assertThat(cd.removals()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("duplicate-paragraph");
            assertThat(r.chars()).isEqualTo(CAPTION_CURLY.length() + 1);
            assertThat(r.excerpt()).hasSizeLessThanOrEqualTo(80).startsWith("Ukrainians gather in Kramatorsk").endsWith("…");
        });
    }

    @Test
    void doubleQuotesCountAsTheSame() {
        String a = "\"We will respond to the growing threat to Europe's security,\" Kirby said.";
        String b = "\u201CWe will respond to the growing threat to Europe\u2019s security,\u201D Kirby said.";
        assertThat(clean(DUPES, a + "\n\n" + b)).isEqualTo(a + "\n");
    }

    @Test
    void textWithoutBlankLinesIsComparedLineByLine() {
        String line = "the plan would see up to four fresh battlegroups deploy along the eastern front";
        assertThat(clean(DUPES, "first line of the article\n" + line + "\nmiddle line\n" + line + "\nlast line"))
                .isEqualTo("first line of the article\n" + line + "\nmiddle line\nlast line");
    }

    @Test
    void aCaptionInsideABlockIsMatchedByItsCopyAsAParagraph() {
        String caption = "D-Day for Ukraine has dawned with no sign of a Russian invasion (pictured, Kiev's troops)";
        String text = "Elsewhere today:\n  \u2022 Kremlin said it is positive about talks\n" + caption + "\n\n"
                + caption.replace('\'', '\u2019') + "\n\nMoscow has continued to issue videos.";
        assertThat(clean(DUPES, text)).isEqualTo("Elsewhere today:\n  \u2022 Kremlin said it is positive about talks\n"
                + caption + "\n\nMoscow has continued to issue videos.");
    }

    @Test
    void aRepeatedLineInsideALaterBlockIsRemovedAlone() {
        String caption = "Tanks are seen during a media tour at the Malyshev plant in Ukraine";
        String text = caption + "\n\nOpening words.\n" + caption + "\nClosing words.";
        CleanedDocument cd = DUPES.clean(doc(text));
        assertThat(cd.document().text()).isEqualTo(caption + "\n\nOpening words.\nClosing words.");
        assertThat(cd.removals()).singleElement().extracting(Removal::chars).isEqualTo(caption.length() + 1);
    }

    @Test
    void shortRepeatsAndDifferentParagraphsStay() {
        String text = "Who will be prime minister?\n\nAnswer one is long enough.\n\nWho will be prime minister?\n\n"
                + "Answer two differs from answer one.";
        assertThat(clean(DUPES, text)).isEqualTo(text);
        String differentWords = "Russian units leaving Crimea are moving back to their bases in South Ossetia";
        String other = "Russian units leaving Crimea are moving back to their bases in North Ossetia";
        assertThat(clean(DUPES, differentWords + "\n\n" + other)).isEqualTo(differentWords + "\n\n" + other);
    }

    @Test
    void switchedOffKeepsCopies() {
        String text = CAPTION_STRAIGHT + "\n\n" + CAPTION_STRAIGHT;
        assertThat(clean(Cleaner.defaults().withDuplicateParagraphs(false), text)).isEqualTo(text);
        assertThat(clean(Cleaner.defaults(), text)).isEqualTo(CAPTION_STRAIGHT + "\n");
    }
}
