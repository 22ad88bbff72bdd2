package framelab.cli;

import framelab.Analysis;
import framelab.AnalysisResult;
import framelab.corpus.Corpora;
import framelab.report.CsvFormat;
import framelab.report.ResultsDirectory;
import framelab.report.TopicSection;
import framelab.report.TopicWriter;
import framelab.stats.Bootstrap;
import framelab.topics.Method;
import framelab.topics.TopicModelResult;
import framelab.topics.TopicRequest;
import framelab.topics.TopicRun;
import framelab.topics.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Topic clusters per outlet: LDA (MALLET) or k-means / Ward clustering (Smile), with shares by group and quality measures. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = {"Topics per group: LDA (MALLET) or clustering (Smile) of documents or paragraphs, with shares by group, "
                + "quality and examples.",
                "Writes topic_models.csv, topics.csv, topic_quality.csv, topic_groups.csv, topic_differences.csv, topic_units.csv, "
                        + "topic_examples.csv, topic_trace.csv, topics.html (+ documents.csv, cleaning.csv, run.json).",
                "Same --seed and --threads 1 give identical files; with more threads LDA is reproducible only for the same thread count."})
final class TopicsCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();
    @Mixin ModelOptions model = new ModelOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "results", paramLabel = "DIR", description = "Results directory (replaced atomically). Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--excel", description = "CSV for Excel: UTF-8 byte-order mark and CRLF line ends.")
    boolean excel;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "LDA sampler threads (MALLET's --num-threads). 1 = reproducible everywhere; N > 1 is faster, gives a different model, "
                    + "reproducible only with the same N. Counting always uses every core. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--export-tokens", paramLabel = "FILE",
            description = "Also write the modelled units as MALLET's one-instance-per-line text (id TAB group TAB tokens), to run MALLET on exactly these tokens.")
    Path exportTokens;

    @Override
    public Integer call() {
        OutputOptions o = new OutputOptions();
        o.out = out;
        o.excel = excel;
        o.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        TopicRequest req = model.request(threads);
        PrintWriter err = spec.commandLine().getErr();
        var request = RunSupport.request(corpus, analyzer, null, o, 0);
        RunSupport.runAndWrite("topics", request, Analysis.Tables.NONE, o, spec.commandLine().getOut(), err, (r, dir) -> {
            TopicRun run = fit(r, req, exportTokens, err);
            List<String> files = new ArrayList<>(TopicWriter.write(dir, o.csv(), run));
            TopicSection.writePage(dir.file("topics.html"), run, String.valueOf(r.request().corpus().getFileName()));
            files.add("topics.html");
            return files;
        });
        return 0;
    }

    /** Fits the topics of an analysis, printing a line per model and the notes on stderr. */
    static TopicRun fit(AnalysisResult r, TopicRequest req, Path exportTokens, PrintWriter err) {
        if (exportTokens != null) {
            framelab.topics.TopicInput.of(r.build().dtm(), r.request().groupBy()).writeMalletText(exportTokens);
            err.println("framelab: wrote the modelled units' tokens to " + exportTokens);
        }
        long t0 = System.nanoTime();
        long[] last = {t0};
        TopicRun run = Topics.fit(r, Corpora.open(r.request().corpus(), r.request().read()), req, m -> {
            long now = System.nanoTime();
            err.println(summary(m, (now - last[0]) / 1e9));
            last[0] = now;
        });
        for (String n : run.notes()) err.println("framelab: note: " + n);
        return run;
    }

    private static String summary(TopicModelResult m, double seconds) {
        var s = m.summary();
        String ll = Double.isNaN(s.llPerToken()) ? "" : String.format(Locale.ROOT, "LL/token %.4f, ", s.llPerToken());
        return String.format(Locale.ROOT, "framelab topics: %s on %,d %s units: %smean coherence UMass %.3f / NPMI %.3f, exclusivity %.3f "
                + "(%.1f s, of which %s %.1f s)", m.name(), s.units(), s.unit(), ll, s.meanCoherenceUmass(), s.meanCoherenceNpmi(), s.meanExclusivity(),
                seconds, m.method() == Method.LDA ? "sampling" : "clustering", m.fitMillis() / 1000.0);
    }

    /** The model options shared by {@code topics} and {@code analyze --topics}. */
    static final class ModelOptions {
        @Option(names = "--method", defaultValue = "lda", paramLabel = "lda|kmeans|hierarchical",
                description = "LDA topic model (MALLET), k-means or Ward hierarchical clustering of TF-IDF vectors (Smile). Default: ${DEFAULT-VALUE}")
        String method;

        @Option(names = "--k", defaultValue = "10", split = ",", paramLabel = "K",
                description = "Number(s) of topics; several (e.g. 5,10,20) fit one model each, with a quality row per K. Default: ${DEFAULT-VALUE}")
        List<Integer> ks;

        @Option(names = "--iterations", paramLabel = "N", description = "LDA: Gibbs sampling iterations (default 1000); k-means: at most N iterations per run (default 100).")
        Integer iterations;

        @Option(names = "--alpha", defaultValue = "5.0", paramLabel = "SUM", description = "LDA: sum of the document-topic prior over topics (MALLET's --alpha). Default: ${DEFAULT-VALUE}")
        double alpha;

        @Option(names = "--beta", defaultValue = "0.01", description = "LDA: topic-word prior (MALLET's --beta). Default: ${DEFAULT-VALUE}")
        double beta;

        @Option(names = "--optimize-interval", defaultValue = "10", paramLabel = "N",
                description = "LDA: re-estimate the priors every N iterations after the burn-in (0 = never). Default: ${DEFAULT-VALUE}")
        int optimizeInterval;

        @Option(names = "--optimize-burn-in", paramLabel = "N", description = "LDA: iterations before the first optimisation (default 200, or half the iterations when fewer than 400).")
        Integer burnIn;

        @Option(names = "--seed", defaultValue = "" + TopicRequest.DEFAULT_SEED, description = "Random seed (>= 1; never the clock). Default: ${DEFAULT-VALUE}")
        int seed;

        @Option(names = "--top-terms", defaultValue = "20", paramLabel = "N", description = "Terms per topic in topics.csv. Default: ${DEFAULT-VALUE}")
        int topTerms;

        @Option(names = "--examples", defaultValue = "5", paramLabel = "N", description = "Representative units per topic in topic_examples.csv. Default: ${DEFAULT-VALUE}")
        int examples;

        @Option(names = "--features", defaultValue = "2000", paramLabel = "N", description = "Clustering: TF-IDF features (the terms in most units). Default: ${DEFAULT-VALUE}")
        int features;

        @Option(names = "--restarts", defaultValue = "10", paramLabel = "N", description = "k-means: runs from different seeds, the best kept. Default: ${DEFAULT-VALUE}")
        int restarts;

        @Option(names = "--min-group-units", defaultValue = "5", paramLabel = "N",
                description = "topic_differences.csv: compare only groups with at least N units. Default: ${DEFAULT-VALUE}")
        int minGroupUnits;

        TopicRequest request(int threads) {
            Method m = Method.parse(method);
            int iter = iterations != null ? iterations : m == Method.LDA ? 1000 : 100;
            return new TopicRequest(m, ks, iter, alpha, beta, optimizeInterval, burnIn == null ? TopicRequest.AUTO : burnIn, threads, seed,
                    topTerms, examples, features, restarts, minGroupUnits, Bootstrap.DEFAULT);
        }
    }

    /** {@code analyze --topics}: the topic files and a topics section in report.html, on the analysis' own units. */
    static final class AnalyzeTopics {
        @Option(names = "--topics", description = "Also fit topics (see `framelab topics --help`) on the analysis units and add them to report.html.")
        boolean enabled;

        @Option(names = "--topic-threads", defaultValue = "1", paramLabel = "N", description = "With --topics: LDA sampler threads (as --threads of `topics`). Default: ${DEFAULT-VALUE}")
        int threads;

        @Mixin ModelOptions model = new ModelOptions();

        /** The topic run, or null without --topics. */
        TopicRun fit(AnalysisResult r, PrintWriter err) {
            return enabled ? TopicsCommand.fit(r, model.request(threads), null, err) : null;
        }

        /** Writes the topic files when there is a run; returns their names. */
        List<String> write(TopicRun run, ResultsDirectory dir, CsvFormat f) {
            return run == null ? List.of() : TopicWriter.write(dir, f, run);
        }
    }
}
