package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.sentiment.ActorSummary;
import framelab.sentiment.GroupDifference;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentResult;
import framelab.sentiment.SentimentRow;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SentimentSectionTest {
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    static final String ODD = "R&D <Weekly>", ACTOR_ODD = "O'Neil \"& Sons\" <Ltd>";

    static GroupSummary group(String g, int n, double mean, double lo, double hi) {
        return new GroupSummary("source", g, "vader", "compound", n, mean, 0.4, 0, lo, hi, 0.3, 0.3);
    }

    static ActorSummary actor(String g, String a, int n, double mean) {
        return new ActorSummary("source", g, a, "sentence", "vader", "compound", n, mean, 0.3, mean - 0.1, mean + 0.1);
    }

    static GroupDifference diff(String a, String b, double d, double pAdj) {
        return new GroupDifference("source", a, b, "vader", "compound", 30, 40, d, d - 0.1, d + 0.1, 500, pAdj / 3, pAdj, 0.3);
    }

    static List<SentimentRow> units(List<String> groups) {
        List<SentimentRow> out = new ArrayList<>();
        for (String g : groups) {
            for (int i = 0; i < 4; i++) out.add(new SentimentRow(g + "-doc" + (i % 2), "sentence", "s" + i, g, "vader", "compound", 0.1 * i));
        }
        return out;
    }

    /** Three outlets (one with markup in its name), four actors, one significant difference. */
    static SentimentResult three() {
        List<GroupSummary> groups = List.of(group("Alpha News", 40, 0.12, 0.02, 0.22), group(ODD, 30, -0.20, -0.33, -0.07),
                group("Gamma Post", 25, 0.01, -0.1, 0.12));
        List<ActorSummary> actors = List.of(
                actor("Alpha News", "Russia", 20, -0.3), actor(ODD, "Russia", 12, -0.5), actor("Gamma Post", "Russia", 9, 0.1),
                actor("Alpha News", "NATO/West", 6, 0.2), actor(ODD, "NATO/West", 2, 0.4),
                actor("Alpha News", ACTOR_ODD, 1, 0.0),
                actor("Gamma Post", "Ukraine", 15, -0.1));
        List<GroupDifference> diffs = List.of(diff("Alpha News", ODD, 0.32, 0.004), diff("Alpha News", "Gamma Post", 0.11, 0.4),
                diff(ODD, "Gamma Post", -0.21, 0.06));
        return new SentimentResult("source", "sentence", units(List.of("Alpha News", ODD, "Gamma Post")), groups, diffs, actors,
                List.of("vader(test)"), "dictionary(test)");
    }

    static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The text elements' content, in document order. */
    static List<String> texts(Document d) {
        NodeList l = d.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            out.add(e.getLastChild() == null ? "" : e.getLastChild().getTextContent());
        }
        return out;
    }

    @Test
    void oneToneChartAndOneHeatMapWithTheRightGroupsAndActors() throws Exception {
        String html = SentimentSection.html(three(), "Benjamini–Hochberg");
        List<String> svgs = svgs(html);
        assertThat(svgs).hasSize(2);
        assertThat(svgs.get(0)).contains("aria-label=\"Tone per source");
        assertThat(svgs.get(1)).contains("aria-label=\"Tone toward actors by source");
        List<String> tone = texts(parse(svgs.get(0)));
        // groups sorted by mean, most positive first
        assertThat(tone).containsSubsequence("Alpha News", "Gamma Post", ODD);
        assertThat(tone).contains("40 / 2", "30 / 2", "25 / 2", "0.120  [0.020, 0.220]", "−0.200  [−0.330, −0.070]");
        List<String> heat = texts(parse(svgs.get(1)));
        // actors by total mentions: Russia 41, Ukraine 15, NATO/West 8, the odd one 1; columns alphabetical
        assertThat(heat).containsSubsequence("Russia", "Ukraine", "NATO/West", ACTOR_ODD);
        assertThat(heat).containsSubsequence("Alpha News", "Gamma Post", ODD);
        assertThat(heat).contains("−0.50", "n=12", "n=2", "–", "n < 3: too few to read", "no mention");
    }

    @Test
    void significantDifferencesAreTabledAndTheRestLeftToTheCsv() {
        String html = SentimentSection.html(three(), "Benjamini–Hochberg");
        assertThat(html).contains("1 of 3 pairs differs at p_adjusted &lt; 0.05", "Benjamini–Hochberg",
                "<td class=s>Alpha News</td><td class=s>R&amp;D &lt;Weekly&gt;</td>", "<td class=n>0.320</td>");
        assertThat(html).doesNotContain("<td class=s>Gamma Post</td>");
    }

    @Test
    void saysSoWhenNoDifferenceIsSignificant() {
        SentimentResult r = three();
        SentimentResult none = new SentimentResult(r.groupBy(), r.unit(), r.units(), r.groups(),
                List.of(diff("Alpha News", ODD, 0.32, 0.2), diff("Alpha News", "Gamma Post", 0.11, 0.4)), r.actors(), r.scorerSpecs(), r.actorsSpec());
        String html = SentimentSection.html(none, "Bonferroni");
        assertThat(html).contains("None of the 2 pairwise differences in mean VADER compound is significant", "Bonferroni",
                "The closest: Alpha News − R&amp;D &lt;Weekly&gt; = 0.320");
        assertThat(html).doesNotContain("<table");
    }

    @Test
    void aSinglePairIsTestedWithoutAdjustment() {
        SentimentResult r = three();
        SentimentResult two = new SentimentResult(r.groupBy(), r.unit(), r.units(), r.groups().subList(0, 2),
                List.of(diff("Alpha News", ODD, 0.32, 0.004)), r.actors(), r.scorerSpecs(), r.actorsSpec());
        assertThat(SentimentSection.html(two, "Benjamini–Hochberg")).contains("The two groups differ at p &lt; 0.05",
                "one comparison, so no adjustment").doesNotContain("Benjamini–Hochberg");
    }

    @Test
    void escapesNamesAndHasNoExternalReferences() throws Exception {
        String html = SentimentSection.html(three(), "Benjamini–Hochberg");
        assertThat(html).doesNotContain("<Weekly>", "<Ltd>", "http://", "https://", "<script", "<img", "url(");
        assertThat(html).contains("R&amp;D &lt;Weekly&gt;", "O&#39;Neil &quot;&amp; Sons&quot; &lt;Ltd&gt;");
        for (String s : svgs(html)) parse(s);   // well-formed
    }

    @Test
    void zeroActorsGiveANoteInsteadOfAHeatMap() {
        SentimentResult r = three();
        SentimentResult noActors = new SentimentResult(r.groupBy(), r.unit(), r.units(), r.groups(), r.differences(), List.of(),
                r.scorerSpecs(), "none");
        String html = SentimentSection.html(noActors, "Benjamini–Hochberg");
        assertThat(svgs(html)).hasSize(1);
        assertThat(html).contains("No actor is mentioned in these texts", "<code>none</code>");
    }

    @Test
    void oneGroupHasAChartAndNothingToCompare() throws Exception {
        SentimentResult one = new SentimentResult("outlet_type", "sentence", units(List.of("tabloid")),
                List.of(new GroupSummary("outlet_type", "tabloid", "vader", "compound", 4, 0.15, 0.1, 0.1, 0.05, 0.25, 0.5, 0)), List.of(),
                List.of(new ActorSummary("outlet_type", "tabloid", "Russia", "sentence", "vader", "compound", 3, -0.2, 0.1, -0.3, -0.1)),
                List.of("vader(test)"), "dictionary(test)");
        String html = SentimentSection.html(one, "Benjamini–Hochberg");
        assertThat(html).contains("Only one group, so there is nothing to compare.");
        List<String> svgs = svgs(html);
        assertThat(svgs).hasSize(2);
        assertThat(texts(parse(svgs.get(0)))).contains("tabloid", "0.150  [0.050, 0.250]");
        assertThat(texts(parse(svgs.get(1)))).contains("tabloid", "Russia", "−0.20", "n=3");
    }

    @Test
    void emptyResultSaysThereIsNothingToScore() {
        SentimentResult empty = new SentimentResult("source", "sentence", List.of(), List.of(), List.of(), List.of(), List.of("vader(test)"), "none");
        String html = SentimentSection.html(empty, "Benjamini–Hochberg");
        assertThat(svgs(html)).isEmpty();
        assertThat(html).contains("No unit could be scored");
    }

    @Test
    void deterministicAndIndependentOfRowOrder() {
        SentimentResult r = three();
        SentimentResult reversed = new SentimentResult(r.groupBy(), r.unit(), r.units().reversed(), r.groups().reversed(),
                r.differences().reversed(), r.actors().reversed(), r.scorerSpecs(), r.actorsSpec());
        String a = SentimentSection.html(r, "Benjamini–Hochberg");
        assertThat(SentimentSection.html(r, "Benjamini–Hochberg")).isEqualTo(a);
        assertThat(SentimentSection.html(reversed, "Benjamini–Hochberg")).isEqualTo(a);
    }

    @Test
    void reportHasTheSectionOnlyWhenGivenAResult() {
        var docs = List.of(new HtmlReportTest.Doc("d1", "Alpha News", List.of("war", "peace")),
                new HtmlReportTest.Doc("d2", "Gamma Post", List.of("talks", "war")));
        var ar = HtmlReportTest.result(docs, true, List.of(), List.of());
        LocalDate day = LocalDate.of(2024, 5, 6);
        String with = HtmlReport.html(ar, day, null, three());
        assertThat(with).contains("<section id=\"sentiment\">", "<a href=\"#sentiment\">Sentiment</a>", "Benjamini–Hochberg");
        assertThat(with.indexOf("id=\"sentiment\"")).isLessThan(with.indexOf("id=\"methods\""));
        assertThat(HtmlReport.html(ar, day)).doesNotContain("id=\"sentiment\"", "#sentiment");
    }
}
