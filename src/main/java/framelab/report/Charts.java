package framelab.report;

import framelab.stats.KeynessRow;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Charts for the HTML report and for notebooks, as SVG text and as PNG images of the same drawing.
 *
 * <p>Drawn by hand rather than with XChart: XChart 4.0.3 does have a horizontal bar chart, but its
 * SVG (through VectorGraphics2D) turns every glyph into a path (about 240 kB for one small chart,
 * text neither searchable nor selectable), names its clip paths after identity hash codes (output
 * differs between runs), carries a DOCTYPE with an external URL, and colours bars per series rather
 * than per bar. A diverging keyness chart needs per-bar colours, a label column with counts and
 * marks for significance; the hand-written SVG has them in a few kilobytes, deterministically, and
 * the PNG is drawn from the same layout with Java2D.
 *
 * <p>In a notebook: {@code display("image/png", Charts.keynessPng(rows, 15, 10))}, or the SVG inside
 * {@code display("text/html", Charts.keynessSvg(rows, 15, 10))}.
 */
public final class Charts {
    private Charts() {
    }

    /**
     * A diverging bar chart of signed G² for one comparison (the rows of one target against one
     * reference, as in keyness.csv): the {@code nPos} terms most key for the target and the
     * {@code nNeg} most key for the reference, each with its counts; p_adjusted &lt; 0.05 marked.
     *
     * @return a standalone SVG document (with the SVG namespace, no XML prolog) that can also be inlined in HTML
     * @throws IllegalArgumentException when the rows mix comparisons or nPos/nNeg is negative
     */
    public static String keynessSvg(List<KeynessRow> rowsOfOneTarget, int nPos, int nNeg) {
        return keynessSvg(rowsOfOneTarget, nPos, nNeg, true);
    }

    /** The same chart; {@code standalone = false} leaves out the xmlns attribute, which HTML5 does not need. */
    static String keynessSvg(List<KeynessRow> rowsOfOneTarget, int nPos, int nNeg, boolean standalone) {
        KeynessChart chart = KeynessChart.of(rowsOfOneTarget, nPos, nNeg);
        ChartCanvas.Svg svg = new ChartCanvas.Svg(chart.width(), chart.height(), chart.label(), standalone);
        chart.draw(svg);
        return svg.finish();
    }

    /** The keyness chart as an image at its natural size (760 px wide). */
    public static BufferedImage keynessPng(List<KeynessRow> rowsOfOneTarget, int nPos, int nNeg) {
        return keynessPng(rowsOfOneTarget, nPos, nNeg, 1.0);
    }

    /** The keyness chart as an image, {@code scale} times its natural size (2 for sharp text on high-density screens). */
    public static BufferedImage keynessPng(List<KeynessRow> rowsOfOneTarget, int nPos, int nNeg, double scale) {
        KeynessChart chart = KeynessChart.of(rowsOfOneTarget, nPos, nNeg);
        return render(chart.width(), chart.height(), scale, chart::draw);
    }

    /** Draws a chart onto a white image {@code scale} times its natural size: the one PNG path of every chart. */
    static BufferedImage render(int width, int height, double scale, java.util.function.Consumer<ChartCanvas> draw) {
        if (!(scale > 0) || scale > 8) throw new IllegalArgumentException("scale must be in (0, 8], got " + scale);
        BufferedImage img = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw.accept(new ChartCanvas.Java2D(g));
        } finally {
            g.dispose();
        }
        return img;
    }


    /** PNG file bytes of an image (for writing a chart to disk). */
    public static byte[] pngBytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) throw new IllegalStateException("no PNG writer available in this JDK");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
