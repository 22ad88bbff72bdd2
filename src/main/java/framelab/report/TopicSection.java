package framelab.report;

import framelab.topics.TopicDifferenceRow;
import framelab.topics.TopicExampleRow;
import framelab.topics.TopicModelResult;
import framelab.topics.TopicModelRow;
import framelab.topics.TopicQualityRow;
import framelab.topics.TopicRun;
import framelab.topics.TopicTermRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The topics part of an HTML report: per model a table of topics (terms, size, share, coherence,
 * exclusivity), the topic × group heatmap, the topics that differ most between groups and one
 * representative excerpt per topic; with several K a comparison to choose from; a methods note.
 * Self-contained (inline SVG, no script). Used by report.html ({@code analyze --topics}) and by
 * topics.html ({@code topics}).
 */
public final class TopicSection {
    static final int TERMS_SHOWN = 10, DIFFERENCES_SHOWN = 8, EXCERPT_CHARS = 220;

    private TopicSection() {
    }

    /** The section for report.html ({@code <section id="topics">}). */
    public static String html(TopicRun run) {
        StringBuilder b = new StringBuilder(32 * 1024);
        TopicModelResult first = run.models().getFirst();
        b.append("<section id=\"topics\">\n<h2>Topics</h2>\n<p>");
        b.append(Html.esc(methodName(run))).append(" on ").append(Html.count(first.units())).append(' ').append(Html.esc(run.unit()))
                .append(" units (").append(Html.count(first.summary().tokens())).append(" terms), K = ")
                .append(Html.esc(String.join(", ", run.models().stream().map(m -> String.valueOf(m.k())).toList())))
                .append(", compared by <b>").append(Html.esc(run.groupBy())).append("</b>. ").append(Html.esc(parameters(run)))
                .append(" Every number here is in the <code>topic_*.csv</code> files and <code>topics.csv</code>.</p>\n");
        if (!run.notes().isEmpty()) {
            b.append("<ul class=note>");
            for (String n : run.notes()) b.append("<li>").append(Html.esc(n)).append("</li>");
            b.append("</ul>\n");
        }
        if (run.models().size() > 1) choosing(b, run);
        for (TopicModelResult m : run.models()) model(b, m, run.request().minGroupUnits());
        b.append(METHODS).append("</section>\n");
        return b.toString();
    }

