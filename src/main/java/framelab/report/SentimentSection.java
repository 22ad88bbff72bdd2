package framelab.report;

import framelab.sentiment.GroupDifference;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentResult;
import framelab.sentiment.SentimentRow;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sentiment part of report.html ({@code <section id="sentiment">}): tone per group as a
 * dot-and-whisker chart with the pairwise differences that stay significant after adjustment, and
 * tone toward actors as an actor × group heat map; a note on what lexicon tone can and cannot say
 * about news. Self-contained (inline SVG, no script, no links); the numbers are those of the
 * sentiment_*.csv files.
 */
public final class SentimentSection {
    static final int MAX_DIFFERENCES = 15;
    static final double ALPHA = 0.05;

    private SentimentSection() {
    }

    /**
     * The section for one sentiment run.
     *
     * @param adjustment the name of the p-value adjustment the run used (e.g. "Benjamini–Hochberg"), for the text
     */
    public static String html(SentimentResult r, String adjustment) {
        StringBuilder b = new StringBuilder(24 * 1024);
        SentimentCharts.Tone tone = SentimentCharts.defaultTone(r);
        b.append("<section id=\"sentiment\">\n<h2>Sentiment</h2>\n<p>");
        Set<String> docs = new HashSet<>();
        for (SentimentRow u : r.units()) docs.add(u.docId());
        long units = r.units().stream().map(u -> u.docId() + "\u0000" + u.unitId()).distinct().count();
        b.append("Tone of each ").append(Html.esc(r.unit())).append(" (").append(Html.count(units)).append(' ').append(Html.esc(r.unit()))
                .append(units == 1 ? "" : "s").append(" in ").append(Html.count(docs.size())).append(docs.size() == 1 ? " article" : " articles")
                .append("), compared by <b>").append(Html.esc(r.groupBy())).append("</b>. Scorers: ");
        for (int i = 0; i < r.scorerSpecs().size(); i++) b.append(i == 0 ? "" : "; ").append("<code>").append(Html.esc(r.scorerSpecs().get(i))).append("</code>");
        b.append(". Every number here is in <code>sentiment_groups.csv</code>, <code>sentiment_differences.csv</code> and ")
                .append("<code>sentiment_actors.csv</code>; the score of every unit in <code>sentiment_units.csv</code>.</p>\n");
        if (tone == null) {
            b.append("<p class=note>No unit could be scored, so there is no tone to compare.</p>\n</section>\n");
            return b.toString();
        }
        String mName = ToneChart.measureName(tone.lexicon(), tone.measure());
        b.append("<h3>Tone per outlet</h3>\n<figure>").append(SentimentCharts.svg(SentimentCharts.tone(r, tone.lexicon(), tone.measure()), false))
                .append("<figcaption>Mean ").append(Html.esc(mName)).append(" per ").append(Html.esc(r.unit())).append(" in each group, with its 95% ")
                .append("percentile-bootstrap interval. The other measures and lexicons, medians and the shares of positive and negative units ")
                .append("are in <code>sentiment_groups.csv</code>.</figcaption></figure>\n");
        differences(b, r, tone, adjustment);
        b.append("<h3>Tone toward actors</h3>\n");
        ActorHeatmap h = SentimentCharts.heatmap(r, tone.lexicon(), tone.measure(), "sentence");
        if (h.actors().isEmpty()) {
            b.append("<p class=note>No actor is mentioned in these texts (actor dictionary: <code>").append(Html.esc(r.actorsSpec()))
                    .append("</code>), so there is no tone toward actors to show.</p>\n");
        } else {
            b.append("<figure>").append(SentimentCharts.svg(h, false)).append("<figcaption>Mean ").append(Html.esc(mName))
                    .append(" of the sentences that mention each actor (actor dictionary: <code>").append(Html.esc(r.actorsSpec()))
                    .append("</code>). A sentence naming two actors counts for both. The same measure on the words around each mention ")
                    .append("(<code>context = window</code>) and the bootstrap intervals are in <code>sentiment_actors.csv</code>.</figcaption></figure>\n");
        }
        b.append(NOTE).append("</section>\n");
        return b.toString();
    }

