package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.AnalysisRequest;
import framelab.AnalysisResult;
import framelab.corpus.DocMeta;
import framelab.corpus.Removal;
import framelab.dtm.CorpusBuild;
import framelab.dtm.DocumentRecord;
import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.Grouping;
import framelab.stats.Frequencies;
import framelab.stats.Keyness;
import framelab.stats.KeynessOptions;
import framelab.stats.KeynessRow;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class HtmlReportTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);

    /** One document: id, group (source), its terms; word tokens = terms for simplicity. */
    record Doc(String id, String source, List<String> terms) {
    }

    /** A result built by hand from the library's own counting (no reader, cleaner or analyzer involved). */
    static AnalysisResult result(List<Doc> docs, boolean withKeyness, List<DocumentRecord> skipped, List<Removal> removals) {
        List<DocumentTermMatrix.RowInfo> rows = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        List<DocumentRecord> records = new ArrayList<>();
        for (Doc d : docs) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("source", d.source());
            m.put("title", "Title of " + d.id());
            m.put("date", "2022-02-0" + (1 + Math.floorMod(d.id().hashCode(), 9)));
            DocMeta meta = DocMeta.of(m);
            rows.add(new DocumentTermMatrix.RowInfo(d.id(), d.id(), meta));
            terms.add(d.terms());
            records.add(new DocumentRecord(d.id(), meta, "test:" + d.id(), DocumentRecord.ANALYSED, "", 100, 1, d.terms().size(),
                    d.terms().size(), new double[] {0.5, 0.75}));
        }
        records.addAll(skipped);
        DocumentTermMatrix dtm = DocumentTermMatrix.fromTerms(rows, terms, "test-analyzer");
        CorpusBuild build = new CorpusBuild(dtm, records, removals, List.of(), List.of("ttr", "mattr"), "document", "chrome=true");
        Grouping g = Grouping.by(dtm, "source");
        List<KeynessRow> key = withKeyness ? Keyness.eachAgainstRest(g, KeynessOptions.DEFAULTS) : List.of();
        return new AnalysisResult(AnalysisRequest.defaults(Path.of("corpus")), build, g, Frequencies.byGroup(g, 0), key,
                "sha256:abc123", Map.of(), List.of());
    }

    static List<String> repeat(String term, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(term);
        return out;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static final List<Doc> THREE = List.of(
            new Doc("d1", "Alpha News", concat(repeat("war", 30), repeat("peace", 2))),
            new Doc("d2", "Beta Times", concat(repeat("peace", 30), repeat("war", 3))),
            new Doc("d3", "Gamma Post", concat(repeat("talks", 25), concat(repeat("war", 5), repeat("peace", 5)))));

    private static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    void oneChartPerGroupWithTitleCountsAndHeader() {
        String html = HtmlReport.html(result(THREE, true, List.of(), List.of()), DAY);
        assertThat(svgs(html)).hasSize(3);
        assertThat(html).contains("Keyness: Alpha News vs (rest)", "Keyness: Beta Times vs (rest)", "Keyness: Gamma Post vs (rest)");
        assertThat(html).contains("<h3>Alpha News</h3>", "<h3>Beta Times</h3>", "<h3>Gamma Post</h3>");
        // header: version, run date, parameters, specs, checksum
        assertThat(html).contains(RunManifest.version(), "2024-05-06", "sha256:abc123", "<dt>group_by</dt><dd><code>source</code>",
                "<dt>p_adjust</dt><dd><code>bh</code>", "<dt>correction</dt>", "chrome=true");
        assertThat(html).contains(AnalysisRequest.defaults(Path.of("corpus")).analyzer().spec().replace("'", "&#39;"));
        // documents table: every document with its title and status; top-terms tables
        assertThat(html).contains("<td class=s>d1</td>", "<td class=s>Title of d2</td>", "<td class=s>analysed</td>");
        assertThat(html).contains("<td class=s>war</td>", "<td class=s>talks</td>");
        // methods with the citations
        assertThat(html).contains("Dunning, T. (1993)", "Hardie, A. (2014)", "Monroe, B. L., Colaresi, M. P. &amp; Quinn, K. M. (2008)",
                "Benjamini, Y. &amp; Hochberg, Y. (1995)", "results/README.md");
    }

    @Test
    void chartsAreWellFormedXmlAndMarkTheKeyTerm() throws Exception {
        String html = HtmlReport.html(result(THREE, true, List.of(), List.of()), DAY);
        for (String svg : svgs(html)) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(doc.getElementsByTagName("text").getLength()).isGreaterThan(10);
        }
        // "talks" occurs only in Gamma Post (25 times): key for it, and significant
        String gamma = svgs(html).stream().filter(s -> s.contains("Keyness: Gamma Post")).findFirst().orElseThrow();
        assertThat(gamma).contains("Keyness: Gamma Post").contains(">talks *</text>").contains(">25 / 0</text>");
    }

    @Test
    void escapesTermsAndGroupNames() {
        List<Doc> docs = List.of(
                new Doc("x1", "R&D <Weekly>", concat(repeat("<script>", 20), repeat("a&b", 10))),
                new Doc("x2", "Plain \"Quoted\" Daily", concat(repeat("calm", 20), repeat("a&b", 1))));
        String html = HtmlReport.html(result(docs, true, List.of(), List.of()), DAY);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("a&b<").doesNotContain("<Weekly>");
        assertThat(html).contains("&lt;script&gt;", "a&amp;b", "R&amp;D &lt;Weekly&gt;", "Plain &quot;Quoted&quot; Daily");
        assertThat(svgs(html)).hasSize(2);
    }

    @Test
    void selfContainedWithNoExternalReferences() {
        String html = HtmlReport.html(result(THREE, true, List.of(), List.of()), DAY);
        assertThat(html).doesNotContain("http://", "https://", "<script", "<link", "<img", "@import", "url(");
        assertThat(html).doesNotContainPattern("\\ssrc=");
        // the only links are in-page anchors or relative files next to the report
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (m.find()) assertThat(m.group(1)).matches("#[a-z0-9-]+");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
    }

    @Test
    void worksWithoutKeynessRowsAndWithOneGroup() {
        String noKey = HtmlReport.html(result(THREE, false, List.of(), List.of()), DAY);
        assertThat(svgs(noKey)).isEmpty();
        assertThat(noKey).contains("No keyness comparison has this group as its target").contains("<h3>Gamma Post</h3>");

        List<Doc> one = List.of(new Doc("a", "Solo", repeat("alone", 3)), new Doc("b", "Solo", repeat("again", 2)));
        String solo = HtmlReport.html(result(one, false, List.of(), List.of()), DAY);
        assertThat(svgs(solo)).isEmpty();
        assertThat(solo).contains("<h3>Solo</h3>", "<td class=s>alone</td>", "(1 group)");
        assertThat(solo).contains("It removed nothing from this corpus.");
    }

    @Test
    void aSingleTargetIsShownFirstEvenWhenItIsSmall() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 15; i++) docs.add(new Doc("d" + i, String.format("src%02d", i), concat(repeat("common", 5), repeat("own" + i, 1 + i))));
        AnalysisResult each = result(docs, false, List.of(), List.of());
        AnalysisRequest req = each.request().withTarget("src00", List.of());
        AnalysisResult r = new AnalysisResult(req, each.build(), each.grouping(), each.frequencies(),
                Keyness.againstRest(each.grouping(), "src00", KeynessOptions.DEFAULTS), each.corpusChecksum(), Map.of(), List.of());
        String html = HtmlReport.html(r, DAY);
        assertThat(svgs(html)).hasSize(1).allMatch(s -> s.contains("Keyness: src00 vs (rest)"));
        assertThat(html.indexOf("<h3>src00</h3>")).isLessThan(html.indexOf("<h3>src14</h3>"));
        assertThat(html).contains("<h3>src04</h3>").doesNotContain("<h3>src03</h3>");   // src00 + the 11 largest
        assertThat(html).contains("No keyness comparison has this group as its target (target: src00)");
        assertThat(html).contains("dated 2022-02-0", "This corpus has 15 groups; shown here are the target, src00, and the largest other groups by terms, 12 in all.");
    }

    @Test
    void manyGroupsAreCappedToTheLargestTwelve() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String src = String.format("src%02d", i);
            docs.add(new Doc("d" + i, src, concat(repeat("common", 5), repeat("own" + i, 1 + i))));   // larger i = larger group
        }
        String html = HtmlReport.html(result(docs, true, List.of(), List.of()), DAY);
        assertThat(svgs(html)).hasSize(HtmlReport.MAX_GROUP_SECTIONS);
        assertThat(html).contains("This corpus has 20 groups; the 12 largest by terms are shown here.");
        assertThat(html).contains("<h3>src19</h3>", "<h3>src08</h3>").doesNotContain("<h3>src07</h3>", "<h3>src00</h3>");
        assertThat(html.indexOf("<h3>src19</h3>")).isLessThan(html.indexOf("<h3>src08</h3>"));   // largest first
    }

    @Test
    void largeCorporaGetAGroupSummaryAndOnlyTheSkippedDocuments() {
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 120; i++) docs.add(new Doc(String.format("n%03d", i), i % 2 == 0 ? "Even" : "Odd", repeat(i % 2 == 0 ? "x" : "y", 3)));
        List<DocumentRecord> skipped = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            skipped.add(DocumentRecord.skipped(String.format("s%03d", i), DocMeta.of(Map.of("source", "Odd")), "f.csv:" + i, "empty text"));
        }
        List<Removal> removals = new ArrayList<>();
        for (int i = 0; i < 70; i++) removals.add(new Removal(String.format("n%03d", i), i % 3 == 0 ? "chrome-line" : "export-header", 10 + i, "junk <" + i + ">"));
        String html = HtmlReport.html(result(docs, true, skipped, removals), DAY);
        assertThat(html).contains("180 documents: too many to list here").doesNotContain("<td class=s>n000</td><td class=s>Even</td>");
        assertThat(html).contains("<td class=s>s000</td>", "skipped: empty text").doesNotContain("<td class=s>s050</td>");
        assertThat(html).contains("… 10 more skipped documents in <code>documents.csv</code>.");
        // group summary: 60 analysed + 60 skipped in Odd
        assertThat(html).containsPattern("<td class=s>Odd</td><td class=n>60</td><td class=n>60</td><td class=n>180</td>");
        // cleaning: per rule, per document (capped), escaped excerpts
        assertThat(html).contains("It made 70 removals in 70 documents", "<td class=s>chrome-line</td><td class=n>24</td>",
                "… 20 more documents in <code>cleaning.csv</code>.", "junk &lt;0&gt;");
    }

    @Test
    void deterministicAndWrittenAsUtf8(@TempDir Path dir) throws Exception {
        AnalysisResult r = result(THREE, true, List.of(), List.of(new Removal("d1", "chrome-line", 12, "Support us — «now»")));
        assertThat(HtmlReport.html(r, DAY)).isEqualTo(HtmlReport.html(r, DAY));
        Path f = dir.resolve("report.html");
        HtmlReport.write(f, r);
        String written = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(written).contains("Support us — «now»", "<meta charset=\"utf-8\">");
        assertThat(written).contains(LocalDate.now(java.time.ZoneOffset.UTC).toString());
    }
}
