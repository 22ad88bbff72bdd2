package framelab.framing.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made cases for every attribution pattern of the issue, each checked in full. */
class QuotePatternsTest {

    static List<Quote> quotes(String text) {
        Document d = new Document("d", text, DocMeta.of(Map.of("source", "S")), "test");
        return Quotations.run(List.of(d), "source", Analyzer.defaults(), Lexicons.actors(), QuoteOptions.DEFAULTS).quotes();
    }

    static List<Quote> direct(String text) {
        return quotes(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    @Test
    void straightCurlyAndSingleQuotationMarksGiveTheTextBetweenThem() {
        for (String[] marks : List.of(new String[]{"\"", "\""}, new String[]{"\u201C", "\u201D"}, new String[]{"\u2018", "\u2019"},
                new String[]{"'", "'"})) {
            String text = "Officials met on Monday. " + marks[0] + "We will respond to any attack," + marks[1] + " Kirby said.";
            assertThat(direct(text)).as(marks[0]).extracting(Quote::speaker, Quote::verb, Quote::text)
                    .containsExactly(tuple("Kirby", "say", "We will respond to any attack,"));
        }
    }

    @Test
    void aQuotationMaySpanSentences() {
        assertThat(direct("\u201CWe are ready. We will not wait. Nobody should doubt it,\u201D Kirby said."))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Kirby", "We are ready. We will not wait. Nobody should doubt it,"));
    }

    @Test
    void anInterruptedQuotationKeepsItsSpeaker() {
        assertThat(direct("\u201CWe are ready,\u201D Stoltenberg said. \u201CBut we will not wait for ever.\u201D"))
                .extracting(Quote::speaker, Quote::verb, Quote::text)
                .containsExactly(tuple("Stoltenberg", "say", "We are ready,"), tuple("Stoltenberg", "say", "But we will not wait for ever."));
    }

    @Test
    void aQuotationOverTwoParagraphsIsOnePerParagraphWithOneSpeaker() {
        assertThat(direct("\u2018We are ready. We will not wait.\n\n\u2018Nobody should doubt it,\u2019 Kuleba said."))
                .extracting(Quote::speaker, Quote::text)
                .containsExactly(tuple("Kuleba", "We are ready. We will not wait."), tuple("Kuleba", "Nobody should doubt it,"));
    }

    @Test
    void aQuotationParagraphOfItsOwnContinuesThePreviousSpeaker() {
        assertThat(direct("\u201CWe are ready,\u201D Kirby said.\n\n\u201CNobody should doubt it.\u201D"))
                .extracting(Quote::speaker).containsExactly("Kirby", "Kirby");
    }

    @Test
    void saidXAndToldReporters() {
        assertThat(direct("\u201CWe are ready,\u201D said Kirby.")).extracting(Quote::speaker, Quote::verb).containsExactly(tuple("Kirby", "say"));
        assertThat(direct("\u201CThis is the largest deployment since the Cold War,\u201D Stoltenberg told reporters in Brussels."))
                .extracting(Quote::speaker, Quote::verb).containsExactly(tuple("Stoltenberg", "tell"));
    }

    @Test
    void accordingToX() {
        assertThat(quotes("Russia has moved 30,000 troops into Belarus, according to NATO."))
                .extracting(Quote::speaker, Quote::verb, Quote::kind, Quote::text)
                .containsExactly(tuple("NATO", "according to", QuoteKind.INDIRECT, "Russia has moved 30,000 troops into Belarus"));
    }

    @Test
    void anAppositiveGivesTheRole() {
        assertThat(quotes("Dmitry Peskov, the Kremlin spokesman, said the talks had failed."))
                .extracting(Quote::speaker, Quote::role, Quote::verb, Quote::text, Quote::speakerCategory)
                .containsExactly(tuple("Dmitry Peskov", "Kremlin spokesman", "say", "the talks had failed", "Russia"));
    }

    @Test
    void aTitleIsKeptApartFromTheName() {
        assertThat(quotes("Pentagon spokesman John Kirby said 1,000 soldiers now in Germany would deploy to Romania."))
                .extracting(Quote::speaker, Quote::role, Quote::kind, Quote::text, Quote::speakerCategory)
                .containsExactly(tuple("John Kirby", "Pentagon spokesman", QuoteKind.INDIRECT,
                        "1,000 soldiers now in Germany would deploy to Romania", "United States"));
    }

    @Test
    void aPronounIsTheLastNamedPersonAndASurnameTheFullName() {
        String text = "Pentagon spokesman John Kirby spoke in Washington.\n\n\u201CWe are ready,\u201D he said.\n\n"
                + "Kirby added that more troops would follow.";
        assertThat(quotes(text)).extracting(Quote::speaker, Quote::role, Quote::verb, Quote::kind)
                .containsExactly(tuple("John Kirby", "Pentagon spokesman", "say", QuoteKind.DIRECT),
                        tuple("John Kirby", "Pentagon spokesman", "add", QuoteKind.INDIRECT));
    }

    @Test
    void indirectSpeechWithAndWithoutThat() {
        assertThat(quotes("Stoltenberg said that Russia was moving troops into Belarus."))
                .extracting(Quote::speaker, Quote::kind, Quote::text)
                .containsExactly(tuple("Stoltenberg", QuoteKind.INDIRECT, "Russia was moving troops into Belarus"));
        assertThat(quotes("Stoltenberg warned Russia was moving troops into Belarus."))
                .extracting(Quote::speaker, Quote::verb, Quote::text)
                .containsExactly(tuple("Stoltenberg", "warn", "Russia was moving troops into Belarus"));
    }

    @Test
    void indirectSpeechCanBeSwitchedOff() {
        Document d = new Document("d", "Stoltenberg said that Russia was moving troops.", DocMeta.of(Map.of("source", "S")), "t");
        assertThat(Quotations.run(List.of(d), "source", Analyzer.defaults(), null, QuoteOptions.DEFAULTS.withIndirect(false)).quotes()).isEmpty();
    }

    @Test
    void lowercasedTextWithoutQuotationMarksStillGivesReportedSpeech() {
        assertThat(quotes("a home office spokeswoman said violence against women and girls in any form is unacceptable"))
                .extracting(Quote::speaker, Quote::role, Quote::verb, Quote::kind, Quote::speakerCategory)
                .containsExactly(tuple("home office spokeswoman", "home office spokeswoman", "say", QuoteKind.INDIRECT, "official/government"));
        assertThat(quotes("rashida manjoo who is a un special rapporteur on violence against women claimed the uk was home to a sexist culture"))
                .extracting(Quote::speaker, Quote::role, Quote::verb, Quote::text, Quote::speakerCategory)
                .containsExactly(tuple("rashida manjoo", "un special rapporteur", "claim", "the uk was home to a sexist culture", "expert/academic"));
    }

    @Test
    void aLoneLowercaseNounBeforeSaidIsNoSpeaker() {
        assertThat(quotes("rising pensions said nothing about the budget and ministers were relieved")).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertThat(direct("Ukraine's president said the country\u2019s army didn't retreat in the '90s and won\u2019t now.")).isEmpty();
        assertThat(direct("The allies' ministers met. Kyiv\u2019s mayor said he was \u2018ready\u2019 to talk."))
                .extracting(Quote::text).containsExactly("ready");
    }

    @Test
    void theDailyMailsSingleQuotesAmongItsApostrophes() {
        String text = "Russia\u2019s claim that it pulled back troops \u2018would be good, but we haven\u2019t verified that,\u2019 Biden said.";
        assertThat(direct(text)).extracting(Quote::speaker, Quote::text).containsExactly(tuple("Biden", "would be good, but we haven\u2019t verified that,"));
    }

    @Test
    void aScareQuoteHasNoSpeaker() {
        assertThat(direct("Ukrainians celebrated a national 'unity day' in Kramatorsk.")).extracting(Quote::speaker, Quote::verb, Quote::text)
                .containsExactly(tuple("", "", "unity day"));
    }

    @Test
    void anUnclosedMarkSwallowsNothing() {
        assertThat(direct("Biden affirms US \u2018support for Ukraine\n\nThe president spoke on Tuesday.")).isEmpty();
    }
}
