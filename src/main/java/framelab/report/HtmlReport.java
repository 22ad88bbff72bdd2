package framelab.report;

import framelab.AnalysisResult;
import framelab.dtm.DocumentRecord;
import framelab.report.ReportTables.GroupStat;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * report.html: one self-contained page a researcher can open with no network — inline CSS, inline
 * SVG charts, no JavaScript, no external links. Header (corpus, version, parameters, specs,
 * checksum, counts), documents, cleaning, then per group its most frequent terms and a keyness
 * chart, and a methods note with references. Long tables are capped and point to their CSV; with
 * more than {@value #MAX_GROUP_SECTIONS} groups only the largest get a section. The output depends
 * only on the result and the run date.
 */
public final class HtmlReport {
    static final int MAX_GROUP_SECTIONS = 12, TOP_TERMS = 15, CHART_POS = 15, CHART_NEG = 10;

    private HtmlReport() {
    }

    public static void write(Path file, AnalysisResult r) {
        write(file, r, null);
    }

    /** The report with a topics section when {@code topics} is not null ({@code analyze --topics}). */
    public static void write(Path file, AnalysisResult r, framelab.topics.TopicRun topics) {
        try {
            Files.writeString(file, html(r, LocalDate.now(ZoneOffset.UTC), topics), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report with the topics and sentiment sections of those that are not null ({@code analyze}). */
    public static void write(Path file, AnalysisResult r, framelab.topics.TopicRun topics, framelab.sentiment.SentimentResult sentiment) {
        write(file, r, topics, sentiment, null);
    }

    /** The report with the topics, sentiment and framing sections of those that are not null ({@code analyze}). */
    public static void write(Path file, AnalysisResult r, framelab.topics.TopicRun topics, framelab.sentiment.SentimentResult sentiment,
                             framelab.framing.FramingResult framing) {
        try {
            Files.writeString(file, html(r, LocalDate.now(ZoneOffset.UTC), topics, sentiment, framing), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page for a run on {@code runDate}. */
    public static String html(AnalysisResult r, LocalDate runDate) {
        return html(r, runDate, null);
    }

    /** The whole page, with the topics section of {@link TopicSection} when {@code topics} is not null. */
    public static String html(AnalysisResult r, LocalDate runDate, framelab.topics.TopicRun topics) {
        return html(r, runDate, topics, null);
    }

    /** The whole page, with the sentiment section of {@link SentimentSection} when {@code sentiment} is not null. */
    public static String html(AnalysisResult r, LocalDate runDate, framelab.topics.TopicRun topics, framelab.sentiment.SentimentResult sentiment) {
        return html(r, runDate, topics, sentiment, null);
    }

    /** The whole page, with the framing section of {@link FramingSection} when {@code framing} is not null. */
    public static String html(AnalysisResult r, LocalDate runDate, framelab.topics.TopicRun topics, framelab.sentiment.SentimentResult sentiment,
                              framelab.framing.FramingResult framing) {
        List<GroupStat> stats = ReportTables.groupStats(r);
        List<GroupStat> shown = shownGroups(r, stats);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>framelab report — ").append(Html.esc(corpusName(r))).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(b, r, runDate, stats);
        b.append("<nav><b>Contents:</b> <a href=\"#documents\">Documents</a> · <a href=\"#cleaning\">Cleaning</a> · <a href=\"#groups\">Groups</a>");
        for (int i = 0; i < shown.size(); i++) {
            b.append(i == 0 ? " (" : ", ").append("<a href=\"#group-").append(i + 1).append("\">").append(Html.esc(Html.clip(shown.get(i).group(), 40))).append("</a>");
        }
        b.append(shown.isEmpty() ? "" : ")").append(topics != null ? " · <a href=\"#topics\">Topics</a>" : "")
                .append(sentiment != null ? " · <a href=\"#sentiment\">Sentiment</a>" : "")
                .append(framing != null ? " · <a href=\"#framing\">Framing</a>" + eventLinks(framing) : "").append(" · <a href=\"#methods\">Methods</a></nav>\n");

        b.append("<section id=\"documents\">\n<h2>Documents</h2>\n<h3>By ").append(Html.esc(r.request().groupBy())).append("</h3>\n")
                .append(ReportTables.groups(r, stats)).append("<h3>Documents</h3>\n").append(ReportTables.documents(r)).append("</section>\n");
        b.append("<section id=\"cleaning\">\n<h2>Cleaning</h2>\n").append(ReportTables.cleaning(r)).append("</section>\n");
        groups(b, r, stats, shown);
        if (topics != null) b.append(TopicSection.html(topics));
        if (sentiment != null) b.append(SentimentSection.html(sentiment, adjustName(r)));
        if (framing != null) b.append(FramingSection.html(framing));
        b.append(METHODS).append("<footer>framelab ").append(Html.esc(RunManifest.version())).append(" · report of ")
                .append(runDate).append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Links to the compared events (as many as the framing section shows), e.g. " (e0002, e0005)". */
    private static String eventLinks(framelab.framing.FramingResult f) {
        List<String> ids = EventSection.shownIds(f.events());
        if (ids.isEmpty()) return "";
        StringBuilder b = new StringBuilder(" (");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ", ").append("<a href=\"#event-").append(Html.esc(ids.get(i))).append("\">").append(Html.esc(ids.get(i))).append("</a>");
        }
        return b.append(')').toString();
    }

    private static String corpusName(AnalysisResult r) {
        Path f = r.request().corpus().getFileName();
        return f == null ? r.request().corpus().toString() : f.toString();
    }

    /** The largest groups (by terms) that have analysed documents; a single --target group is always shown, first. */
    static List<GroupStat> shownGroups(AnalysisResult r, List<GroupStat> stats) {
        List<GroupStat> withDocs = stats.stream().filter(g -> g.documents() > 0).toList();
        List<GroupStat> shown = new ArrayList<>(withDocs.subList(0, Math.min(MAX_GROUP_SECTIONS, withDocs.size())));
        String target = r.request().target();
        if (!target.equals("each")) {   // the one group with a keyness chart comes first
            withDocs.stream().filter(g -> g.group().equals(target)).findFirst().ifPresent(g -> {
                if (!shown.remove(g) && shown.size() == MAX_GROUP_SECTIONS) shown.removeLast();
                shown.addFirst(g);
            });
        }
        return shown;
    }

    private static void header(StringBuilder b, AnalysisResult r, LocalDate runDate, List<GroupStat> stats) {
        var build = r.build();
        long analysed = build.analysedCount(), skipped = build.documents().size() - analysed;
        long tokens = build.documents().stream().filter(DocumentRecord::analysed).mapToLong(DocumentRecord::wordTokens).sum();
        b.append("<header>\n<h1>framelab report: ").append(Html.esc(corpusName(r))).append("</h1>\n<p class=lead>")
                .append(Html.count(build.documents().size())).append(" documents read from <code>").append(Html.esc(r.request().corpus().toString()))
                .append("</code>, compared by <b>").append(Html.esc(r.request().groupBy())).append("</b> (").append(Html.count(r.grouping().groups().size()))
                .append(r.grouping().groups().size() == 1 ? " group)" : " groups)").append(dateRange(r)).append(". Metadata fields: ").append(Html.esc(String.join(", ", ResultWriter.metaFields(r))))
                .append(".</p>\n");
        b.append("<div class=cards>");
        card(b, "documents analysed", Html.count(analysed));
        card(b, "documents skipped", Html.count(skipped));
        if (build.dtm().rowCount() != analysed) card(b, build.unitSpec() + " units", Html.count(build.dtm().rowCount()));
        card(b, "word tokens", Html.count(tokens));
        card(b, "terms", Html.count(build.dtm().total()));
        card(b, "vocabulary", Html.count(build.dtm().vocabulary().size()));
        card(b, "groups", Html.count(r.grouping().groups().size()));
        card(b, "cleaning removals", Html.count(build.removals().size()));
        b.append("</div>\n<h2 class=params-title>Run and parameters</h2>\n<dl class=params>");
        param(b, "framelab version", RunManifest.version());
        param(b, "run date", runDate.toString());
        for (Map.Entry<String, Object> e : RunManifest.parameters(r.request()).entrySet()) {
            if (e.getKey().equals("corpus")) continue;   // in the lead paragraph
            boolean unitSpec = e.getKey().equals("unit") && !build.unitSpec().equals(String.valueOf(e.getValue()));
            param(b, e.getKey(), unitSpec ? build.unitSpec() : String.valueOf(e.getValue()));
        }
        b.append("</dl>\n<table class=kv><tbody>\n");
        kv(b, "analyzer", r.request().analyzer().spec());
        kv(b, "cleaner", build.cleanerSpec());
        kv(b, "corpus checksum", r.corpusChecksum());
        b.append("</tbody></table>\n");
        if (!build.warnings().isEmpty()) {
            b.append("<details><summary>").append(Html.count(build.warnings().size())).append(" reader warnings (all in run.json)</summary><ul>");
            build.warnings().stream().limit(ReportTables.CAP).forEach(w -> b.append("<li>").append(Html.esc(w)).append("</li>"));
            b.append("</ul></details>\n");
        }
        b.append("<p class=note>Files of this run: <code>documents.csv</code>, <code>cleaning.csv</code>, <code>frequencies.csv</code>, ")
                .append("<code>keyness.csv</code>, <code>run.json</code> and, when computed, the <code>sentiment_*</code>, <code>topic*</code>, ")
                .append("<code>actor_*</code>, <code>quote*</code>, <code>syndication_pairs</code>, <code>shared_passages</code> and <code>event*</code> files; their columns are defined in <code>README.md</code> next to this report ")
                .append("(<code>results/README.md</code>).</p>\n</header>\n");
    }

    private static String dateRange(AnalysisResult r) {
        List<LocalDate> dates = r.build().documents().stream().filter(DocumentRecord::analysed).map(d -> d.meta().date())
                .flatMap(Optional::stream).sorted().toList();
        if (dates.isEmpty()) return "";
        long undated = r.build().analysedCount() - dates.size();
        return ", dated " + dates.getFirst() + " to " + dates.getLast()
                + (undated > 0 ? " (" + Html.count(undated) + " analysed documents without a parseable date)" : "");
    }

    private static void card(StringBuilder b, String label, String value) {
        b.append("<div class=card><span>").append(value).append("</span>").append(Html.esc(label)).append("</div>");
    }

    private static void param(StringBuilder b, String k, String v) {
        b.append("<div><dt>").append(Html.esc(k)).append("</dt><dd><code>").append(Html.esc(v)).append("</code></dd></div>");
    }

    private static void kv(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(Html.esc(k)).append("</th><td><code>").append(Html.esc(v)).append("</code></td></tr>\n");
    }

    private static void groups(StringBuilder b, AnalysisResult r, List<GroupStat> stats, List<GroupStat> shown) {
        Map<String, List<FrequencyRow>> top = new LinkedHashMap<>();
        for (FrequencyRow f : r.frequencies()) if (f.rank() <= TOP_TERMS) top.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f);
        Map<String, List<KeynessRow>> key = new LinkedHashMap<>();
        for (KeynessRow k : r.keyness()) key.computeIfAbsent(k.target(), x -> new ArrayList<>()).add(k);
        long withDocs = stats.stream().filter(g -> g.documents() > 0).count();
        b.append("<section id=\"groups\">\n<h2>Groups</h2>\n<p>");
        if (withDocs > shown.size()) {
            b.append("This corpus has ").append(Html.count(withDocs)).append(" groups; ");
            if (r.request().target().equals("each")) b.append("the ").append(shown.size()).append(" largest by terms are shown here. ");
            else b.append("shown here are the target, ").append(Html.esc(r.request().target())).append(", and the largest other groups by terms, ")
                    .append(shown.size()).append(" in all. ");
            b.append("Every group is in <code>frequencies.csv</code> and <code>keyness.csv</code>. ");
        }
        b.append("For each group: its ").append(TOP_TERMS).append(" most frequent terms, and a keyness chart — the terms most over-used (right) ")
                .append("and under-used (left) in the group compared with ").append(r.request().reference().isEmpty() ? "the rest of the corpus"
                        : Html.esc(String.join(" + ", r.request().reference()))).append(", by signed G² (Dunning 1993). Darker bars, bold terms and ")
                .append("an asterisk mark p_adjusted &lt; 0.05 (").append(Html.esc(adjustName(r))).append(" adjustment across the comparison's terms); ")
                .append("lighter bars are not significant at that level. The numbers after each term are its counts in the group / in the reference.");
        if (r.grouping().groups().size() == 2 && r.request().target().equals("each")) {
            b.append(" With two groups, each is the other's reference, so the second chart mirrors the first.");
        }
        b.append("</p>\n");
        for (int i = 0; i < shown.size(); i++) {
            GroupStat g = shown.get(i);
            List<KeynessRow> rows = key.getOrDefault(g.group(), List.of());
            long sigPos = rows.stream().filter(k -> k.g2() > 0 && KeynessChart.significant(k)).count();
            long sigNeg = rows.stream().filter(k -> k.g2() < 0 && KeynessChart.significant(k)).count();
            b.append("<section class=group id=\"group-").append(i + 1).append("\">\n<h3>").append(Html.esc(g.group().isEmpty() ? "(empty)" : g.group()))
                    .append("</h3>\n<p class=note>").append(Html.count(g.documents())).append(g.documents() == 1 ? " document · " : " documents · ").append(Html.count(g.tokens()))
                    .append(" word tokens · ").append(Html.count(g.terms())).append(" terms");
            if (!rows.isEmpty()) {
                b.append(" · significant key terms: ").append(Html.count(sigPos)).append(" over-used, ").append(Html.count(sigNeg))
                        .append(" under-used against ").append(Html.esc(rows.getFirst().reference()));
            }
            b.append("</p>\n<div class=pair>\n<div class=freq>");
            var t = new Html.Table(List.of("#", "term", "count", "per million", "docs"), true, false, true, true, true);
            for (FrequencyRow f : top.getOrDefault(g.group(), List.of())) {
                t.row(f.rank(), f.term(), Html.count(f.count()), Html.stat(f.perMillion()), Html.count(f.docFreq()));
            }
            b.append(t.rows() == 0 ? "<p class=note>No frequency rows for this group.</p>\n" : t.html(0, "", ""));
            b.append("</div>\n<figure>");
            if (rows.isEmpty()) {
                b.append("<p class=note>No keyness comparison has this group as its target (target: ").append(Html.esc(r.request().target())).append(").</p>");
            } else {
                b.append(Charts.keynessSvg(rows, CHART_POS, CHART_NEG, false)).append("<figcaption>Keyness of ").append(Html.esc(g.group()))
                        .append(" vs ").append(Html.esc(rows.getFirst().reference())).append(": all ").append(Html.count(rows.size()))
                        .append(" terms are in <code>keyness.csv</code>, with log ratio, %DIFF, χ² and log-odds z.</figcaption>");
            }
            b.append("</figure>\n</div>\n</section>\n");
        }
        b.append("</section>\n");
    }

    private static String adjustName(AnalysisResult r) {
        return switch (r.request().keyness().adjust()) {
            case BH -> "Benjamini–Hochberg";
            case BONFERRONI -> "Bonferroni";
            case NONE -> "no";
        };
    }

    private static final String CSS = """
            body{font:15px/1.45 "DejaVu Sans",Verdana,Arial,Helvetica,sans-serif;color:#222;max-width:1240px;margin:0 auto;padding:0 20px 40px}
            h1{font-size:1.6em;margin:.8em 0 .2em}h2{font-size:1.3em;border-bottom:2px solid #1f5f9e;padding-bottom:3px;margin-top:1.8em}
            h3{font-size:1.08em;margin:1.2em 0 .3em}.lead{margin-top:0}.note{color:#555;font-size:.9em}
            code{font:.86em/1.3 "DejaVu Sans Mono",Menlo,Consolas,monospace;word-break:break-word}
            table{border-collapse:collapse;font-size:.88em;margin:.3em 0}th,td{padding:3px 8px;border-bottom:1px solid #e2e2e2;text-align:left;vertical-align:top}
            thead th{background:#f0f3f7;border-bottom:1px solid #bbb}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.s{white-space:nowrap}
            table.kv th{font-weight:normal;color:#555;white-space:nowrap}table.kv td{max-width:900px}
            table.excerpts td:last-child{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em;color:#444}
            .cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}.card{background:#f0f3f7;border-radius:6px;padding:6px 12px;font-size:.85em;color:#444}
            .card span{display:block;font-size:1.5em;font-weight:bold;color:#1f5f9e}
            nav{background:#fafafa;border:1px solid #e2e2e2;padding:6px 10px;margin:16px 0;font-size:.9em}a{color:#1f5f9e}
            .group{border-top:1px solid #ddd;margin-top:1.5em}.pair{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
            .freq{flex:0 0 auto}figure{margin:0;flex:1 1 560px;max-width:780px}svg.chart{width:100%;height:auto;max-width:760px}
            figcaption{color:#555;font-size:.85em;text-align:left}
            .params{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:2px 16px;margin:.4em 0;font-size:.88em}
            .params div{display:flex;gap:8px;border-bottom:1px solid #eee;padding:2px 0}.params dt{color:#555;min-width:9.5em}.params dd{margin:0}
            h2.params-title{font-size:1.05em;border:0;margin:1em 0 .2em}summary{cursor:pointer;margin:.8em 0 .3em}details{margin:.5em 0}.refs li{margin-bottom:.3em}footer{margin-top:2em;color:#777;font-size:.85em}
            .scroll{overflow-x:auto;max-width:100%}table.heat td{min-width:4.5em}ul.colloc,ul.passages{margin:.2em 0 .8em;font-size:.9em}
            ul.passages q{color:#444}h4{font-size:1em;margin:1.4em 0 .2em;border-top:1px solid #e2e2e2;padding-top:.6em}
            @media print{nav{display:none}.group{break-inside:avoid}}
            """;

    private static final String METHODS = """
            <section id="methods">
            <h2>Methods</h2>
            <p><b>Terms and counts.</b> Each document is cleaned (the rules above), split into units and analysed by the chain in the
            <code>analyzer</code> line of the header (tokenizer, lowercasing, stopwords, stemming, n-grams); a group's count of a term is
            the sum over its units. <i>Word tokens</i> are counted before stopword removal, <i>terms</i> after. Lexical diversity: TTR is
            types / tokens; MATTR averages the TTR over moving windows of 100 tokens (Covington &amp; McFall 2010), so unlike TTR it does
            not fall with document length.</p>
            <p><b>Keyness</b> compares how often a term occurs in the target group and in the reference, relative to their sizes, in a
            2×2 table (term / other terms × target / reference). <b>G²</b> is the log-likelihood ratio statistic
            G² = 2 Σ O ln(O/E) (Dunning 1993), optionally with Williams' (1976) correction; it is signed here: positive when the term is
            relatively more frequent in the target. Its p-value comes from the χ² distribution with one degree of freedom and is adjusted
            for the many terms tested (<code>p_adjusted</code>; Benjamini &amp; Hochberg's (1995) false discovery rate by default, or
            Bonferroni). G² measures the <i>evidence</i> of a difference, which grows with corpus size; <b>log ratio</b> (Hardie 2014),
            the binary log of the ratio of relative frequencies, measures its <i>size</i> (1 = twice as frequent, zero counts taken as
            0.5), and <b>%DIFF</b> (Gabrielatos &amp; Marchi 2012) is the same ratio as a percentage difference. The <b>weighted log-odds
            z-score</b> (Monroe, Colaresi &amp; Quinn 2008) shrinks the log-odds of rare terms towards the pooled corpus with an
            informative Dirichlet prior, so that rare terms do not dominate the list.</p>
            <p><b>Caveats.</b> These tests treat every token as an independent draw, but words cluster in documents: a term used often in a
            few articles can reach a large G². Treat p-values as a ranking aid rather than proof, check the document frequency
            (<code>docs</code> and <code>doc_freq</code>) and read the texts (<code>./framelab kwic</code>) before interpreting a term
            (Lijffijt et al. 2016). Every column of the CSV files is defined in <code>results/README.md</code>.</p>
            <p><b>Framing signals.</b> <i>Actors</i> are found with the actor dictionary (patterns → actor); mention rates are per
            10,000 word tokens with exact Poisson intervals (Garwood 1936), co-occurrence counts sentences naming both actors, and
            collocates are ranked by logDice (Rychlý 2008) with their most frequent part of speech (OpenNLP, UD English-EWT).
            <i>Quotations</i>: text between quotation marks and reported speech around a speech verb, attributed to the nearest
            speaker by the verb's subject, an appositive or a pronoun resolved to the last named person; verbs are lemmatised
            (OpenNLP) and grouped into neutral, assertive, contested, directive and emotive reporting verbs (after
            Caldas-Coulthard 1994). Attribution is checked against a hand-made list of every quotation in three of the bundled
            articles. <i>Shared text</i>: word 5-shingles, MinHash signatures (Broder 1997) of overlapping windows and LSH banding
            (Leskovec, Rajaraman &amp; Ullman 2020) propose document pairs, which are then checked on their exact shingles and aligned
            into passages; shingles in more than 20 documents are treated as boilerplate (as in passim, Smith et al. 2015).
            <i>Events</i>: articles within the date window are linked by TF-IDF cosine (Manning, Raghavan &amp; Schütze 2008) plus
            shared actors and grouped by average linkage; within an event each outlet is compared with the others by keyness, tone
            toward actors, quoted speakers and shared passages. Counts inside one event are small: read them as a description of
            those articles, not as a test.</p>
            <h3>References</h3>
            <ul class=refs>
            <li>Benjamini, Y. &amp; Hochberg, Y. (1995). Controlling the false discovery rate: a practical and powerful approach to multiple testing. <i>Journal of the Royal Statistical Society, Series B</i> 57(1), 289–300.</li>
            <li>Broder, A. Z. (1997). On the resemblance and containment of documents. <i>Compression and Complexity of Sequences 1997</i>, IEEE, 21–29.</li>
            <li>Caldas-Coulthard, C. R. (1994). On reporting reporting: the representation of speech in factual and factional narratives. In M. Coulthard (ed.), <i>Advances in Written Text Analysis</i>, Routledge, 295–308.</li>
            <li>Covington, M. A. &amp; McFall, J. D. (2010). Cutting the Gordian knot: the moving-average type–token ratio (MATTR). <i>Journal of Quantitative Linguistics</i> 17(2), 94–100.</li>
            <li>Dunning, T. (1993). Accurate methods for the statistics of surprise and coincidence. <i>Computational Linguistics</i> 19(1), 61–74.</li>
            <li>Gabrielatos, C. &amp; Marchi, A. (2012). Keyness: appropriate metrics and practical issues. CADS International Conference, University of Bologna.</li>
            <li>Garwood, F. (1936). Fiducial limits for the Poisson distribution. <i>Biometrika</i> 28(3/4), 437–442.</li>
            <li>Hardie, A. (2014). Log Ratio: an informal introduction. ESRC Centre for Corpus Approaches to Social Science (CASS), Lancaster University.</li>
            <li>Leskovec, J., Rajaraman, A. &amp; Ullman, J. D. (2020). <i>Mining of Massive Datasets</i>, 3rd ed., ch. 3. Cambridge University Press.</li>
            <li>Lijffijt, J., Nevalainen, T., Säily, T., Papapetrou, P., Puolamäki, K. &amp; Mannila, H. (2016). Significance testing of word frequencies in corpora. <i>Digital Scholarship in the Humanities</i> 31(2), 374–397.</li>
            <li>Manning, C. D., Raghavan, P. &amp; Schütze, H. (2008). <i>Introduction to Information Retrieval</i>, ch. 6. Cambridge University Press.</li>
            <li>Monroe, B. L., Colaresi, M. P. &amp; Quinn, K. M. (2008). Fightin' words: lexical feature selection and evaluation for identifying the content of political conflict. <i>Political Analysis</i> 16(4), 372–403.</li>
            <li>Rychlý, P. (2008). A lexicographer-friendly association score. <i>Proceedings of RASLAN 2008</i>, 6–9.</li>
            <li>Smith, D. A., Cordell, R. &amp; Mullen, A. (2015). Computational methods for uncovering reprinted texts in antebellum newspapers. <i>American Literary History</i> 27(3), E1–E15.</li>
            <li>Williams, D. A. (1976). Improved likelihood ratio tests for complete contingency tables. <i>Biometrika</i> 63(1), 33–37.</li>
            </ul>
            </section>
            """;
}
