package framelab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;

/**
 * The few drawing primitives a chart needs, with two back ends that take the same calls: SVG text
 * (for HTML and notebooks) and Java2D (for PNG). A chart lays itself out once and draws onto either,
 * so the SVG and the PNG show the same thing. Coordinates are pixels; text {@code y} is the baseline.
 */
interface ChartCanvas {
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double w, double h, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width);

    /** A filled circle with an outline ({@code stroke} may be null); a back end without circles draws a square. */
    default void circle(double cx, double cy, double r, String fill, String stroke) {
        rect(cx - r, cy - r, 2 * r, 2 * r, fill);
    }

    /** Text; {@code tooltip} (may be null) is the full text when {@code s} was shortened — SVG only. */
    void text(double x, double y, String s, double size, boolean bold, String fill, Anchor anchor, String tooltip);

    /** The font family both back ends ask for. */
    String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    /**
     * Estimated width of {@code s} in pixels at {@code size} px in a sans-serif font, erring wide. An
     * estimate (not font metrics) keeps the layout identical on every machine, fonts installed or not.
     */
    static double textWidth(String s, double size, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if ("iljtfrI.,:;'!|()[] ".indexOf(c) >= 0) em += 0.36;
            else if ("mwMW@%".indexOf(c) >= 0) em += 0.92;
            else if (Character.isUpperCase(c)) em += 0.72;
            else if (Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) em += 1.0;
            else em += 0.62;
        }
        return em * size * (bold ? 1.08 : 1.0);
    }

    /** SVG source; element order is drawing order. Numbers are written with at most one decimal. */
    final class Svg implements ChartCanvas {
        private final StringBuilder b = new StringBuilder();

        Svg(int width, int height, String label, boolean standalone) {
            b.append("<svg");
            if (standalone) b.append(" xmlns=\"http://www.w3.org/2000/svg\"");
            b.append(" class=\"chart\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                    .append("\" role=\"img\" aria-label=\"").append(Html.esc(label))
                    .append("\" font-family=\"").append(FONT_FAMILY).append("\">\n");
            b.append("<title>").append(Html.esc(label)).append("</title>\n");
            rect(0, 0, width, height, "#ffffff");
        }

        @Override
        public void rect(double x, double y, double w, double h, String fill) {
            b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>\n");
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
            b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                    .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                    .append(n(width)).append("\"/>\n");
        }

        @Override
        public void circle(double cx, double cy, double r, String fill, String stroke) {
            b.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                    .append("\" fill=\"").append(fill).append('"');
            if (stroke != null) b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"");
            b.append("/>\n");
        }

        @Override
        public void text(double x, double y, String s, double size, boolean bold, String fill, Anchor anchor, String tooltip) {
            b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size)).append('"');
            if (bold) b.append(" font-weight=\"bold\"");
            if (anchor != Anchor.START) b.append(" text-anchor=\"").append(anchor == Anchor.END ? "end" : "middle").append('"');
            b.append(" fill=\"").append(fill).append("\">");
            if (tooltip != null) b.append("<title>").append(Html.esc(tooltip)).append("</title>");
            b.append(Html.esc(s)).append("</text>\n");
        }

        String finish() {
            return b + "</svg>\n";
        }

        private static String n(double v) {
            double r = Math.round(v * 10) / 10.0;
            return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
        }
    }

    /** Draws onto a Java2D graphics context (a BufferedImage's), antialiased. */
    final class Java2D implements ChartCanvas {
        private final Graphics2D g;

        Java2D(Graphics2D g) {
            this.g = g;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }

        @Override
        public void rect(double x, double y, double w, double h, String fill) {
            g.setColor(Color.decode(fill));
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke((float) width));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void circle(double cx, double cy, double r, String fill, String stroke) {
            var e = new java.awt.geom.Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g.setColor(Color.decode(fill));
            g.fill(e);
            if (stroke != null) {
                g.setColor(Color.decode(stroke));
                g.setStroke(new BasicStroke(1f));
                g.draw(e);
            }
        }

        @Override
        public void text(double x, double y, String s, double size, boolean bold, String fill, Anchor anchor, String tooltip) {
            Font f = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
            g.setFont(f);
            g.setColor(Color.decode(fill));
            double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
            double x0 = switch (anchor) {
                case START -> x;
                case MIDDLE -> x - w / 2;
                case END -> x - w;
            };
            g.drawString(s, (float) x0, (float) y);
        }
    }
}
