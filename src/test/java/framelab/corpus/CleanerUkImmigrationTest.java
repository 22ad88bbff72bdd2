package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on a real export: uk_immigration_2014.csv (shared corpora, not in the repository; the
 * test is skipped without it). Factiva header residue (masthead codes, "words", "copyright") dominates
 * tabloid-vs-broadsheet keyness before cleaning and must be gone from its top 30 after.
 *
 * <p>Keyness here is an independent oracle: signed Dunning (1993) log-likelihood
 * G² = 2 Σ O ln(O/E) over the 2×2 table (word vs other words, tabloid vs broadsheet), positive when the
 * tabloid count is above its expectation; words are runs of a–z in the lowercased text.
 */
class CleanerUkImmigrationTest {
    static final List<String> RESIDUE = List.of("damonl", "theexp", "thesun", "exco", "daim", "expresscouk", "teluk",
            "grdn", "indop", "timeuk", "ftcom", "sunday", "ltd", "newspapers", "associated", "words", "english", "copyright");
    /** The residue terms in the top 30 (either direction) of the raw corpus, as measured. */
    static final List<String> RESIDUE_IN_TOP30_BEFORE = List.of("damonl", "theexp", "thesun", "exco", "daim", "expresscouk",
            "teluk", "grdn", "indop", "timeuk", "ftcom", "ltd", "newspapers", "associated");

    static Corpus corpus;

    @BeforeAll
    static void read() {
        Path file = null;
        for (String dir : List.of("../shared/corpora", "/work/shared/corpora")) {
            Path p = Path.of(dir, "uk_immigration_2014.csv");
            if (Files.isReadable(p)) {
                file = p;
                break;
            }
        }
        assumeTrue(file != null, "uk_immigration_2014.csv not available (../shared/corpora); skipping");
        corpus = Corpora.read(file, ReadOptions.DEFAULTS);
    }

    @Test
    void headerResidueLeavesTheTopKeywords() {
        assertThat(corpus.size()).isEqualTo(2833);
        Set<String> before = top30(corpus.documents(), Document::text);
        assertThat(before).containsAll(RESIDUE_IN_TOP30_BEFORE);
        assertThat(RESIDUE).containsAll(RESIDUE_IN_TOP30_BEFORE);

        Cleaner cleaner = Cleaner.defaults();
        List<Document> cleaned = new ArrayList<>();
        Map<String, Integer> perRule = new HashMap<>();
        for (Document d : corpus.documents()) {
            CleanedDocument cd = cleaner.clean(d);
            cleaned.add(cd.document());
            for (Removal r : cd.removals()) perRule.merge(r.rule(), 1, Integer::sum);
        }
        Set<String> after = top30(cleaned, Document::text);
        assertThat(after).doesNotContainAnyElementsOf(RESIDUE);
        // every row has one Factiva block; most also a document-id trailer
        assertThat(perRule.get("export-header")).isGreaterThanOrEqualTo(2 * corpus.size());
        for (Document d : cleaned) {
            assertThat(d.text()).as(d.id()).doesNotContain("{\"newspaper\"").doesNotContain("\n____\n").doesNotStartWith("____");
        }
    }

    @Test
    void bodyMentionsOfPapersStayAndHeadlinesAreKept() {
        Document d = corpus.document("imm02425");
        String t = Cleaner.defaults().clean(d).document().text();
        assertThat(t).startsWith("30 lawless migrants try to reach uk each night\n")
                .contains("the daily express can reveal that waves of refugees")
                .doesNotContain("theexp", "402 words", "14 april 2014", "c 2014 express newspapers", "giles sheldrick");
    }

    /** The words in the top 30 by signed G² in either direction. */
    static Set<String> top30(List<Document> docs, Function<Document, String> text) {
        Map<String, long[]> counts = new HashMap<>();
        long[] totals = new long[2];
        for (Document d : docs) {
            int side = d.meta().get("outlet_type").equals("tabloid") ? 0 : 1;
            String s = text.apply(d);
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && !isAz(s.charAt(i))) i++;
                int start = i;
                while (i < s.length() && isAz(s.charAt(i))) i++;
                if (i > start) {
                    counts.computeIfAbsent(s.substring(start, i), k -> new long[2])[side]++;
                    totals[side]++;
                }
            }
        }
        record Scored(String word, double g2) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            scored.add(new Scored(e.getKey(), signedG2(e.getValue()[0], e.getValue()[1], totals[0], totals[1])));
        }
        scored.sort((x, y) -> Double.compare(y.g2(), x.g2()));
        Set<String> top = new LinkedHashSet<>();
        for (int k = 0; k < 30; k++) {
            top.add(scored.get(k).word());
            top.add(scored.get(scored.size() - 1 - k).word());
        }
        return top;
    }

    static boolean isAz(char c) {
        return c >= 'a' && c <= 'z';
    }

    static double signedG2(long a, long b, long targetTotal, long refTotal) {
        double n = targetTotal + refTotal;
        double row = a + b;
        double[] observed = {a, b, targetTotal - a, refTotal - b};
        double[] expected = {row * targetTotal / n, row * refTotal / n, (n - row) * targetTotal / n, (n - row) * refTotal / n};
        double g = 0;
        for (int k = 0; k < 4; k++) if (observed[k] > 0) g += observed[k] * Math.log(observed[k] / expected[k]);
        g *= 2;
        return a < expected[0] ? -g : g;
    }
}
