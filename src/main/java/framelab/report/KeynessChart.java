package framelab.report;

import framelab.report.ChartCanvas.Anchor;
import framelab.stats.KeynessRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A diverging bar chart of one keyness comparison: signed G² (Dunning 1993) of the terms most key
 * for the target (bars to the right) and for the reference (bars to the left), each labelled with
 * the term and its counts in target / reference. Darker bars and an asterisk mark p_adjusted &lt; 0.05.
 * Laid out once from the rows (text widths are estimated, so the layout is the same everywhere),
 * then drawn onto any {@link ChartCanvas}.
 */
final class KeynessChart {
    static final int WIDTH = 760;
    static final double ALPHA = 0.05;
    private static final String POS_SIG = "#1f5f9e", POS_NS = "#a9c6e3", NEG_SIG = "#c0561b", NEG_NS = "#f1c6a8";
    private static final String INK = "#222222", MUTED = "#666666", GRID = "#e4e4e4", BAND = "#f5f5f5";
    private static final int PAD = 14, ROW = 20, BAR = 14, BLOCK_GAP = 10, TERM_MAX = 210, BARS_TOP = 78;

    private final String target, reference;
    private final List<KeynessRow> bars;   // display order: positives (largest first), then negatives (largest |G²| last)
    private final int positives;

    private KeynessChart(String target, String reference, List<KeynessRow> bars, int positives) {
        this.target = target;
        this.reference = reference;
        this.bars = bars;
        this.positives = positives;
    }

    /** Picks the top {@code nPos} positive and {@code nNeg} negative rows of one comparison. */
    static KeynessChart of(List<KeynessRow> rows, int nPos, int nNeg) {
        if (nPos < 0 || nNeg < 0) throw new IllegalArgumentException("nPos and nNeg must be >= 0, got " + nPos + " and " + nNeg);
        String target = rows.isEmpty() ? "" : rows.getFirst().target();
        String reference = rows.isEmpty() ? "" : rows.getFirst().reference();
        for (KeynessRow r : rows) {
            if (!r.target().equals(target) || !r.reference().equals(reference)) {
                throw new IllegalArgumentException("a keyness chart shows one comparison; the rows mix '" + target + "' vs '" + reference
                        + "' with '" + r.target() + "' vs '" + r.reference() + "' (filter the rows by target first)");
            }
        }
        Comparator<KeynessRow> byTerm = Comparator.comparing(KeynessRow::term);
        List<KeynessRow> pos = rows.stream().filter(r -> r.g2() > 0)
                .sorted(Comparator.comparingDouble(KeynessRow::g2).reversed().thenComparing(byTerm)).limit(nPos).toList();
        List<KeynessRow> neg = new ArrayList<>(rows.stream().filter(r -> r.g2() < 0)
                .sorted(Comparator.comparingDouble(KeynessRow::g2).thenComparing(byTerm)).limit(nNeg).toList());
        java.util.Collections.reverse(neg);
        List<KeynessRow> bars = new ArrayList<>(pos);
        bars.addAll(neg);
        return new KeynessChart(target, reference, bars, pos.size());
    }

    String label() {
        return bars.isEmpty() && target.isEmpty() ? "Keyness: no comparison" : "Keyness: " + target + " vs " + reference + " — signed G²";
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return legendY() + 40;
    }

    private int barsBottom() {
        int n = bars.size();
        if (n == 0) return BARS_TOP + 30;
        return BARS_TOP + n * ROW + (positives > 0 && positives < n ? BLOCK_GAP : 0);
    }

    private double rowTop(int i) {
        return BARS_TOP + i * ROW + (i >= positives && positives > 0 ? BLOCK_GAP : 0);
    }

    private int axisY() {
        return barsBottom() + 4;
    }

    private int legendY() {
        return axisY() + 54;
    }

    private static String term(KeynessRow r) {
        return r.term() + (significant(r) ? " *" : "");
    }

    private static String counts(KeynessRow r) {
        return Html.count(r.countTarget()) + " / " + Html.count(r.countReference());
    }

    static boolean significant(KeynessRow r) {
        return r.pAdjusted() < ALPHA;
    }

    /** Cuts {@code s} (ellipsis) until its estimated width fits {@code max} px. */
    static String fit(String s, double size, boolean bold, double max) {
        max += 1e-6;   // widths are sums of doubles: a label exactly as wide as its column must fit
        if (ChartCanvas.textWidth(s, size, bold) <= max) return s;
        int n = s.codePointCount(0, s.length());
        while (n > 1 && ChartCanvas.textWidth(Html.clip(s, n), size, bold) > max) n--;
        return Html.clip(s, n);
    }

