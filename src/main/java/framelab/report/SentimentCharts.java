package framelab.report;

import framelab.sentiment.ActorSummary;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentResult;
import framelab.sentiment.SentimentRow;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentiment charts for the HTML report and notebooks, drawn by hand as SVG and as PNG of the same
 * layout (see {@link Charts} for why not XChart): tone per group ({@link ToneChart}, a dot-and-whisker
 * chart) and tone toward actors ({@link ActorHeatmap}, an actor × group heat map). Without a lexicon
 * and measure they show VADER compound when the run has it, else the first lexicon's tone measure;
 * the heat map uses the sentence context. In a notebook:
 * {@code display("image/png", SentimentCharts.tonePng(result))}, or
 * {@code display("image/png", SentimentCharts.actorHeatmapPng(result, "afinn", "mean"))}.
 */
public final class SentimentCharts {
    private SentimentCharts() {
    }

    /** A lexicon and one of its measures. */
    public record Tone(String lexicon, String measure) {
    }

    /**
     * The measure the report shows: VADER compound when present, else the tone measure of the first
     * lexicon that has one (as in sentiment_actors.csv), else the first measure in sentiment_groups.csv;
     * null for a result without group rows.
     */
    public static Tone defaultTone(SentimentResult r) {
        for (GroupSummary g : r.groups()) if (g.lexicon().equals("vader") && g.measure().equals("compound")) return new Tone("vader", "compound");
        for (String spec : lexiconOrder(r)) {
            for (ActorSummary a : r.actors()) if (a.lexicon().equals(spec)) return new Tone(a.lexicon(), a.measure());
            for (GroupSummary g : r.groups()) {
                if (g.lexicon().equals(spec) && (g.measure().equals("mean") || g.measure().equals("log_tone"))) return new Tone(g.lexicon(), g.measure());
            }
        }
        return r.groups().isEmpty() ? null : new Tone(r.groups().getFirst().lexicon(), r.groups().getFirst().measure());
    }

    private static List<String> lexiconOrder(SentimentResult r) {
        return r.groups().stream().map(GroupSummary::lexicon).distinct().toList();
    }

    public static String toneSvg(SentimentResult r) {
        Tone t = defaultTone(r);
        return t == null ? toneSvg(r, "vader", "compound") : toneSvg(r, t.lexicon(), t.measure());
    }

    /** Tone per group on one lexicon's measure; a standalone SVG document (SVG namespace, no XML prolog) that can be inlined in HTML. */
    public static String toneSvg(SentimentResult r, String lexicon, String measure) {
        return svg(tone(r, lexicon, measure), true);
    }

    public static BufferedImage tonePng(SentimentResult r) {
        Tone t = defaultTone(r);
        return t == null ? tonePng(r, "vader", "compound", 2) : tonePng(r, t.lexicon(), t.measure(), 2);
    }

    /** The tone chart as an image, {@code scale} times its natural size (760 px wide). */
    public static BufferedImage tonePng(SentimentResult r, String lexicon, String measure, double scale) {
        ToneChart c = tone(r, lexicon, measure);
        return Charts.render(c.width(), c.height(), scale, c::draw);
    }

    public static String actorHeatmapSvg(SentimentResult r) {
        Tone t = defaultTone(r);
        return t == null ? actorHeatmapSvg(r, "vader", "compound", "sentence") : actorHeatmapSvg(r, t.lexicon(), t.measure(), "sentence");
    }

    /** Tone toward actors on one lexicon's tone measure and context ({@code sentence} or {@code window}); a standalone SVG document. */
    public static String actorHeatmapSvg(SentimentResult r, String lexicon, String measure, String context) {
        return svg(heatmap(r, lexicon, measure, context), true);
    }

    public static BufferedImage actorHeatmapPng(SentimentResult r) {
        Tone t = defaultTone(r);
        return t == null ? actorHeatmapPng(r, "vader", "compound", "sentence", 2) : actorHeatmapPng(r, t.lexicon(), t.measure(), "sentence", 2);
    }

    public static BufferedImage actorHeatmapPng(SentimentResult r, String lexicon, String measure) {
        return actorHeatmapPng(r, lexicon, measure, "sentence", 2);
    }

    public static BufferedImage actorHeatmapPng(SentimentResult r, String lexicon, String measure, String context, double scale) {
        ActorHeatmap h = heatmap(r, lexicon, measure, context);
        return Charts.render(h.width(), h.height(), scale, h::draw);
    }

    static ToneChart tone(SentimentResult r, String lexicon, String measure) {
        List<GroupSummary> rows = r.groups().stream().filter(g -> g.lexicon().equals(lexicon) && g.measure().equals(measure)).toList();
        return ToneChart.of(rows, articles(r, lexicon, measure));
    }

    static ActorHeatmap heatmap(SentimentResult r, String lexicon, String measure, String context) {
        List<ActorSummary> rows = r.actors().stream()
                .filter(a -> a.lexicon().equals(lexicon) && a.measure().equals(measure) && a.context().equals(context)).toList();
        List<String> groups = r.groups().stream().map(GroupSummary::group).distinct().toList();
        return ActorHeatmap.of(rows, groups);
    }

    /** Distinct documents per group among the scored units of one measure. */
    static Map<String, Integer> articles(SentimentResult r, String lexicon, String measure) {
        Map<String, Set<String>> docs = new HashMap<>();
        for (SentimentRow u : r.units()) {
            if (u.lexicon().equals(lexicon) && u.measure().equals(measure) && !Double.isNaN(u.value())) {
                docs.computeIfAbsent(u.group(), k -> new HashSet<>()).add(u.docId());
            }
        }
        Map<String, Integer> out = new HashMap<>();
        docs.forEach((g, d) -> out.put(g, d.size()));
        return out;
    }

    static String svg(ToneChart c, boolean standalone) {
        ChartCanvas.Svg svg = new ChartCanvas.Svg(c.width(), c.height(), c.label(), standalone);
        c.draw(svg);
        return svg.finish();
    }

    static String svg(ActorHeatmap h, boolean standalone) {
        ChartCanvas.Svg svg = new ChartCanvas.Svg(h.width(), h.height(), h.label(), standalone);
        h.draw(svg);
        return svg.finish();
    }
}
