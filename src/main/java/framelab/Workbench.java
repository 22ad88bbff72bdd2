package framelab;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Checksums;
import framelab.corpus.Corpora;
import framelab.corpus.Corpus;
import framelab.corpus.ReadOptions;
import framelab.report.ResultWriter;
import framelab.report.Tables;
import framelab.sentiment.SentimentAnalysis;
import framelab.sentiment.SentimentOptions;
import framelab.sentiment.SentimentResult;
import framelab.stats.Collocates;
import framelab.stats.Keyness;
import framelab.stats.KeynessRow;
import framelab.stats.Kwic;
import framelab.text.Analyzer;
import framelab.text.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tech.tablesaw.api.Table;

/**
 * The facade notebooks use: load a corpus once, then ask for tables. Immutable — every
 * {@code with…} returns a new workbench over the same documents; the expensive counting pass is done
 * once per workbench, on first use. Tables have the same columns as the CSV files.
 * <pre>{@code
 * var wb = Workbench.open(Path.of("corpus"));
 * wb.frequencies(10);                                  // top 10 terms per outlet
 * wb.keyness("The Moscow Times", "AP (via ABC News)");  // two outlets on the same event
 * wb.kwic("troops", 5);
 * }</pre>
 */
public final class Workbench {
    private final Corpus raw;
    private final AnalysisRequest request;
    private volatile AnalysisResult result;
    private volatile CleanedCorpus cleaned;

    private Workbench(Corpus raw, AnalysisRequest request) {
        this.raw = raw;
        this.request = request;
    }

    /** Reads a corpus (directory, CSV/TSV, JSONL) with framelab's defaults. */
    public static Workbench open(Path corpus) {
        return open(corpus, ReadOptions.DEFAULTS);
    }

    public static Workbench open(Path corpus, ReadOptions read) {
        AnalysisRequest req = AnalysisRequest.defaults(corpus);
        req = new AnalysisRequest(corpus, read, req.cleaner(), req.analyzer(), req.unit(), req.groupBy(), req.target(),
                req.reference(), req.keyness(), req.top(), req.threads());
        Corpus c = Corpora.read(corpus, read);
        String field = c.fields().contains("source") ? "source" : c.fields().isEmpty() ? "source" : c.fields().get(0);
        return new Workbench(c, req.withGroupBy(field));
    }

    public Workbench withGroupBy(String field) {
        raw.requireField(field);
        return new Workbench(raw, request.withGroupBy(field));
    }

    public Workbench withAnalyzer(Analyzer a) {
        return new Workbench(raw, request.withAnalyzer(a));
    }

    public Workbench withCleaner(Cleaner c) {
        return new Workbench(raw, request.withCleaner(c));
    }

    public Workbench withUnit(Unit u) {
        AnalysisRequest r = request;
        return new Workbench(raw, new AnalysisRequest(r.corpus(), r.read(), r.cleaner(), r.analyzer(), u, r.groupBy(), r.target(),
                r.reference(), r.keyness(), r.top(), r.threads()));
    }

    /** The documents as read (before cleaning). */
    public Corpus corpus() {
        return raw;
    }

    /** The documents after cleaning, with the audit. */
    public CleanedCorpus cleanedCorpus() {
        if (cleaned == null) cleaned = CleanedCorpus.of(raw, request.cleaner());
        return cleaned;
    }

    public String groupBy() {
        return request.groupBy();
    }

    public List<String> groups() {
        return result().grouping().groups();
    }

    /** The full analysis (matrix, documents, frequencies for all terms); computed once. */
    public AnalysisResult result() {
        if (result == null) {
            synchronized (this) {
                if (result == null) {
                    CompletableFuture<String> sum = CompletableFuture.completedFuture(Checksums.sha256(request.corpus()));
                    result = Analysis.run(request, raw, Analysis.Tables.FREQUENCIES, n -> { }, sum);
                }
            }
        }
        return result;
    }

    public Table documents() {
        return Tables.documents(result().build(), ResultWriter.metaFields(result()));
    }

    public Table cleaning() {
        return Tables.cleaning(result().build().removals());
    }

    /** Top {@code top} terms per group (0 = all). */
    public Table frequencies(int top) {
        return Tables.frequencies(framelab.stats.Frequencies.byGroup(result().grouping(), top));
    }

    /** Keyness rows of a target against the rest, or against the named reference groups. */
    public List<KeynessRow> keynessRows(String target, String... reference) {
        var g = result().grouping();
        return reference.length == 0 ? Keyness.againstRest(g, target, request.keyness())
                : Keyness.against(g, target, List.of(reference), request.keyness());
    }

    public Table keyness(String target, String... reference) {
        return Tables.keyness(keynessRows(target, reference));
    }

    public Table kwic(String term, int window) {
        return Tables.kwic(Kwic.find(cleanedCorpus().corpus().documents(), request.groupBy(), request.analyzer(), term, window));
    }

    public Table collocates(String node, int window, int minCount) {
        return Tables.collocates(Collocates.find(cleanedCorpus().corpus().documents(), request.groupBy(), request.analyzer(),
                node, window, window, minCount));
    }

    /**
     * Tone per unit, per group (by {@link #groupBy()}) and toward actors, as the {@code sentiment}
     * command computes it on the cleaned documents; computed anew on every call. Tables:
     * {@code Tables.sentimentGroups(r.groups())} and its siblings; charts: {@code SentimentCharts}.
     */
    public SentimentResult sentiment(SentimentOptions options) {
        return SentimentAnalysis.run(cleanedCorpus().corpus().documents(), request.groupBy(), request.analyzer(), options);
    }

    /**
     * Actors, quotations, shared text and events with the bundled actor dictionary, as {@code ./framelab framing}
     * computes them on the cleaned documents; computed anew on every call. Tables: {@code RecordTables.of(…)}.
     */
    public framelab.framing.FramingResult framing(framelab.framing.FramingOptions options) {
        return framing(options, framelab.sentiment.lexicon.Lexicons.actors());
    }

    /** {@link #framing(framelab.framing.FramingOptions)} with another actor dictionary (null for none). */
    public framelab.framing.FramingResult framing(framelab.framing.FramingOptions options, framelab.sentiment.lexicon.CategoryLexicon actors) {
        return framelab.framing.Framing.run(cleanedCorpus().corpus().documents(), request.groupBy(), request.analyzer(), actors, options);
    }

    /** An HTML rendering of a table for {@code display("text/html", …)}. */
    public static String html(Table t, int maxRows) {
        return Tables.toHtml(t, maxRows);
    }
}
