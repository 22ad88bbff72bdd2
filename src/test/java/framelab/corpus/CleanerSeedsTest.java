package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled seed articles (corpus/): their chrome goes, their sentences stay, 003's captions appear once. */
class CleanerSeedsTest {
    static final Map<String, CleanedDocument> CLEANED = new HashMap<>();
    static Corpus seeds;

    @BeforeAll
    static void cleanSeeds() {
        seeds = Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS);
        for (Document d : seeds.documents()) CLEANED.put(d.id(), Cleaner.defaults().clean(d));
    }

    static String text(String id) {
        return CLEANED.get(id).document().text();
    }

    static Map<String, Long> rules(String id) {
        return CLEANED.get(id).removals().stream().collect(Collectors.groupingBy(Removal::rule, Collectors.counting()));
    }

    @Test
    void spunWireCopyIsLeftAlone() {
        assertThat(CLEANED.get("000").removals()).isEmpty();
        assertThat(text("000")).isEqualTo(seeds.document("000").text());
    }

    @Test
    void moscowTimesLosesTheSupportBannerAndDonationAppeal() {
        String t = text("001");
        assertThat(t).doesNotContain("Support The Moscow Times!", "we have a small favor to ask", "paiment methods",
                "Remind me later.", "Read more", "please support us monthly");
        assertThat(t).startsWith("U.S. Deploys 3,000 Troops in Russia-Ukraine Standoff\n\n");
        assertThat(t).contains("\"The current situation demands that we reinforce the deterrent and defensive posture on NATO's eastern flank,\" Kirby said.")
                .contains("as units from both countries practised ahead of the February 10-20 drills.");
        assertThat(rules("001")).containsExactlyInAnyOrderEntriesOf(Map.of("chrome-line", 1L, "chrome-tail", 1L));
    }

    @Test
    void iriaLosesItsSiteChromeAndRepeatedTitle() {
        String t = text("002");
        assertThat(t).doesNotContain("Related Articles", "Leave a comment", "Copyright ©", "IRIA is a research institute",
                "Subscribe to IRIA News", "Enter your email address:", "Back to Top", "No Comments on");
        assertThat(t.split("Russia warns US, NATO against deploying troops to Ukraine", -1)).hasSize(2);
        assertThat(t).contains("Kremlin spokesperson Dmitry Peskov told reporters")
                .contains("condemned recent escalations of Russian aggressive and provocative actions in eastern Ukraine.");
        assertThat(rules("002")).containsEntry("duplicate-paragraph", 1L).containsEntry("chrome-paragraph", 1L);
    }

    @Test
    void dailyMailLosesTheScraperFooterAndEveryCaptionAppearsOnce() {
        String t = text("003");
        assertThat(t).doesNotContain("Source link", "Stay in Touch", "weight loss", "spot_img", "Related Articles");
        assertThat(t).contains("\u2018What we see is that they have increased the number of troops and more troops are on their way,\u2019")
                .contains("Stoltenberg said that \u2018so far, we have not seen any signs of reduced Russian military presence");
        List<String> captions = List.of(
                "D-Day for Ukraine has dawned with no sign of a Russian invasion",
                "Moscow has continued to issue videos of some tanks leaving Crimea",
                "Russian units leaving Crimea are moving back to their bases in South Ossetia and Dagestan",
                "US Secretary of Defense Lloyd Austin arrives at the meeting of NATO defense ministers",
                "Austin bumped fists with Jens Stoltenberg",
                "Ukrainians gather around a huge flagpole in the city of",
                "A child walks underneath a giant Ukrainian flag",
                "Tanks are seen during a media tour at the Malyshev transport engineering plant",
                "Putin opened up an avenue for talks during a joint press conference",
                "Footage emerged today of Russian armoured vehicles being withdrawn from Crimea",
                "German Chancellor Olaf Scholz (right) is pictured sitting down with Putin (left)");
        String original = seeds.document("003").text();
        for (String c : captions) {
            assertThat(count(original, c)).as("copies of %s before", c).isGreaterThanOrEqualTo(2);
            assertThat(count(t, c)).as("copies of %s after", c).isEqualTo(1);
        }
        assertThat(rules("003")).containsEntry("chrome-tail", 1L).containsEntry("duplicate-paragraph", 21L);
    }

    @Test
    void abcRepostLosesSkipLinkAndTranslationDisclaimer() {
        String t = text("004");
        assertThat(t).doesNotContain("Skip to content", "Not all news on the site expresses");
        assertThat(t).startsWith("NATO chief wary of Russian troop build-up in Belarus\n")
                .contains("Fraser reported from Ankara. Dasha Litvinova in Moscow contributed to this report.");
    }

    @Test
    void paragraphBreaksSurviveAndRemovalsAreAuditable() {
        for (Document d : seeds.documents()) {
            CleanedDocument cd = CLEANED.get(d.id());
            String t = cd.document().text();
            assertThat(t).as(d.id()).doesNotStartWith("\n").doesNotContain("\n\n\n\n");
            assertThat(t.split("\n\n").length).as(d.id()).isGreaterThan(5);
            int removed = cd.removals().stream().mapToInt(Removal::chars).sum();
            assertThat(t.length() + removed).as(d.id()).isLessThanOrEqualTo(d.text().length());
            for (Removal r : cd.removals()) {
                assertThat(r.docId()).isEqualTo(d.id());
                assertThat(r.excerpt()).hasSizeLessThanOrEqualTo(80).doesNotContain("\n").isNotBlank();
                assertThat(r.chars()).isPositive();
            }
        }
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
