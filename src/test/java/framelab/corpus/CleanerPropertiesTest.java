package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties: cleaning never throws, only deletes, audits itself, and the regex pre-check never hides a match. */
class CleanerPropertiesTest {
    /** Pieces that exercise every rule: chrome lines, header lines, captions with quote variants, breaks. */
    static final String[] PIECES = {"\n", "\n\n", "\r\n", " ", "\u00A0", "\t", "Skip to content", "Related Articles",
        "Source link", "\u2026 we have a small favor to ask", "Copyright \u00A9 2024 Site", "933 words", "10 april 2014",
        "1415", "english", "c 2014 express newspapers", "____", "{\"newspaper\":\"x\"}", "by jane doe  ",
        "document theexp0020140414ea4e0007w", "Tanks are seen during a media tour at the Malyshev plant",
        "Tanks are seen during a media tour at the Malyshev plant.", "It's \u2018here\u2019 \u2013 said \u201Cthey\u201D",
        "IRIA is a research institute focusing on ", "subscribe", "a@b.c", "\uD83D\uDE00", "\u200B", "\u2028"};

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(newsLike(), Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withChars("ab \n\u2019'.-").ofMaxLength(200));
    }

    @Property(tries = 600)
    void cleaningNeverThrowsAndOnlyDeletes(@ForAll("anyText") String text) {
        CleanedDocument cd = Cleaner.defaults().clean(new Document("p", text, DocMeta.of(Map.of()), "prop"));
        String out = cd.document().text();
        assertThat(isSubsequence(nonWhitespace(out), nonWhitespace(text))).as("non-whitespace of output is a subsequence").isTrue();
        assertThat(isSubsequence(out, text)).as("output is a subsequence of the input").isTrue();
        int removed = cd.removals().stream().mapToInt(Removal::chars).sum();
        assertThat(out.length() + removed).isLessThanOrEqualTo(text.length());
        for (Removal r : cd.removals()) {
            assertThat(r.excerpt()).hasSizeLessThanOrEqualTo(MarkedLines.EXCERPT_MAX);
            assertThat(r.excerpt().chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u2028')).isTrue();
            assertThat(r.chars()).isPositive();
        }
        if (cd.removals().isEmpty()) assertThat(out).isEqualTo(text);
    }

    @Provide
    Arbitrary<String[]> regexAndLine() {
        Arbitrary<String> regex = Arbitraries.of("(?i)(?:read|see) more(?: here)?:?", "(?i)[^.!?]{0,120}\\ball rights reserved\\.?",
                ".{1,60}\u00A9.{0,200}", "(?i)subscribe (?:to|for) (?:our |the )?[^.!?]{1,60}(?:news|updates)[.!:]?",
                "(?:[^.!?]{1,120} )?(?:No|One|\\d+) Comments? on .{1,300}", "(?i)texts? cost \\d+p\\b.{0,600}", "ab+c?d");
        Arbitrary<String> line = Arbitraries.of("read more", "READ MORE:", "See More here", "\u00A9 2014 All Rights Reserved.",
                "x ALL rights reserved", "Subscribe to IRIA News", "subscribe for our updates!", "News No Comments on X",
                "TEXTS COST 35p plus", "abbd", "abcd", "ad", "\u212Aelvin", "\u017Fubscribe to the news", "all rights re\u017Ferved")
                .list().ofMaxSize(3).map(l -> String.join(" ", l));
        return Combinators.combine(regex, line).as((r, l) -> new String[] {r, l});
    }

    @Property(tries = 500)
    void preCheckNeverRejectsAMatch(@ForAll("regexAndLine") String[] rl) {
        Pattern p = Pattern.compile(rl[0], Pattern.UNICODE_CASE);
        if (p.matcher(rl[1]).matches()) assertThat(RequiredLiteral.of(rl[0]).mayMatch(rl[1])).as(rl[0] + " on " + rl[1]).isTrue();
    }

    static String nonWhitespace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) if (big.charAt(i) == small.charAt(j)) j++;
        return j == small.length();
    }
}
