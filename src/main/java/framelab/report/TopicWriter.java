package framelab.report;

import framelab.dtm.DocumentTermMatrix;
import framelab.topics.TopicDifferenceRow;
import framelab.topics.TopicExampleRow;
import framelab.topics.TopicModelResult;
import framelab.topics.TopicModelRow;
import framelab.topics.TopicQualityRow;
import framelab.topics.TopicRun;
import framelab.topics.TopicShareRow;
import framelab.topics.TopicTermRow;
import java.util.List;

/**
 * Writes a topic run as tidy CSV with fixed, documented columns (results/README.md). Every file
 * starts with {@code model} (e.g. {@code lda_k10}) and {@code k}, so the models of several K or
 * methods can share one file. Nothing in these files depends on timing: two runs with the same
 * input, request and thread count write identical bytes.
 */
public final class TopicWriter {
    public static final List<String> FILES = List.of("topic_models.csv", "topics.csv", "topic_quality.csv", "topic_groups.csv",
            "topic_differences.csv", "topic_units.csv", "topic_examples.csv", "topic_trace.csv");
    public static final List<String> MODEL_COLUMNS = List.of("model", "method", "k", "unit", "units", "units_excluded", "tokens",
            "vocabulary", "features", "iterations", "seed", "threads", "alpha_sum", "beta", "optimize_interval", "optimize_burn_in",
            "restarts", "alpha_sum_fitted", "beta_fitted", "ll_per_token", "mean_coherence_umass", "mean_coherence_npmi",
            "mean_exclusivity", "note");
    public static final List<String> TERM_COLUMNS = List.of("model", "k", "topic", "rank", "term", "weight");
    public static final List<String> QUALITY_COLUMNS = List.of("model", "k", "topic", "label", "size", "share", "units",
            "coherence_umass", "coherence_npmi", "exclusivity", "alpha");
    public static final List<String> GROUP_COLUMNS = List.of("model", "k", "group_by", "group", "topic", "label", "units", "share",
            "ci_low", "ci_high");
    public static final List<String> DIFFERENCE_COLUMNS = List.of("model", "k", "group_by", "topic", "label", "high_group", "high_share",
            "low_group", "low_share", "difference", "ci_low", "ci_high", "eta_squared", "groups_compared");
    public static final List<String> UNIT_COLUMNS = List.of("model", "k", "doc_id", "unit_id", "group", "topic", "proportion");
    public static final List<String> EXAMPLE_COLUMNS = List.of("model", "k", "topic", "label", "rank", "doc_id", "unit_id", "group",
            "proportion", "centroid_similarity", "excerpt");
    public static final List<String> TRACE_COLUMNS = List.of("model", "k", "iteration", "ll_per_token");

    private TopicWriter() {
    }

    /** Writes every topic file into the results directory; returns their names. */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, TopicRun run) {
        models(dir.file("topic_models.csv"), f, run);
        try (CsvWriter w = CsvWriter.open(dir.file("topics.csv"), f, TERM_COLUMNS)) {
            for (TopicModelResult m : run.models()) {
                for (TopicTermRow r : m.terms()) w.row(r.model(), r.k(), r.topic(), r.rank(), r.term(), r.weight());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("topic_quality.csv"), f, QUALITY_COLUMNS)) {
            for (TopicModelResult m : run.models()) {
                for (TopicQualityRow r : m.quality()) {
                    w.row(r.model(), r.k(), r.topic(), r.label(), r.size(), r.share(), r.units(), r.coherenceUmass(), r.coherenceNpmi(),
                            r.exclusivity(), r.alpha());
                }
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("topic_groups.csv"), f, GROUP_COLUMNS)) {
            for (TopicModelResult m : run.models()) for (TopicShareRow r : m.shares()) shareRow(w, r);
        }
        try (CsvWriter w = CsvWriter.open(dir.file("topic_differences.csv"), f, DIFFERENCE_COLUMNS)) {
            for (TopicModelResult m : run.models()) {
                for (TopicDifferenceRow r : m.differences()) {
                    w.row(r.model(), r.k(), r.groupBy(), r.topic(), r.label(), r.highGroup(), r.highShare(), r.lowGroup(), r.lowShare(),
                            r.difference(), r.ciLow(), r.ciHigh(), r.etaSquared(), r.groupsCompared());
                }
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("topic_units.csv"), f, UNIT_COLUMNS)) {
            for (TopicModelResult m : run.models()) {
                Object name = m.name();
                Object k = m.k();
                for (int u = 0; u < m.units(); u++) {
                    DocumentTermMatrix.RowInfo info = m.unit(u);
                    String group = m.group(u);
                    for (int t = 1; t <= m.k(); t++) {
                        double p = m.proportion(u, t);
                        if (m.method().hard() && p == 0) continue;
                        w.row(name, k, info.docId(), info.unitId(), group, t, p);
                    }
                }
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("topic_examples.csv"), f, EXAMPLE_COLUMNS)) {
            for (TopicModelResult m : run.models()) {
                for (TopicExampleRow r : m.examples()) {
                    w.row(r.model(), r.k(), r.topic(), r.label(), r.rank(), r.docId(), r.unitId(), r.group(), r.proportion(), r.similarity(),
                            r.excerpt());
                }
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("topic_trace.csv"), f, TRACE_COLUMNS)) {
            for (TopicModelResult m : run.models()) for (double[] t : m.trace()) w.row(m.name(), m.k(), (int) t[0], t[1]);
        }
        return FILES;
    }

    static void shareRow(CsvWriter w, TopicShareRow r) {
        w.row(r.model(), r.k(), r.groupBy(), r.group(), r.topic(), r.label(), r.units(), r.share(), r.ciLow(), r.ciHigh());
    }

    private static void models(java.nio.file.Path file, CsvFormat f, TopicRun run) {
        try (CsvWriter w = CsvWriter.open(file, f, MODEL_COLUMNS)) {
            for (TopicModelResult m : run.models()) {
                TopicModelRow r = m.summary();
                w.row(r.model(), r.method(), r.k(), r.unit(), r.units(), r.unitsExcluded(), r.tokens(), r.vocabulary(), r.features(),
                        r.iterations(), r.seed(), r.threads(), r.alphaSum(), r.beta(), r.optimizeInterval(), r.optimizeBurnIn(), r.restarts(),
                        r.alphaSumFitted(), r.betaFitted(), r.llPerToken(), r.meanCoherenceUmass(), r.meanCoherenceNpmi(), r.meanExclusivity(),
                        r.note());
            }
        }
    }
}
