package framelab.report;

import framelab.report.ChartCanvas.Anchor;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentAggregates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dot-and-whisker chart of tone per group (the rows of one lexicon × measure, as in
 * sentiment_groups.csv): a row per group, sorted by mean (most positive first), the dot at the mean
 * and the whisker over its 95% bootstrap interval; a zero line and, for VADER compound, the neutral
 * band (±0.05, Hutto &amp; Gilbert 2014). Each row says how many units (and articles) the mean rests
 * on. At most {@value #MAX_GROUPS} groups (those with most units) are drawn.
 */
final class ToneChart {
    static final int MAX_GROUPS = 25;
    private static final int PAD = 14, ROW = 24, TOP = 66, LABEL_MAX = 230;
    private static final String INK = "#222222", MUTED = "#666666", GRID = "#e4e4e4", BAND = "#ececec", STRIPE = "#f7f7f7";
    static final String POS = "#1f5f9e", NEG = "#c0561b", NEU = "#555555";

    private final String lexicon, measure, groupBy;
    private final List<GroupSummary> rows;   // display order
    private final Map<String, Integer> docs;  // articles per group, may miss groups
    private final int hidden;
    private final double band, lo, hi, step;
    private final double labelW, nW, valueW;

    private ToneChart(List<GroupSummary> all, Map<String, Integer> docs) {
        this.lexicon = all.isEmpty() ? "" : all.getFirst().lexicon();
        this.measure = all.isEmpty() ? "" : all.getFirst().measure();
        this.groupBy = all.isEmpty() ? "" : all.getFirst().groupBy();
        for (GroupSummary g : all) {
            if (!g.lexicon().equals(lexicon) || !g.measure().equals(measure)) {
                throw new IllegalArgumentException("a tone chart shows one lexicon and measure; the rows mix " + lexicon + "/" + measure
                        + " with " + g.lexicon() + "/" + g.measure() + " (filter them first)");
            }
        }
        List<GroupSummary> bySize = new ArrayList<>(all);
        bySize.sort(Comparator.comparingInt((GroupSummary g) -> -g.n()).thenComparing(GroupSummary::group));
        List<GroupSummary> shown = new ArrayList<>(bySize.subList(0, Math.min(MAX_GROUPS, bySize.size())));
        shown.sort(Comparator.comparingDouble((GroupSummary g) -> -g.mean()).thenComparing(GroupSummary::group));
        this.rows = shown;
        this.hidden = all.size() - shown.size();
        this.docs = docs;
        this.band = SentimentAggregates.threshold(lexicon, measure);
        double l = -band, h = band;
        for (GroupSummary g : rows) {
            for (double v : new double[] {g.mean(), g.ciLow(), g.ciHigh()}) {
                if (Double.isFinite(v)) {
                    l = Math.min(l, v);
                    h = Math.max(h, v);
                }
            }
        }
        if (!(h - l > 0)) {   // no spread (one value, no band): a small symmetric range
            l = Math.min(l, -0.1);
            h = Math.max(h, 0.1);
        }
        double s = KeynessChart.niceStep((h - l) / 6);
        this.step = s;
        this.lo = Math.floor(l / s - 1e-9) * s;
        this.hi = Math.ceil(h / s + 1e-9) * s;
        double lw = ChartCanvas.textWidth(groupBy.isEmpty() ? "group" : groupBy, 11, true), nw = ChartCanvas.textWidth(docs.isEmpty() ? "units" : "units / articles", 11, true), vw = 0;
        for (GroupSummary g : rows) {
            lw = Math.max(lw, ChartCanvas.textWidth(name(g), 12, false));
            nw = Math.max(nw, ChartCanvas.textWidth(nLabel(g), 11, false));
            vw = Math.max(vw, ChartCanvas.textWidth(valueLabel(g), 10.5, false));
        }
        this.labelW = Math.min(LABEL_MAX, lw);
        this.nW = nw;
        this.valueW = vw;
    }

    static ToneChart of(List<GroupSummary> rowsOfOneMeasure, Map<String, Integer> docsPerGroup) {
        return new ToneChart(rowsOfOneMeasure, docsPerGroup == null ? Map.of() : docsPerGroup);
    }

    String label() {
        return "Tone per " + (groupBy.isEmpty() ? "group" : groupBy) + ": mean " + measureName(lexicon, measure) + " with 95% bootstrap intervals";
    }

    /** Display order (most positive mean first). */
    List<String> groups() {
        return rows.stream().map(GroupSummary::group).toList();
    }

    int width() {
        return KeynessChart.WIDTH;
    }

    int height() {
        return TOP + Math.max(1, rows.size()) * ROW + (hidden > 0 ? 100 : 84);
    }

    static String measureName(String lexicon, String measure) {
        String lex = lexicon.equals("vader") || lexicon.equals("afinn") ? lexicon.toUpperCase(Locale.ROOT) : lexicon;
        return switch (measure) {
            case "mean" -> lex + " valence per token";
            case "log_tone" -> lex + " log tone";
            default -> lex + " " + measure;
        };
    }

    private static String name(GroupSummary g) {
        return g.group().isEmpty() ? "(empty)" : g.group();
    }

    private String nLabel(GroupSummary g) {
        Integer d = docs.get(g.group());
        return Html.count(g.n()) + (d == null ? "" : " / " + Html.count(d));
    }

    private static String valueLabel(GroupSummary g) {
        return num(g.mean(), 3) + (Double.isFinite(g.ciLow()) ? "  [" + num(g.ciLow(), 3) + ", " + num(g.ciHigh(), 3) + "]" : "");
    }

    /** A number with {@code d} decimals and a real minus sign; empty for NaN. */
    static String num(double v, int d) {
        if (Double.isNaN(v)) return "";
        String s = String.format(Locale.ROOT, "%." + d + "f", v);
        if (s.matches("-0\\.0*")) s = s.substring(1);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    void draw(ChartCanvas c) {
        double right = width() - PAD;
        String title = "Tone per " + (groupBy.isEmpty() ? "group" : groupBy) + " — mean " + measureName(lexicon, measure);
        c.text(PAD, 22, KeynessChart.fit(title, 15, true, right - PAD), 15, true, INK, Anchor.START, null);
        String sub = "Dot: mean over units; whisker: 95% bootstrap interval" + (band > 0 ? "; grey band: neutral (±" + num(band, 2) + ")" : "")
                + "; sorted by mean";
        c.text(PAD, 40, KeynessChart.fit(sub, 11.5, false, right - PAD), 11.5, false, MUTED, Anchor.START, null);
        if (rows.isEmpty()) {
            c.text(width() / 2.0, TOP + 16, "No scored units to show.", 12, false, MUTED, Anchor.MIDDLE, null);
            return;
        }
        double labelRight = PAD + labelW, nRight = labelRight + 14 + nW;
        double xl = nRight + 18, xr = right - valueW - 10;
        java.util.function.DoubleUnaryOperator x = v -> xl + (v - lo) / (hi - lo) * (xr - xl);
        double bottom = TOP + rows.size() * ROW;
        for (int i = 0; i < rows.size(); i += 2) c.rect(PAD - 4, TOP + i * ROW, right - PAD + 8, ROW, STRIPE);
        if (band > 0) c.rect(x.applyAsDouble(-band), TOP - 4, x.applyAsDouble(band) - x.applyAsDouble(-band), bottom - TOP + 8, BAND);
        for (long k = Math.round(lo / step); k * step <= hi + step * 1e-9; k++) {
            double t = k * step, tx = x.applyAsDouble(t);
            c.line(tx, TOP - 4, tx, bottom + 4, GRID, 1);
            c.text(tx, bottom + 19, KeynessChart.tick(t, step), 10.5, false, MUTED, Anchor.MIDDLE, null);
        }
        double zero = x.applyAsDouble(0);
        c.line(zero, TOP - 4, zero, bottom + 4, "#333333", 1.2);
        c.line(xl, bottom + 4, xr, bottom + 4, "#999999", 1);
        c.text(labelRight, TOP - 8, groupBy.isEmpty() ? "group" : groupBy, 11, true, MUTED, Anchor.END, null);
        c.text(nRight, TOP - 8, docs.isEmpty() ? "units" : "units / articles", 11, true, MUTED, Anchor.END, null);
        c.text(right, TOP - 8, "mean  [95% CI]", 11, true, MUTED, Anchor.END, null);
        for (int i = 0; i < rows.size(); i++) {
            GroupSummary g = rows.get(i);
            double cy = TOP + i * ROW + ROW / 2.0, base = cy + 4.5;
            String n = name(g), shown = KeynessChart.fit(n, 12, false, labelW);
            c.text(labelRight, base, shown, 12, false, INK, Anchor.END, shown.equals(n) ? null : n);
            c.text(nRight, base, nLabel(g), 11, false, MUTED, Anchor.END, null);
            String colour = g.mean() > band ? POS : g.mean() < -band ? NEG : NEU;
            if (Double.isFinite(g.ciLow()) && Double.isFinite(g.ciHigh())) {
                double a = x.applyAsDouble(g.ciLow()), b = x.applyAsDouble(g.ciHigh());
                c.line(a, cy, b, cy, colour, 2);
                c.line(a, cy - 5, a, cy + 5, colour, 1.5);
                c.line(b, cy - 5, b, cy + 5, colour, 1.5);
            }
            c.circle(x.applyAsDouble(g.mean()), cy, 5, colour, "#ffffff");
            c.text(right, base - 0.5, valueLabel(g), 10.5, false, INK, Anchor.END,
                    n + ": n = " + g.n() + ", mean " + num(g.mean(), 3) + ", sd " + num(g.sd(), 3) + ", median " + num(g.median(), 3)
                            + ", positive " + Math.round(g.sharePositive() * 100) + "%, negative " + Math.round(g.shareNegative() * 100) + "%");
        }
        String axis = "mean " + measureName(lexicon, measure) + (lexicon.equals("vader") && measure.equals("compound") ? " (−1 to +1)" : "");
        c.text((xl + xr) / 2, bottom + 36, KeynessChart.fit(axis, 11.5, false, xr - xl + 40), 11.5, false, INK, Anchor.MIDDLE, null);
        double ly = bottom + 58, xx = PAD;
        String[][] items = {{POS, "above the neutral band"}, {NEG, "below it"}, {NEU, "inside it"}};
        if (band == 0) items = new String[][] {{POS, "positive"}, {NEG, "negative"}, {NEU, "zero"}};
        for (String[] it : items) {
            c.circle(xx + 5, ly - 4, 5, it[0], null);
            c.text(xx + 14, ly, it[1], 11, false, INK, Anchor.START, null);
            xx += 14 + ChartCanvas.textWidth(it[1], 11, false) + 18;
        }
        String foot = "The bootstrap resamples units as if independent; they cluster in articles, so with few articles the intervals are too narrow.";
        c.text(PAD, ly + 18, KeynessChart.fit(foot, 11, false, right - PAD), 11, false, MUTED, Anchor.START, null);
        if (hidden > 0) c.text(PAD, ly + 34, hidden + " groups with fewer units not shown (all in sentiment_groups.csv).", 11, false, MUTED, Anchor.START, null);
    }
}
