package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import framelab.stats.KeynessRow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartsTest {
    private static final String POS_SIG = "#1f5f9e", POS_NS = "#a9c6e3", NEG_SIG = "#c0561b", NEG_NS = "#f1c6a8";

    static KeynessRow row(String term, long a, long b, double g2, double pAdj) {
        return new KeynessRow("source", "The Moscow Times", "(rest)", term, a, b, 1000, 5000, g2, pAdj / 2, pAdj, 0, 0, 0, 0);
    }

    /** 20 positive terms pos00..pos19 (G² 40 down to 21) and 20 negative neg00..neg19 (G² −40 up to −21); the first 5 of each significant. */
    static List<KeynessRow> rows() {
        List<KeynessRow> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(row(String.format("pos%02d", i), 50 - i, 10, 40 - i, i < 5 ? 0.001 : 0.2));
            out.add(row(String.format("neg%02d", i), 1, 300 - i, -(40 - i), i < 5 ? 0.001 : 0.2));
        }
        out.add(row("zero", 5, 25, 0, 1));
        return out;
    }

    static Document parse(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        NodeList n = d.getElementsByTagName("text");
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            // the visible text: the element's last child (a <title> child holds the full text of a shortened label)
            out.add(e.getLastChild().getTextContent());
        }
        return out;
    }

    static List<String> barFills(Document d) {
        List<String> out = new ArrayList<>();
        NodeList n = d.getElementsByTagName("rect");
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            double h = Double.parseDouble(e.getAttribute("height"));
            if (h == 14) out.add(e.getAttribute("fill"));   // bars are 14 px high; legend swatches 11, bands 20
        }
        return out;
    }

    @Test
    void standaloneSvgWithTheTopTermsOfEachSide() throws Exception {
        String svg = Charts.keynessSvg(rows(), 15, 10);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("<?xml", "<!DOCTYPE");
        Document d = parse(svg);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        List<String> t = texts(d);
        assertThat(t).contains("Keyness: The Moscow Times vs (rest)", "pos00 *", "pos04 *", "pos05", "pos14", "neg00 *", "neg09", "50 / 10", "40.0", "−40.0");
        assertThat(t).doesNotContain("pos15", "neg10", "zero");
        // 15 + 10 bars; the 5 significant of each side dark, the others light
        List<String> fills = barFills(d);
        assertThat(fills).hasSize(25);
        assertThat(Collections.frequency(fills, POS_SIG)).isEqualTo(5);
        assertThat(Collections.frequency(fills, POS_NS)).isEqualTo(10);
        assertThat(Collections.frequency(fills, NEG_SIG)).isEqualTo(5);
        assertThat(Collections.frequency(fills, NEG_NS)).isEqualTo(5);
        // order: positives from the largest G² down, then negatives with the largest |G²| last (one sorted axis)
        assertThat(t.indexOf("pos00 *")).isLessThan(t.indexOf("pos01 *"));
        assertThat(t.indexOf("pos14")).isLessThan(t.indexOf("neg09"));
        assertThat(t.indexOf("neg09")).isLessThan(t.indexOf("neg00 *"));
    }

    @Test
    void escapesTermsAndStillParses() throws Exception {
        List<KeynessRow> rows = List.of(row("<script>", 9, 0, 12, 0.01), row("a&b", 1, 20, -8, 0.5), row("\"q'\u0001", 3, 0, 5, 0.5));
        String svg = Charts.keynessSvg(rows, 15, 10);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt; *", "a&amp;b", "&quot;q&#39;");
        assertThat(texts(parse(svg))).contains("<script> *", "a&b", "\"q'");
    }

    @Test
    void longTermsAreShortenedWithTheFullTermAsTooltipAndStayInside() throws Exception {
        String longTerm = "counter-revolutionary-disinformation-campaign-".repeat(5);
        List<KeynessRow> rows = List.of(row(longTerm, 9, 0, 30, 0.01), row("short", 1, 20, -8, 0.5));
        Document d = parse(Charts.keynessSvg(rows, 15, 10));
        NodeList n = d.getElementsByTagName("text");
        boolean found = false;
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            double x = Double.parseDouble(e.getAttribute("x"));
            assertThat(x).isBetween(0.0, (double) KeynessChart.WIDTH);
            if (e.getElementsByTagName("title").getLength() == 1 && e.getLastChild().getTextContent().endsWith("… *")) {
                assertThat(e.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(longTerm);
                double est = ChartCanvas.textWidth(e.getLastChild().getTextContent(), 12, true);
                assertThat(x - est).isGreaterThanOrEqualTo(0);   // right-aligned label does not run off the left edge
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void fewOrNoTermsStillMakeAChart() throws Exception {
        Document onlyPositive = parse(Charts.keynessSvg(List.of(row("solo", 3, 0, 4.2, 0.3)), 15, 10));
        assertThat(barFills(onlyPositive)).containsExactly(POS_NS);
        assertThat(texts(onlyPositive)).contains("solo", "4.2").noneMatch(s -> s.startsWith("← more in"));

        Document empty = parse(Charts.keynessSvg(List.of(), 15, 10));
        assertThat(barFills(empty)).isEmpty();
        assertThat(texts(empty)).anyMatch(s -> s.startsWith("No terms to show"));
        assertThat(Charts.keynessPng(List.of(), 15, 10).getWidth()).isEqualTo(KeynessChart.WIDTH);
    }

    @Test
    void rejectsMixedComparisonsAndNegativeCounts() {
        List<KeynessRow> mixed = List.of(row("a", 1, 0, 2, 0.5),
                new KeynessRow("source", "Other", "(rest)", "b", 1, 0, 10, 10, 2, 0.5, 0.5, 0, 0, 0, 0));
        assertThatThrownBy(() -> Charts.keynessSvg(mixed, 15, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one comparison").hasMessageContaining("Other");
        assertThatThrownBy(() -> Charts.keynessSvg(rows(), -1, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nPos");
    }

    @Test
    void deterministicAndIndependentOfRowOrder() {
        List<KeynessRow> shuffled = new ArrayList<>(rows());
        Collections.shuffle(shuffled, new Random(7));
        assertThat(Charts.keynessSvg(shuffled, 15, 10)).isEqualTo(Charts.keynessSvg(rows(), 15, 10));
    }

    @Test
    void pngShowsTheSameBarsAsTheSvg() throws Exception {
        BufferedImage img = Charts.keynessPng(rows(), 15, 10);
        Document d = parse(Charts.keynessSvg(rows(), 15, 10));
        assertThat(img.getWidth()).isEqualTo(Integer.parseInt(d.getDocumentElement().getAttribute("width")));
        assertThat(img.getHeight()).isEqualTo(Integer.parseInt(d.getDocumentElement().getAttribute("height")));
        // the centre of every SVG bar has that bar's colour in the PNG
        NodeList n = d.getElementsByTagName("rect");
        int checked = 0;
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            if (!e.getAttribute("height").equals("14")) continue;
            int cx = (int) (Double.parseDouble(e.getAttribute("x")) + Double.parseDouble(e.getAttribute("width")) / 2);
            int cy = (int) (Double.parseDouble(e.getAttribute("y")) + 7);
            assertThat(String.format("#%06x", img.getRGB(cx, cy) & 0xFFFFFF)).isEqualTo(e.getAttribute("fill"));
            checked++;
        }
        assertThat(checked).isEqualTo(25);
        byte[] png = Charts.pngBytes(Charts.keynessPng(rows(), 15, 10, 2));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(2 * KeynessChart.WIDTH);
    }
}
