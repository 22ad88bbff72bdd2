package framelab.report;

import static framelab.report.SentimentSectionTest.parse;
import static framelab.report.SentimentSectionTest.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.Workbench;
import framelab.sentiment.ActorSummary;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentOptions;
import framelab.sentiment.SentimentResult;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SentimentChartsTest {

    private static SentimentResult many(int groups, int actors) {
        List<GroupSummary> g = new ArrayList<>();
        List<ActorSummary> a = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            String name = String.format("Outlet %02d", i);
            g.add(new GroupSummary("source", name, "vader", "compound", 10 + i, (i - groups / 2.0) / groups, 0.3, 0, -0.5, 0.5, 0.3, 0.3));
            for (int k = 0; k < actors; k++) {
                a.add(new ActorSummary("source", name, "Actor " + k, "sentence", "vader", "compound", 1 + i + k, (k % 2 == 0 ? -0.1 : 0.1) * k, 0.2, -1, 1));
                a.add(new ActorSummary("source", name, "Actor " + k, "window", "vader", "compound", 2 + i + k, 0.5, 0.2, -1, 1));
            }
        }
        return new SentimentResult("source", "sentence", List.of(), g, List.of(), a, List.of("vader(test)"), "dictionary(test)");
    }

    private static List<Element> elements(Document d, String tag) {
        NodeList l = d.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    @Test
    void heatMapCapsGroupsAtTwelveAndKeepsTheMostMentioned() throws Exception {
        SentimentResult r = many(15, 3);
        ActorHeatmap h = SentimentCharts.heatmap(r, "vader", "compound", "sentence");
        // mentions grow with the outlet index: the 12 kept are 03..14, shown alphabetically
        assertThat(h.groups()).hasSize(12).first().isEqualTo("Outlet 03");
        assertThat(h.groups()).last().isEqualTo("Outlet 14");
        assertThat(h.actors()).containsExactly("Actor 2", "Actor 1", "Actor 0");
        List<String> t = texts(parse(SentimentCharts.actorHeatmapSvg(r)));
        assertThat(t).doesNotContain("00").contains("03", "14").anyMatch(s -> s.contains("3 groups with fewer mentions not shown"));
    }

    @Test
    void fewMentionsAreHatchedNotColouredAndTheScaleIsSymmetric() throws Exception {
        SentimentResult r = new SentimentResult("source", "sentence", List.of(),
                List.of(new GroupSummary("source", "A", "vader", "compound", 5, 0, 0, 0, -0.1, 0.1, 0, 0)), List.of(),
                List.of(new ActorSummary("source", "A", "Russia", "sentence", "vader", "compound", 2, -0.9, 0.1, -1, -0.8),
                        new ActorSummary("source", "A", "NATO/West", "sentence", "vader", "compound", 4, 0.3, 0.1, 0.2, 0.4)),
                List.of("vader(test)"), "d");
        Document d = parse(SentimentCharts.actorHeatmapSvg(r));
        // the readable cell saturates the scale (0.3): full blue; the n = 2 cell is grey with hatching, whatever its mean
        List<String> fills = elements(d, "rect").stream().map(e -> e.getAttribute("fill")).toList();
        // the legend has one swatch of each end colour; the cells add one blue (NATO/West) and no orange (Russia, n = 2)
        assertThat(fills.stream().filter(ActorHeatmap.colour(1)::equals)).hasSize(2);
        assertThat(fills.stream().filter(ActorHeatmap.colour(-1)::equals)).hasSize(1);
        assertThat(fills).contains("#f1f1f1");
        assertThat(elements(d, "line").stream().filter(e -> e.getAttribute("stroke").equals("#c4c4c4")).count()).isGreaterThan(5);
        assertThat(texts(d)).contains("−0.30 or less", "+0.30 or more", "−0.90", "n=2");
        assertThat(ActorHeatmap.colour(0)).isEqualTo("#f7f7f7");
        assertThat(ActorHeatmap.niceCeil(0.26)).isEqualTo(0.3);
        assertThat(ActorHeatmap.niceCeil(0)).isEqualTo(0.1);
    }

    @Test
    void toneChartHasZeroLineNeutralBandAndCapsGroups() throws Exception {
        SentimentResult r = many(30, 0);
        ToneChart c = SentimentCharts.tone(r, "vader", "compound");
        assertThat(c.groups()).hasSize(ToneChart.MAX_GROUPS).doesNotContain("Outlet 00", "Outlet 04").contains("Outlet 05", "Outlet 29");
        assertThat(c.groups().getFirst()).isEqualTo("Outlet 29");   // highest mean first
        Document d = parse(SentimentCharts.toneSvg(r));
        assertThat(elements(d, "circle")).hasSizeGreaterThanOrEqualTo(25);
        assertThat(elements(d, "rect").stream().map(e -> e.getAttribute("fill"))).contains("#ececec");   // the ±0.05 band
        assertThat(texts(d)).contains("0.0", "−0.4", "0.4").anyMatch(s -> s.contains("5 groups with fewer units not shown"));
    }

    @Test
    void otherLexiconsHaveNoNeutralBandAndTheDefaultFallsBackToThem() throws Exception {
        SentimentResult r = new SentimentResult("source", "sentence", List.of(),
                List.of(new GroupSummary("source", "A", "afinn", "sum", 5, 2, 1, 2, 1, 3, 0.6, 0.2),
                        new GroupSummary("source", "A", "afinn", "mean", 5, 0.2, 0.1, 0.2, 0.1, 0.3, 0.6, 0.2)),
                List.of(), List.of(), List.of("afinn(test)"), "none");
        assertThat(SentimentCharts.defaultTone(r)).isEqualTo(new SentimentCharts.Tone("afinn", "mean"));
        Document d = parse(SentimentCharts.toneSvg(r));
        assertThat(elements(d, "rect").stream().map(e -> e.getAttribute("fill"))).doesNotContain("#ececec");
        assertThat(texts(d)).contains("Tone per source — mean AFINN valence per token");
        assertThatThrownBy(() -> ToneChart.of(r.groups(), null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filter them first");
    }

    @Test
    void pngsAreDrawnFromTheSameLayout() {
        SentimentResult r = SentimentSectionTest.three();
        BufferedImage tone = SentimentCharts.tonePng(r);
        ToneChart c = SentimentCharts.tone(r, "vader", "compound");
        assertThat(tone.getWidth()).isEqualTo(c.width() * 2);
        assertThat(tone.getHeight()).isEqualTo(c.height() * 2);
        BufferedImage heat = SentimentCharts.actorHeatmapPng(r, "vader", "compound", "sentence", 1);
        int coloured = 0;
        for (int y = 0; y < heat.getHeight(); y += 2) {
            for (int x = 0; x < heat.getWidth(); x += 2) {
                int p = heat.getRGB(x, y) & 0xffffff;
                if (p != 0xffffff) coloured++;
            }
        }
        assertThat(coloured).isGreaterThan(1000);
        assertThatThrownBy(() -> SentimentCharts.tonePng(r, "vader", "compound", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedCorpusShowsFiveOutletsAndTheRussiaUkraineNatoActors() throws Exception {
        SentimentResult r = Workbench.open(Path.of("corpus")).sentiment(SentimentOptions.DEFAULTS);
        ToneChart c = SentimentCharts.tone(r, "vader", "compound");
        assertThat(c.groups()).containsExactlyInAnyOrder("The Moscow Times", "Daily Mail", "AP (via ABC News)", "IRIA (blog)",
                "Unknown aggregator (spun wire copy)");
        ActorHeatmap h = SentimentCharts.heatmap(r, "vader", "compound", "sentence");
        assertThat(h.actors().subList(0, 3)).containsExactlyInAnyOrder("Russia", "Ukraine", "NATO/West");
        assertThat(h.groups()).hasSize(5);
        String html = SentimentSection.html(r, "Benjamini–Hochberg");
        assertThat(SentimentSectionTest.svgs(html)).hasSize(2);
        assertThat(html).doesNotContain("http://", "https://");
    }
}
