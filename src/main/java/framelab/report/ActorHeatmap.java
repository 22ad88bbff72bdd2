package framelab.report;

import framelab.report.ChartCanvas.Anchor;
import framelab.sentiment.ActorSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An actor × group heat map of tone toward actors (the rows of one lexicon, measure and context, as in
 * sentiment_actors.csv): a row per actor, most mentioned first; a column per group (alphabetical; at
 * most {@value #MAX_GROUPS}, those with most mentions); each cell coloured on a diverging scale centred
 * at 0 (orange negative, blue positive, symmetric around 0 and saturating at the largest |mean| of a
 * readable cell) and annotated with the mean and the number of mentioning units. Cells resting on
 * fewer than {@value #MIN_N} units are hatched grey instead of coloured: too few to read.
 */
final class ActorHeatmap {
    static final int MAX_GROUPS = 12, MAX_ACTORS = 20, MIN_N = 3;
    private static final int PAD = 14, ROW = 32, LABEL_MAX = 190, CELL_MIN = 50, CELL_MAX = 96, TOTAL_W = 58, HEAD_LINE = 13;
    private static final String INK = "#222222", MUTED = "#666666", FEW = "#f1f1f1", HATCH = "#c4c4c4", EMPTY = "#fafafa";
    private static final int[] NEG = {0xb3, 0x4a, 0x0c}, MID = {0xf7, 0xf7, 0xf7}, POS = {0x15, 0x50, 0x8c};

    private final String lexicon, measure, context, groupBy;
    private final List<String> groups, actors;
    private final Map<String, ActorSummary> cell = new HashMap<>();   // actor + "\u0000" + group
    private final Map<String, Integer> mentions = new LinkedHashMap<>();
    private final int hiddenGroups, hiddenActors;
    private final double scale, labelW, cellW;
    private final List<List<String>> head = new ArrayList<>();

    private ActorHeatmap(List<ActorSummary> rows, List<String> allGroups) {
        ActorSummary f = rows.isEmpty() ? null : rows.getFirst();
        this.lexicon = f == null ? "" : f.lexicon();
        this.measure = f == null ? "" : f.measure();
        this.context = f == null ? "" : f.context();
        this.groupBy = f == null ? "" : f.groupBy();
        Map<String, Integer> perGroup = new HashMap<>();
        for (ActorSummary r : rows) {
            if (!r.lexicon().equals(lexicon) || !r.measure().equals(measure) || !r.context().equals(context)) {
                throw new IllegalArgumentException("an actor heat map shows one lexicon, measure and context; the rows mix " + lexicon + "/"
                        + measure + "/" + context + " with " + r.lexicon() + "/" + r.measure() + "/" + r.context() + " (filter them first)");
            }
            cell.put(r.actor() + "\u0000" + r.group(), r);
            mentions.merge(r.actor(), r.n(), Integer::sum);
            perGroup.merge(r.group(), r.n(), Integer::sum);
        }
        Set<String> candidates = new LinkedHashSet<>(allGroups == null ? List.of() : allGroups);
        candidates.addAll(perGroup.keySet());
        List<String> g = new ArrayList<>(candidates);
        g.sort(Comparator.comparingInt((String x) -> -perGroup.getOrDefault(x, 0)).thenComparing(x -> x));
        List<String> shown = new ArrayList<>(g.subList(0, Math.min(MAX_GROUPS, g.size())));
        shown.sort(Comparator.naturalOrder());
        this.groups = shown;
        this.hiddenGroups = g.size() - shown.size();
        List<String> a = new ArrayList<>(mentions.keySet());
        a.sort(Comparator.comparingInt((String x) -> -mentions.get(x)).thenComparing(x -> x));
        this.actors = new ArrayList<>(a.subList(0, Math.min(MAX_ACTORS, a.size())));
        this.hiddenActors = a.size() - actors.size();
        double m = 0;
        for (ActorSummary r : rows) if (r.n() >= MIN_N && Double.isFinite(r.mean())) m = Math.max(m, Math.abs(r.mean()));
        this.scale = niceCeil(m);
        double lw = ChartCanvas.textWidth("actor", 11, true);
        for (String x : actors) lw = Math.max(lw, ChartCanvas.textWidth(x, 12, false));
        this.labelW = Math.min(LABEL_MAX, lw);
        double avail = KeynessChart.WIDTH - 2 * PAD - labelW - 10 - TOTAL_W - 6;
        this.cellW = groups.isEmpty() ? CELL_MIN : Math.max(CELL_MIN, Math.min(CELL_MAX, avail / groups.size()));
        for (String x : groups) head.add(wrap(x.isEmpty() ? "(empty)" : x, 10.5, cellW - 4, 3));
    }

    static ActorHeatmap of(List<ActorSummary> rowsOfOneMeasure, List<String> allGroups) {
        return new ActorHeatmap(rowsOfOneMeasure, allGroups);
    }

    /** The saturation point of the colour scale: 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75 or 1 (the smallest at least {@code m}). */
    static double niceCeil(double m) {
        for (double v : new double[] {0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75}) if (m <= v + 1e-12) return v;
        return Math.max(1, Math.ceil(m));
    }

    String label() {
        return "Tone toward actors by " + (groupBy.isEmpty() ? "group" : groupBy) + ": mean " + ToneChart.measureName(lexicon, measure)
                + " of the " + context + "s that mention each actor";
    }

    List<String> groups() {
        return groups;
    }

    List<String> actors() {
        return actors;
    }

    int width() {
        return (int) Math.ceil(Math.max(KeynessChart.WIDTH, PAD * 2 + labelW + 10 + groups.size() * cellW + 6 + TOTAL_W));
    }

    private double gridTop() {
        int lines = 1;
        for (List<String> h : head) lines = Math.max(lines, h.size());
        return 58 + lines * HEAD_LINE + 6;
    }

    int height() {
        return (int) Math.ceil(gridTop() + Math.max(1, actors.size()) * ROW + (hiddenActors > 0 || hiddenGroups > 0 ? 98 : 82));
    }

    void draw(ChartCanvas c) {
        String title = "Tone toward actors by " + (groupBy.isEmpty() ? "group" : groupBy) + " — mean " + ToneChart.measureName(lexicon, measure);
        c.text(PAD, 22, KeynessChart.fit(title, 15, true, width() - 2 * PAD), 15, true, INK, Anchor.START, null);
        String sub = "Each cell: mean tone of the " + (context.isEmpty() ? "unit" : context) + "s that mention the actor, and their number (n)";
        c.text(PAD, 40, KeynessChart.fit(sub, 11.5, false, width() - 2 * PAD), 11.5, false, MUTED, Anchor.START, null);
        double top = gridTop();
        if (actors.isEmpty() || groups.isEmpty()) {
            c.text(width() / 2.0, top + 16, "No actor mentions to show.", 12, false, MUTED, Anchor.MIDDLE, null);
            return;
        }
        double x0 = PAD + labelW + 10;
        for (int i = 0; i < groups.size(); i++) {
            List<String> lines = head.get(i);
            double cx = x0 + i * cellW + cellW / 2, y = top - 8 - (lines.size() - 1) * HEAD_LINE;
            boolean cut = !String.join(" ", lines).equals(groups.get(i));
            for (int l = 0; l < lines.size(); l++) {
                c.text(cx, y + l * HEAD_LINE, lines.get(l), 10.5, true, INK, Anchor.MIDDLE, cut && l == lines.size() - 1 ? groups.get(i) : null);
            }
        }
        double tx = x0 + groups.size() * cellW + 6 + TOTAL_W;
        c.text(tx, top - 8, "all n", 10.5, true, MUTED, Anchor.END, null);
        c.text(PAD + labelW, top - 8, "actor", 11, true, MUTED, Anchor.END, null);
        for (int r = 0; r < actors.size(); r++) {
            String actor = actors.get(r);
            double y = top + r * ROW;
            String shown = KeynessChart.fit(actor, 12, false, labelW);
            c.text(PAD + labelW, y + ROW / 2.0 + 4.5, shown, 12, false, INK, Anchor.END, shown.equals(actor) ? null : actor);
            for (int i = 0; i < groups.size(); i++) cell(c, x0 + i * cellW, y, cell.get(actor + "\u0000" + groups.get(i)), actor, groups.get(i));
            c.text(tx, y + ROW / 2.0 + 4.5, Html.count(mentions.get(actor)), 11, false, MUTED, Anchor.END, null);
        }
        for (int i = 0; i <= groups.size(); i++) c.line(x0 + i * cellW, top, x0 + i * cellW, top + actors.size() * ROW, "#ffffff", 1.5);
        for (int r = 0; r <= actors.size(); r++) c.line(x0, top + r * ROW, x0 + groups.size() * cellW, top + r * ROW, "#ffffff", 1.5);
        legend(c, top + actors.size() * ROW + 26);
    }

    private void cell(ChartCanvas c, double x, double y, ActorSummary s, String actor, String group) {
        double cx = x + cellW / 2;
        if (s == null) {
            c.rect(x, y, cellW, ROW, EMPTY);
            c.text(cx, y + ROW / 2.0 + 4, "–", 11, false, "#aaaaaa", Anchor.MIDDLE, null);
            return;
        }
        String tip = actor + " in " + group + ": mean " + ToneChart.num(s.mean(), 3) + " (95% CI " + ToneChart.num(s.ciLow(), 3) + " to "
                + ToneChart.num(s.ciHigh(), 3) + "), " + s.n() + " " + context + (s.n() == 1 ? "" : "s");
        if (s.n() < MIN_N) {
            c.rect(x, y, cellW, ROW, FEW);
            hatch(c, x, y, cellW, ROW);
            c.text(cx, y + 14, ToneChart.num(s.mean(), 2), 11, false, MUTED, Anchor.MIDDLE, tip);
            c.text(cx, y + 26, "n=" + s.n(), 9.5, false, MUTED, Anchor.MIDDLE, null);
            return;
        }
        double f = Math.max(-1, Math.min(1, s.mean() / scale));
        c.rect(x, y, cellW, ROW, colour(f));
        String ink = Math.abs(f) > 0.55 ? "#ffffff" : INK;
        c.text(cx, y + 14, ToneChart.num(s.mean(), 2), 11.5, true, ink, Anchor.MIDDLE, tip);
        c.text(cx, y + 26, "n=" + Html.count(s.n()), 9.5, false, Math.abs(f) > 0.55 ? "#ffffff" : MUTED, Anchor.MIDDLE, null);
    }

    /** Diagonal lines (45°, every 6 px) inside a rectangle. */
    private static void hatch(ChartCanvas c, double x, double y, double w, double h) {
        for (double k = -h; k < w; k += 6) {
            double t0 = Math.max(0, -k), t1 = Math.min(h, w - k);
            if (t1 > t0) c.line(x + k + t0, y + h - t0, x + k + t1, y + h - t1, HATCH, 1);
        }
    }

    private void legend(ChartCanvas c, double y) {
        double x = PAD, sw = 9;
        c.text(x, y, "tone:", 11, true, INK, Anchor.START, null);
        x += ChartCanvas.textWidth("tone:", 11, true) + 8;
        for (int i = -10; i <= 10; i++) c.rect(x + (i + 10) * sw, y - 11, sw, 12, colour(i / 10.0));
        c.text(x, y + 14, "−" + ToneChart.num(scale, 2) + " or less", 10, false, MUTED, Anchor.START, null);
        c.text(x + 10.5 * sw, y + 14, "0", 10, false, MUTED, Anchor.MIDDLE, null);
        c.text(x + 21 * sw, y + 14, "+" + ToneChart.num(scale, 2) + " or more", 10, false, MUTED, Anchor.END, null);
        x += 21 * sw + 22;
        c.rect(x, y - 11, 22, 12, FEW);
        hatch(c, x, y - 11, 22, 12);
        String few = "n < " + MIN_N + ": too few to read";
        c.text(x + 28, y, few, 11, false, INK, Anchor.START, null);
        x += 28 + ChartCanvas.textWidth(few, 11, false) + 16;
        c.rect(x, y - 11, 22, 12, EMPTY);
        c.text(x + 11, y - 1, "–", 11, false, "#aaaaaa", Anchor.MIDDLE, null);
        c.text(x + 28, y, "no mention", 11, false, INK, Anchor.START, null);
        String foot = "Orange: negative, blue: positive; the scale is symmetric around 0. The tone of a " + context + " is not a stance toward the actor.";
        c.text(PAD, y + 34, KeynessChart.fit(foot, 11, false, width() - 2 * PAD), 11, false, MUTED, Anchor.START, null);
        String hidden = (hiddenActors > 0 ? hiddenActors + " less mentioned actors not shown. " : "")
                + (hiddenGroups > 0 ? hiddenGroups + " groups with fewer mentions not shown. " : "");
        if (!hidden.isEmpty()) {
            c.text(PAD, y + 50, KeynessChart.fit(hidden + "All in sentiment_actors.csv.", 11, false, width() - 2 * PAD), 11, false, MUTED, Anchor.START, null);
        }
    }

    /** Diverging colour for {@code f} in [−1, 1]: orange through near-white to blue, linear in RGB. */
    static String colour(double f) {
        int[] end = f < 0 ? NEG : POS;
        double t = Math.pow(Math.abs(f), 0.85);
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) c[i] = (int) Math.round(MID[i] + (end[i] - MID[i]) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    /** Word-wraps {@code s} into at most {@code maxLines} lines of width {@code w}; what does not fit is cut with an ellipsis. */
    static List<String> wrap(String s, double size, double w, int maxLines) {
        List<String> lines = new ArrayList<>();
        String cur = "";
        for (String word : s.strip().split("\\s+")) {
            String cand = cur.isEmpty() ? word : cur + " " + word;
            if (cur.isEmpty() || ChartCanvas.textWidth(cand, size, true) <= w) {
                cur = cand;
            } else {
                lines.add(cur);
                cur = word;
            }
        }
        if (!cur.isEmpty()) lines.add(cur);
        if (lines.size() > maxLines) {
            String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
            lines = new ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add(rest + "\u2026");
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) out.add(KeynessChart.fit(l, size, true, w));
        return out;
    }
}