    /** A standalone page with the section (topics.html of the {@code topics} command). */
    public static void writePage(Path file, TopicRun run, String corpus) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>framelab topics — " + Html.esc(corpus)
                + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<h1>framelab topics: " + Html.esc(corpus) + "</h1>\n"
                + html(run) + "<footer>framelab " + Html.esc(RunManifest.version()) + "</footer>\n</body>\n</html>\n";
        try {
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String methodName(TopicRun run) {
        return switch (run.request().method()) {
            case LDA -> "LDA (MALLET)";
            case KMEANS -> "k-means clustering (Smile)";
            case HIERARCHICAL -> "Ward hierarchical clustering (Smile)";
        };
    }

    private static String parameters(TopicRun run) {
        var r = run.request();
        return switch (r.method()) {
            case LDA -> String.format(Locale.ROOT, "%d iterations, α sum %s, β %s, hyperparameters optimised every %d iterations after %d, "
                            + "seed %d, %d sampler thread%s.", r.iterations(), num(r.alphaSum()), num(r.beta()), r.optimizeInterval(),
                    r.effectiveBurnIn(), r.seed(), r.threads(), r.threads() == 1 ? "" : "s");
            case KMEANS -> String.format(Locale.ROOT, "TF-IDF vectors over the %d most widespread terms, k-means++ seeding, best of %d runs, "
                    + "at most %d iterations, seed %d.", r.features(), r.restarts(), r.iterations(), r.seed());
            case HIERARCHICAL -> String.format(Locale.ROOT, "TF-IDF vectors over the %d most widespread terms, Ward linkage.", r.features());
        };
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void choosing(StringBuilder b, TopicRun run) {
        b.append("<h3>Choosing K</h3>\n<p class=note>Higher coherence (UMass closer to 0, NPMI higher) means the top terms of a topic ")
                .append("tend to occur in the same units; higher exclusivity means they belong to fewer topics. ")
                .append("Log-likelihood per token always improves with K and is no guide on its own.</p>\n");
        var t = new Html.Table(List.of("model", "K", "LL/token", "mean UMass", "mean NPMI", "mean exclusivity"), false, true, true, true, true, true);
        for (TopicModelResult m : run.models()) {
            TopicModelRow s = m.summary();
            t.row(m.name(), m.k(), dec(s.llPerToken(), 3), dec(s.meanCoherenceUmass(), 3), dec(s.meanCoherenceNpmi(), 3), dec(s.meanExclusivity(), 3));
        }
        b.append(t.html(0, "", ""));
    }

    private static void model(StringBuilder b, TopicModelResult m, int minUnits) {
        b.append("<section class=group id=\"topics-").append(Html.esc(m.name())).append("\">\n<h3>").append(Html.esc(m.name()))
                .append("</h3>\n<p class=note>");
        TopicModelRow s = m.summary();
        if (!Double.isNaN(s.llPerToken())) b.append("LL/token ").append(dec(s.llPerToken(), 4)).append(" · fitted α sum ")
                .append(dec(s.alphaSumFitted(), 3)).append(", β ").append(dec(s.betaFitted(), 4)).append(" · ");
        b.append("mean coherence UMass ").append(dec(s.meanCoherenceUmass(), 3)).append(", NPMI ").append(dec(s.meanCoherenceNpmi(), 3))
                .append(" · mean exclusivity ").append(dec(s.meanExclusivity(), 3));
        if (!s.note().isEmpty()) b.append(" · ").append(Html.esc(s.note()));
        b.append("</p>\n");
        Map<Integer, List<String>> terms = new LinkedHashMap<>();
        for (TopicTermRow r : m.terms()) if (r.rank() <= TERMS_SHOWN) terms.computeIfAbsent(r.topic(), x -> new ArrayList<>()).add(r.term());
        var t = new Html.Table(List.of("topic", "top terms", "size", "share %", "UMass", "NPMI", "exclusivity"),
                true, false, true, true, true, true, true);
        for (TopicQualityRow q : m.quality()) {
            t.row(q.topic(), String.join(", ", terms.getOrDefault(q.topic(), List.of())), Html.count(Math.round(q.size())), dec(q.share() * 100, 1),
                    dec(q.coherenceUmass(), 2), dec(q.coherenceNpmi(), 2), dec(q.exclusivity(), 2));
        }
        b.append(t.html(0, "", ""));
        b.append("<figure>").append(TopicCharts.sharesSvg(m.shares(), false)).append("<figcaption>Share of each topic in each ")
                .append(Html.esc(m.groupBy())).append(" (mean topic proportion of its units). Intervals and every group: <code>topic_groups.csv</code>.")
                .append("</figcaption></figure>\n");
        List<TopicDifferenceRow> d = m.differences();
        if (!d.isEmpty()) {
            b.append("<h4>Topics that differ most between groups</h4>\n<p class=note>Among the ").append(d.getFirst().groupsCompared())
                    .append(" groups with at least ").append(minUnits).append(" units: the largest and the smallest share, their difference in percentage ")
                    .append("points with a 95% bootstrap interval, and η² (the part of the variance of unit proportions between groups). ")
                    .append("The extremes are picked after looking, so the intervals flatter them.</p>\n");
            var dt = new Html.Table(List.of("topic", "label", "highest", "%", "lowest", "%", "difference (95% CI)", "η²"),
                    true, false, false, true, false, true, true, true);
            for (TopicDifferenceRow r : d.subList(0, Math.min(DIFFERENCES_SHOWN, d.size()))) {
                dt.row(r.topic(), r.label(), r.highGroup(), dec(r.highShare() * 100, 1), r.lowGroup(), dec(r.lowShare() * 100, 1),
                        dec(r.difference() * 100, 1) + " (" + dec(r.ciLow() * 100, 1) + " to " + dec(r.ciHigh() * 100, 1) + ")", dec(r.etaSquared(), 3));
            }
            b.append(dt.html(Math.max(0, d.size() - DIFFERENCES_SHOWN), "topics", "topic_differences.csv"));
        }
        List<TopicExampleRow> ex = m.examples().stream().filter(e -> e.rank() == 1).toList();
        if (!ex.isEmpty()) {
            b.append("<details><summary>The most representative unit of each topic</summary>\n");
            var et = new Html.Table(List.of("topic", "unit", m.groupBy(), m.method().hard() ? "similarity" : "proportion", "excerpt"),
                    true, false, false, true, false);
            for (TopicExampleRow e : ex) {
                et.row(e.topic(), e.unitId(), e.group(), dec(m.method().hard() ? e.similarity() : e.proportion(), 2), Html.clip(e.excerpt(), EXCERPT_CHARS));
            }
            b.append(et.html(0, "", "")).append("<p class=note>More per topic in <code>topic_examples.csv</code>.</p></details>\n");
        }
        b.append("</section>\n");
    }

    private static String dec(double v, int digits) {
        if (Double.isNaN(v)) return "";
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    private static final String CSS = """
            body{font:15px/1.45 "DejaVu Sans",Verdana,Arial,Helvetica,sans-serif;color:#222;max-width:1240px;margin:0 auto;padding:0 20px 40px}
            h1{font-size:1.6em;margin:.8em 0 .2em}h2{font-size:1.3em;border-bottom:2px solid #1f5f9e;padding-bottom:3px;margin-top:1.8em}
            h3{font-size:1.08em;margin:1.2em 0 .3em}.note{color:#555;font-size:.9em}
            code{font:.86em/1.3 "DejaVu Sans Mono",Menlo,Consolas,monospace}
            table{border-collapse:collapse;font-size:.88em;margin:.3em 0}th,td{padding:3px 8px;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top}
            thead th{background:#f0f3f7;border-bottom:1px solid #bbb}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.s{white-space:nowrap}
            .group{border-top:1px solid #ddd;margin-top:1.5em}figure{margin:.8em 0;max-width:780px}svg.chart{width:100%;height:auto;max-width:760px}
            figcaption{color:#555;font-size:.85em}summary{cursor:pointer;margin:.8em 0 .3em}.refs li{margin-bottom:.3em}footer{margin-top:2em;color:#777;font-size:.85em}
            """;

    private static final String METHODS = """
            <h3>How to read the topics</h3>
            <p class=note><b>LDA</b> (Blei, Ng &amp; Jordan 2003) describes every unit as a mixture of topics and every topic as a
            distribution over terms; framelab fits it with MALLET's Gibbs sampler (McCallum 2002), optimising the Dirichlet priors as
            Wallach, Mimno &amp; McCallum (2009) recommend. A topic's <i>size</i> is the number of tokens assigned to it, its
            <i>share</i> in a group the mean topic proportion of the group's units. <b>Clusterings</b> put each unit in exactly one
            cluster; their terms are ranked by class-based TF-IDF (Grootendorst 2022). <b>Coherence</b>: UMass (Mimno et al. 2011)
            and NPMI (Bouma 2009; Röder, Both &amp; Hinneburg 2015) from how often the top 10 terms occur in the same units;
            <b>exclusivity</b>: how much of the top terms' probability lies in this topic rather than others (Bischof &amp; Airoldi 2012).
            Labels are the three top terms — a name for reference, not an interpretation: read the examples before naming a topic.
            Topic models are sensitive to K, the seed and the preprocessing: compare several K, check that a finding holds across
            them, and treat the bootstrap intervals (which take units as independent, paragraphs of one article are not) as a
            lower bound on the uncertainty.</p>
            <ul class="refs note">
            <li>Bischof, J. &amp; Airoldi, E. M. (2012). Summarizing topical content with word frequency and exclusivity. <i>ICML</i>.</li>
            <li>Blei, D. M., Ng, A. Y. &amp; Jordan, M. I. (2003). Latent Dirichlet allocation. <i>Journal of Machine Learning Research</i> 3, 993–1022.</li>
            <li>Bouma, G. (2009). Normalized (pointwise) mutual information in collocation extraction. <i>Proceedings of GSCL</i>, 31–40.</li>
            <li>Grootendorst, M. (2022). BERTopic: neural topic modeling with a class-based TF-IDF procedure. arXiv:2203.05794.</li>
            <li>McCallum, A. K. (2002). MALLET: a machine learning for language toolkit. Software, University of Massachusetts Amherst.</li>
            <li>Mimno, D., Wallach, H., Talley, E., Leenders, M. &amp; McCallum, A. (2011). Optimizing semantic coherence in topic models. <i>EMNLP</i>, 262–272.</li>
            <li>Röder, M., Both, A. &amp; Hinneburg, A. (2015). Exploring the space of topic coherence measures. <i>WSDM</i>, 399–408.</li>
            <li>Wallach, H. M., Mimno, D. &amp; McCallum, A. (2009). Rethinking LDA: why priors matter. <i>NIPS</i> 22.</li>
            </ul>
            """;
}
