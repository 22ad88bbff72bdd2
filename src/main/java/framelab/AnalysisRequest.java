package framelab;

import framelab.corpus.Cleaner;
import framelab.corpus.ReadOptions;
import framelab.stats.KeynessOptions;
import framelab.text.Analyzer;
import framelab.text.Unit;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything that determines an analysis run; written to run.json so the run can be repeated.
 *
 * @param target     {@code each} (every group against the rest) or a group value of {@code groupBy}
 * @param reference  reference groups; empty = all other groups
 * @param top        frequencies: keep the top N terms per group (0 = all)
 * @param threads    worker threads for counting (results do not depend on it)
 */
public record AnalysisRequest(Path corpus, ReadOptions read, Cleaner cleaner, Analyzer analyzer, Unit unit,
                              String groupBy, String target, List<String> reference, KeynessOptions keyness,
                              int top, int threads) {
    public AnalysisRequest {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(target, "target");
        reference = List.copyOf(reference);
        Objects.requireNonNull(keyness, "keyness");
        if (top < 0) throw new IllegalArgumentException("top must be >= 0 (0 = all), got " + top);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        if (target.equals("each") && !reference.isEmpty()) {
            throw new IllegalArgumentException("--reference needs a single --target group, not 'each'");
        }
    }

    /** The defaults of {@code ./framelab analyze}: bundled cleaning, Snowball stopwords, documents, by source, each vs rest. */
    public static AnalysisRequest defaults(Path corpus) {
        return new AnalysisRequest(corpus, ReadOptions.DEFAULTS, Cleaner.defaults(), Analyzer.defaults(), Unit.DOCUMENT,
                "source", "each", List.of(), KeynessOptions.DEFAULTS, 0, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public AnalysisRequest withGroupBy(String g) {
        return new AnalysisRequest(corpus, read, cleaner, analyzer, unit, g, target, reference, keyness, top, threads);
    }

    public AnalysisRequest withTarget(String t, List<String> ref) {
        return new AnalysisRequest(corpus, read, cleaner, analyzer, unit, groupBy, t, ref, keyness, top, threads);
    }

    public AnalysisRequest withAnalyzer(Analyzer a) {
        return new AnalysisRequest(corpus, read, cleaner, a, unit, groupBy, target, reference, keyness, top, threads);
    }

    public AnalysisRequest withCleaner(Cleaner c) {
        return new AnalysisRequest(corpus, read, c, analyzer, unit, groupBy, target, reference, keyness, top, threads);
    }

    public AnalysisRequest withThreads(int n) {
        return new AnalysisRequest(corpus, read, cleaner, analyzer, unit, groupBy, target, reference, keyness, top, n);
    }
}