    void draw(ChartCanvas c) {
        double right = WIDTH - PAD;
        String title = "Keyness: " + target + " vs " + reference;
        String shownTitle = fit(title, 15, true, right - PAD);
        c.text(PAD, 22, shownTitle, 15, true, INK, Anchor.START, shownTitle.equals(title) ? null : title);
        String sub = "Signed G² log-likelihood (Dunning 1993): " + positives + (positives == 1 ? " term" : " terms")
                + " most key for the target (right), " + (bars.size() - positives) + " for the reference (left)";
        c.text(PAD, 40, fit(sub, 11.5, false, right - PAD), 11.5, false, MUTED, Anchor.START, null);
        if (bars.isEmpty()) {
            c.text(WIDTH / 2.0, BARS_TOP + 14, "No terms to show: no keyness rows with G² ≠ 0 for this comparison.", 12, false, MUTED, Anchor.MIDDLE, null);
            legend(c);
            return;
        }
        double termCol = ChartCanvas.textWidth("term", 11, true);
        double countCol = ChartCanvas.textWidth("target / ref.", 11, true);
        double valueCol = 0;
        for (KeynessRow r : bars) {
            termCol = Math.max(termCol, Math.min(TERM_MAX, ChartCanvas.textWidth(term(r), 12, significant(r))));
            countCol = Math.max(countCol, ChartCanvas.textWidth(counts(r), 11, false));
            valueCol = Math.max(valueCol, ChartCanvas.textWidth(Html.stat(r.g2()), 10.5, false));
        }
        double termRight = PAD + termCol, countRight = termRight + 12 + countCol;
        double plotLeft = countRight + 14;
        double lo = Math.min(0, bars.getLast().g2()), hi = Math.max(0, bars.getFirst().g2());
        double step = niceStep((hi - lo) / 6);   // ticks inside the data range; the bars use all of the plot's width
        double xl = plotLeft + (lo < 0 ? valueCol + 6 : 0), xr = right - (hi > 0 ? valueCol + 6 : 0);
        double l0 = lo, span = hi - lo;
        java.util.function.DoubleUnaryOperator x = v -> xl + (v - l0) / span * (xr - xl);
        double zero = x.applyAsDouble(0);

        for (int i = 0; i < bars.size(); i += 2) c.rect(PAD - 4, rowTop(i), right - PAD + 8, ROW, BAND);
        for (long k = (long) Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
            double t = k * step, tx = x.applyAsDouble(t);
            c.line(tx, BARS_TOP - 4, tx, axisY(), GRID, 1);
            c.text(tx, axisY() + 15, tick(t, step), 10.5, false, MUTED, Anchor.MIDDLE, null);
        }
        c.text(termRight, BARS_TOP - 8, "term", 11, true, MUTED, Anchor.END, null);
        c.text(countRight, BARS_TOP - 8, "target / ref.", 11, true, MUTED, Anchor.END, null);
        // direction labels at the plot's two ends, each with half the plot's width, wherever the zero line falls
        double half = (right - plotLeft) / 2 - 8;
        if (positives > 0) c.text(right, BARS_TOP - 8, fit("more in " + target + " →", 11, true, half), 11, true, POS_SIG, Anchor.END, null);
        if (positives < bars.size()) {
            c.text(plotLeft, BARS_TOP - 8, fit("← more in " + reference, 11, true, half), 11, true, NEG_SIG, Anchor.START, null);
        }
        for (int i = 0; i < bars.size(); i++) {
            KeynessRow r = bars.get(i);
            double top = rowTop(i), base = top + 14.5;
            boolean sig = significant(r);
            String mark = sig ? " *" : "", shown = fit(r.term(), 12, sig, termCol - ChartCanvas.textWidth(mark, 12, sig)) + mark;
            c.text(termRight, base, shown, 12, sig, INK, Anchor.END, shown.equals(term(r)) ? null : r.term());
            c.text(countRight, base, counts(r), 11, false, MUTED, Anchor.END, null);
            double bx = x.applyAsDouble(r.g2());
            boolean pos = r.g2() > 0;
            String fill = pos ? (significant(r) ? POS_SIG : POS_NS) : (significant(r) ? NEG_SIG : NEG_NS);
            c.rect(Math.min(zero, bx), top + (ROW - BAR) / 2.0, Math.max(1, Math.abs(bx - zero)), BAR, fill);
            c.text(pos ? bx + 4 : bx - 4, base - 0.5, Html.stat(r.g2()), 10.5, false, INK, pos ? Anchor.START : Anchor.END, null);
        }
        c.line(zero, BARS_TOP - 4, zero, axisY(), "#333333", 1.2);
        c.line(xl, axisY(), xr, axisY(), "#999999", 1);
        c.text((xl + xr) / 2, axisY() + 32, "signed G² (positive: key for the target; negative: key for the reference)", 11.5, false, INK,
                Anchor.MIDDLE, null);
        legend(c);
    }

    private void legend(ChartCanvas c) {
        double y = legendY(), xx = PAD;
        String[][] items = {{POS_SIG, POS_NS, fit("key for " + target, 11, false, 230)}, {NEG_SIG, NEG_NS, fit("key for " + reference, 11, false, 230)}};
        for (String[] it : items) {
            c.rect(xx, y - 10, 11, 11, it[0]);
            c.rect(xx + 12, y - 10, 11, 11, it[1]);
            c.text(xx + 28, y, it[2], 11, false, INK, Anchor.START, null);
            xx += 28 + ChartCanvas.textWidth(it[2], 11, false) + 22;
        }
        c.text(PAD, y + 18, "Darker bar, bold term and * = p_adjusted < 0.05 (lighter: not significant). Numbers: G²; counts in target / reference.",
                11, false, MUTED, Anchor.START, null);
    }

    /** A tick value with as many decimals as the step needs, and a real minus sign. */
    static String tick(double t, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", Math.abs(t) < step / 1e6 ? 0.0 : t);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= raw) return m * p;
        return 10 * p;
    }
}
