package framelab.report;

import framelab.report.ChartCanvas.Anchor;
import framelab.topics.TopicShareRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A topic × group heatmap of topic shares (one model, one grouping): a row per topic, a column per
 * group (the {@value #MAX_GROUPS} groups with most units), each cell the group's share of the topic in
 * percent, darker for larger shares; the last column is the spread, the largest minus the smallest
 * share in the row. Rows are ordered by spread, so the topics that differ most between groups come
 * first. Group names wrap onto up to three lines; the SVG gives each cell its 95% interval as a tooltip.
 */
final class TopicShareChart {
    static final int MAX_GROUPS = 10;
    private static final int PAD = 14, ROW = 22, LABEL_MAX = 250, CELL_MIN = 60, CELL_MAX = 96, SPREAD_W = 76, HEAD_LINE = 13, GAP = 12;
    private static final double HEAD_FONT = 10;
    private static final String INK = "#222222", MUTED = "#666666", GRID = "#ffffff", SPREAD = "#c0561b";
    private static final int[] LOW = {0xf4, 0xf8, 0xfc}, HIGH = {0x0d, 0x3b, 0x73};

    private final String model, groupBy;
    private final List<String> groups;             // shown columns
    private final List<Integer> topics;            // shown rows, in display order
    private final Map<Integer, String> labels;
    private final Map<String, TopicShareRow> cell;  // topic + "\u0000" + group
    private final Map<Integer, Double> spread;
    private final int hiddenGroups;
    private final double max, maxSpread;
    private final double labelW, cellW;
    private final List<List<String>> head;

    private TopicShareChart(List<TopicShareRow> rows) {
        this.model = rows.isEmpty() ? "" : rows.getFirst().model();
        this.groupBy = rows.isEmpty() ? "" : rows.getFirst().groupBy();
        Map<String, Integer> units = new LinkedHashMap<>();
        labels = new LinkedHashMap<>();
        cell = new LinkedHashMap<>();
        for (TopicShareRow r : rows) {
            if (!r.model().equals(model) || !r.groupBy().equals(groupBy)) {
                throw new IllegalArgumentException("a topic share chart shows one model and one grouping; the rows mix " + model + "/" + groupBy
                        + " with " + r.model() + "/" + r.groupBy() + " (filter them first)");
            }
            units.put(r.group(), r.units());
            labels.putIfAbsent(r.topic(), r.label());
            cell.put(r.topic() + "\u0000" + r.group(), r);
        }
        List<String> all = new ArrayList<>(units.keySet());
        all.sort(Comparator.comparing((String g) -> -units.get(g)).thenComparing(g -> g));
        List<String> shown = new ArrayList<>(all.subList(0, Math.min(MAX_GROUPS, all.size())));
        shown.sort(Comparator.naturalOrder());
        this.groups = shown;
        this.hiddenGroups = all.size() - shown.size();
        spread = new LinkedHashMap<>();
        double m = 0;
        for (int t : labels.keySet()) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (String g : groups) {
                double s = cell.get(t + "\u0000" + g).share();
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
                m = Math.max(m, s);
            }
            spread.put(t, groups.size() < 2 ? 0 : hi - lo);
        }
        this.max = m > 0 ? m : 1;
        double ms = 0;
        for (double v : spread.values()) ms = Math.max(ms, v);
        this.maxSpread = ms > 0 ? ms : 1;
        List<Integer> order = new ArrayList<>(labels.keySet());
        order.sort(Comparator.comparing((Integer t) -> -spread.get(t)).thenComparing(t -> t));
        this.topics = order;
        double lw = 0;
        for (int t : topics) lw = Math.max(lw, ChartCanvas.textWidth(rowLabel(t), 12, false));
        this.labelW = Math.min(LABEL_MAX, Math.max(120, lw));
        double avail = KeynessChart.WIDTH - 2 * PAD - labelW - 10 - SPREAD_W - GAP;
        this.cellW = groups.isEmpty() ? CELL_MIN : Math.max(CELL_MIN, Math.min(CELL_MAX, avail / groups.size()));
        this.head = new ArrayList<>();
        for (String g : groups) head.add(wrap(g.isEmpty() ? "(empty)" : g, HEAD_FONT, cellW - 6, 3));
    }

    static TopicShareChart of(List<TopicShareRow> rows) {
        return new TopicShareChart(rows);
    }

    String label() {
        return "Topic shares by " + groupBy + " — " + model;
    }

    private String rowLabel(int t) {
        return t + " · " + labels.get(t);
    }

    int width() {
        return (int) Math.ceil(Math.max(KeynessChart.WIDTH, PAD * 2 + labelW + 10 + groups.size() * cellW + GAP + SPREAD_W));
    }

    private double headTop() {
        return 56;
    }

    private double gridTop() {
        int lines = 1;
        for (List<String> h : head) lines = Math.max(lines, h.size());
        return headTop() + lines * HEAD_LINE + 8;
    }

    int height() {
        return (int) Math.ceil(gridTop() + topics.size() * ROW + 70);
    }

    void draw(ChartCanvas c) {
        String title = "Topic shares by " + groupBy + " — " + model;
        c.text(PAD, 22, KeynessChart.fit(title, 15, true, width() - 2 * PAD), 15, true, INK, Anchor.START, null);
        String sub = "Mean topic proportion of each group's units, in %; rows ordered by spread (largest − smallest share), most different first";
        c.text(PAD, 40, KeynessChart.fit(sub, 11.5, false, width() - 2 * PAD), 11.5, false, MUTED, Anchor.START, null);
        if (topics.isEmpty() || groups.isEmpty()) {
            c.text(width() / 2.0, gridTop() + 14, "No topic shares to show.", 12, false, MUTED, Anchor.MIDDLE, null);
            return;
        }
        double x0 = PAD + labelW + 10, top = gridTop();
        for (int i = 0; i < groups.size(); i++) {
            List<String> lines = head.get(i);
            double cx = x0 + i * cellW + cellW / 2;
            double y = top - 8 - (lines.size() - 1) * HEAD_LINE;
            for (int l = 0; l < lines.size(); l++) {
                boolean cut = l == lines.size() - 1 && lines.get(l).endsWith("\u2026");
                c.text(cx, y + l * HEAD_LINE, lines.get(l), HEAD_FONT, true, INK, Anchor.MIDDLE, cut ? groups.get(i) : null);
            }
        }
        double sx = x0 + groups.size() * cellW + GAP;
        c.text(sx + 30, top - 8, "spread", 10.5, true, SPREAD, Anchor.END, null);
        for (int r = 0; r < topics.size(); r++) {
            int t = topics.get(r);
            double y = top + r * ROW;
            String lab = rowLabel(t), shown = KeynessChart.fit(lab, 12, false, labelW);
            c.text(PAD + labelW, y + 15, shown, 12, false, INK, Anchor.END, shown.equals(lab) ? null : lab);
            for (int i = 0; i < groups.size(); i++) {
                TopicShareRow s = cell.get(t + "\u0000" + groups.get(i));
                double f = Math.max(0, Math.min(1, s.share() / max));
                double cx = x0 + i * cellW;
                c.rect(cx, y, cellW, ROW, colour(f));
                c.line(cx, y, cx, y + ROW, GRID, 1);
                c.text(cx + cellW / 2, y + 15, pct(s.share()), 11, false, f > 0.55 ? "#ffffff" : INK, Anchor.MIDDLE,
                        groups.get(i) + ", topic " + t + ": " + pct(s.share()) + "% (95% CI " + pct(s.ciLow()) + "–" + pct(s.ciHigh()) + "), "
                                + s.units() + " units");
            }
            c.line(x0, y + ROW, x0 + groups.size() * cellW, y + ROW, GRID, 1);
            double sp = spread.get(t);
            c.text(sx + 30, y + 15, pct(sp), 11, false, INK, Anchor.END, null);
            c.rect(sx + 35, y + 6, Math.max(1, (SPREAD_W - 37) * Math.min(1, sp / maxSpread)), ROW - 12, "#e08a55");
        }
        double ly = top + topics.size() * ROW + 24;
        for (int i = 0; i <= 20; i++) c.rect(PAD + i * 8, ly - 10, 8, 11, colour(i / 20.0));
        c.text(PAD + 21 * 8 + 6, ly, "0% to " + pct(max) + "% (darkest: the largest share in this chart)", 11, false, INK, Anchor.START, null);
        String foot = "A group's shares sum to 100%; spread in percentage points; 95% intervals in topic_groups.csv."
                + (hiddenGroups > 0 ? " " + hiddenGroups + " smaller groups not shown (all in topic_groups.csv)." : "");
        c.text(PAD, ly + 20, KeynessChart.fit(foot, 11, false, width() - 2 * PAD), 11, false, MUTED, Anchor.START, null);
    }

    static String pct(double share) {
        if (Double.isNaN(share)) return "";
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /** A sequential scale from near-white to dark blue, linear in RGB. */
    static String colour(double f) {
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) c[i] = (int) Math.round(LOW[i] + (HIGH[i] - LOW[i]) * Math.pow(f, 0.8));
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    /**
     * Word-wraps {@code s} into at most {@code maxLines} lines of width {@code w}. A word too wide for a
     * line is broken after a hyphen it contains, else where it must with a hyphen added; what does not
     * fit in the lines is cut with an ellipsis.
     */
    static List<String> wrap(String s, double size, double w, int maxLines) {
        List<String> lines = new ArrayList<>();
        String cur = "";
        for (String word : s.strip().split("\\s+")) {
            String rest = word;
            while (ChartCanvas.textWidth(rest, size, true) > w && rest.length() > 1) {   // break an over-wide word
                int best = 1, hyphen = 0;
                for (int i = 1; i < rest.length(); i++) {
                    boolean afterHyphen = rest.charAt(i - 1) == '-';
                    if (ChartCanvas.textWidth(rest.substring(0, i) + (afterHyphen ? "" : "-"), size, true) > w) break;
                    best = i;
                    if (afterHyphen) hyphen = i;
                }
                int at = hyphen > 0 ? hyphen : best;
                if (!cur.isEmpty()) lines.add(cur);
                lines.add(rest.substring(0, at) + (rest.charAt(at - 1) == '-' ? "" : "-"));
                cur = "";
                rest = rest.substring(at);
            }
            String cand = cur.isEmpty() ? rest : cur + " " + rest;
            if (cur.isEmpty() || ChartCanvas.textWidth(cand, size, true) <= w) {
                cur = cand;
            } else {
                lines.add(cur);
                cur = rest;
            }
        }
        if (!cur.isEmpty()) lines.add(cur);
        if (lines.size() > maxLines) {
            String last = lines.get(maxLines - 1);
            lines = new ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add(last + " \u2026");   // fit() cuts it and ends it with an ellipsis
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) out.add(KeynessChart.fit(l, size, true, w));
        return out;
    }
}