    private static void differences(StringBuilder b, SentimentResult r, SentimentCharts.Tone tone, String adjustment) {
        List<GroupDifference> all = r.differences().stream()
                .filter(d -> d.lexicon().equals(tone.lexicon()) && d.measure().equals(tone.measure())).toList();
        long groups = r.groups().stream().filter(g -> g.lexicon().equals(tone.lexicon()) && g.measure().equals(tone.measure()))
                .map(GroupSummary::group).count();
        b.append("<h4>Differences between groups</h4>\n");
        if (all.isEmpty()) {
            b.append("<p>").append(groups < 2 ? "Only one group, so there is nothing to compare." : "No pairwise comparison was computed.").append("</p>\n");
            return;
        }
        List<GroupDifference> sig = all.stream().filter(d -> d.pAdjusted() < ALPHA)
                .sorted(Comparator.comparingDouble(GroupDifference::pAdjusted).thenComparing(d -> -Math.abs(d.meanDiff()))
                        .thenComparing(GroupDifference::groupA).thenComparing(GroupDifference::groupB)).toList();
        String test = all.size() == 1 ? "two-sided Mann–Whitney U test on the units; one comparison, so no adjustment"
                : "two-sided Mann–Whitney U test on the units, p-values adjusted with " + Html.esc(adjustment) + " across the "
                + Html.count(all.size()) + " pairs";
        String level = all.size() == 1 ? "p &lt; 0.05" : "p_adjusted &lt; 0.05";
        if (sig.isEmpty()) {
            GroupDifference best = all.stream().min(Comparator.comparingDouble((GroupDifference d) -> Double.isNaN(d.pAdjusted()) ? 2 : d.pAdjusted())
                    .thenComparing(GroupDifference::groupA).thenComparing(GroupDifference::groupB)).orElseThrow();
            b.append(all.size() == 1 ? "<p>The difference in mean " : "<p>None of the " + Html.count(all.size()) + " pairwise differences in mean ")
                    .append(Html.esc(ToneChart.measureName(tone.lexicon(), tone.measure()))).append(all.size() == 1 ? " is not" : " is")
                    .append(" significant at ").append(level).append(" (").append(test).append(all.size() == 1 ? "): " : "). The closest: ").append(Html.esc(best.groupA()))
                    .append(" − ").append(Html.esc(best.groupB())).append(" = ").append(ToneChart.num(best.meanDiff(), 3)).append(" [")
                    .append(ToneChart.num(best.ciLow(), 3)).append(", ").append(ToneChart.num(best.ciHigh(), 3)).append("], p = ")
                    .append(Html.p(best.p())).append(", p_adjusted = ").append(Html.p(best.pAdjusted())).append(".</p>\n");
            return;
        }
        b.append("<p>").append(all.size() == 1 ? "The two groups differ" : Html.count(sig.size()) + " of " + Html.count(all.size()) + " pairs "
                        + (sig.size() == 1 ? "differs" : "differ"))
                .append(" at ").append(level).append(" (").append(test).append("). Mean difference A − B with its 95% bootstrap interval; ")
                .append("Cliff's δ is the probability that a unit of A scores higher than one of B minus the reverse (|δ| &lt; 0.15 is ")
                .append("usually read as negligible).</p>\n");
        var t = new Html.Table(List.of("group A", "group B", "n A", "n B", "mean A − B", "95% CI", "Cliff's δ", "p", "p adjusted"),
                false, false, true, true, true, true, true, true, true);
        for (GroupDifference d : sig.subList(0, Math.min(MAX_DIFFERENCES, sig.size()))) {
            t.row(d.groupA(), d.groupB(), Html.count(d.nA()), Html.count(d.nB()), ToneChart.num(d.meanDiff(), 3),
                    ToneChart.num(d.ciLow(), 3) + " to " + ToneChart.num(d.ciHigh(), 3), ToneChart.num(d.cliffsDelta(), 2), Html.p(d.p()), Html.p(d.pAdjusted()));
        }
        b.append(t.html(Math.max(0, sig.size() - MAX_DIFFERENCES), "significant pairs", "sentiment_differences.csv"));
    }

    private static final String NOTE = """
            <p class=note><b>Reading lexicon tone in news.</b> VADER (Hutto &amp; Gilbert 2014) was built for social-media text and scores the
            words, not the stance: topic words of conflict and politics carry tone whatever the outlet thinks of them — <i>war</i>
            (−2.9), <i>crisis</i> (−3.1), <i>attack</i> (−2.1), <i>threat</i> (−2.4) are negative, <i>security</i> (+1.4),
            <i>support</i> (+1.7), <i>defence</i> (+0.4) and the <i>united</i> of “United States” and “United Kingdom” (+1.8) positive, while
            <i>troops</i>, <i>forces</i> and <i>invasion</i> are not in the lexicon at all. A difference in tone between outlets may
            therefore be a difference in topic mix. The bootstrap intervals and tests treat sentences as independent draws, but
            sentences cluster in articles: with few articles per group the intervals are too narrow and the tests too eager. Read the
            sentences (<code>sentiment_units.csv</code> gives each score) before interpreting a difference.</p>
            """;
}
