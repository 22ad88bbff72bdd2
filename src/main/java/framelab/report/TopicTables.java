package framelab.report;

import framelab.topics.TopicDifferenceRow;
import framelab.topics.TopicExampleRow;
import framelab.topics.TopicModelResult;
import framelab.topics.TopicModelRow;
import framelab.topics.TopicQualityRow;
import framelab.topics.TopicRun;
import framelab.topics.TopicShareRow;
import framelab.topics.TopicTermRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tablesaw tables of a topic run for notebooks, with the column names of the topic CSV files
 * (results/README.md). Kept apart from {@link Tables} only because topics are a separate module;
 * like it, this is the one place topic tables are built.
 */
public final class TopicTables {
    private TopicTables() {
    }

    /** topic_models.csv: one row per model (the columns that matter for choosing K). */
    public static Table models(TopicRun run) {
        List<TopicModelRow> r = run.models().stream().map(TopicModelResult::summary).toList();
        return Table.create("topic_models",
                StringColumn.create("model", r.stream().map(TopicModelRow::model)),
                IntColumn.create("k", r.stream().mapToInt(TopicModelRow::k).toArray()),
                StringColumn.create("unit", r.stream().map(TopicModelRow::unit)),
                IntColumn.create("units", r.stream().mapToInt(TopicModelRow::units).toArray()),
                LongColumn.create("tokens", r.stream().mapToLong(TopicModelRow::tokens).toArray()),
                DoubleColumn.create("ll_per_token", r.stream().mapToDouble(TopicModelRow::llPerToken).toArray()),
                DoubleColumn.create("mean_coherence_umass", r.stream().mapToDouble(TopicModelRow::meanCoherenceUmass).toArray()),
                DoubleColumn.create("mean_coherence_npmi", r.stream().mapToDouble(TopicModelRow::meanCoherenceNpmi).toArray()),
                DoubleColumn.create("mean_exclusivity", r.stream().mapToDouble(TopicModelRow::meanExclusivity).toArray()));
    }

    /** topic_quality.csv plus a {@code terms} column with the top {@code terms} terms, for reading topics at a glance. */
    public static Table quality(TopicModelResult m, int terms) {
        Map<Integer, List<String>> top = new LinkedHashMap<>();
        for (TopicTermRow t : m.terms()) if (t.rank() <= terms) top.computeIfAbsent(t.topic(), x -> new ArrayList<>()).add(t.term());
        List<TopicQualityRow> r = m.quality();
        return Table.create(m.name() + " topics",
                IntColumn.create("topic", r.stream().mapToInt(TopicQualityRow::topic).toArray()),
                StringColumn.create("label", r.stream().map(TopicQualityRow::label)),
                StringColumn.create("terms", r.stream().map(q -> String.join(", ", top.getOrDefault(q.topic(), List.of())))),
                DoubleColumn.create("size", r.stream().mapToDouble(TopicQualityRow::size).toArray()),
                DoubleColumn.create("share", r.stream().mapToDouble(TopicQualityRow::share).toArray()),
                IntColumn.create("units", r.stream().mapToInt(TopicQualityRow::units).toArray()),
                DoubleColumn.create("coherence_umass", r.stream().mapToDouble(TopicQualityRow::coherenceUmass).toArray()),
                DoubleColumn.create("coherence_npmi", r.stream().mapToDouble(TopicQualityRow::coherenceNpmi).toArray()),
                DoubleColumn.create("exclusivity", r.stream().mapToDouble(TopicQualityRow::exclusivity).toArray()));
    }

    /** topic_groups.csv rows. */
    public static Table shares(List<TopicShareRow> r) {
        return Table.create("topic_groups",
                StringColumn.create("model", r.stream().map(TopicShareRow::model)),
                StringColumn.create("group_by", r.stream().map(TopicShareRow::groupBy)),
                StringColumn.create("group", r.stream().map(TopicShareRow::group)),
                IntColumn.create("topic", r.stream().mapToInt(TopicShareRow::topic).toArray()),
                StringColumn.create("label", r.stream().map(TopicShareRow::label)),
                IntColumn.create("units", r.stream().mapToInt(TopicShareRow::units).toArray()),
                DoubleColumn.create("share", r.stream().mapToDouble(TopicShareRow::share).toArray()),
                DoubleColumn.create("ci_low", r.stream().mapToDouble(TopicShareRow::ciLow).toArray()),
                DoubleColumn.create("ci_high", r.stream().mapToDouble(TopicShareRow::ciHigh).toArray()));
    }

    /** topic_differences.csv rows. */
    public static Table differences(List<TopicDifferenceRow> r) {
        return Table.create("topic_differences",
                IntColumn.create("topic", r.stream().mapToInt(TopicDifferenceRow::topic).toArray()),
                StringColumn.create("label", r.stream().map(TopicDifferenceRow::label)),
                StringColumn.create("high_group", r.stream().map(TopicDifferenceRow::highGroup)),
                DoubleColumn.create("high_share", r.stream().mapToDouble(TopicDifferenceRow::highShare).toArray()),
                StringColumn.create("low_group", r.stream().map(TopicDifferenceRow::lowGroup)),
                DoubleColumn.create("low_share", r.stream().mapToDouble(TopicDifferenceRow::lowShare).toArray()),
                DoubleColumn.create("difference", r.stream().mapToDouble(TopicDifferenceRow::difference).toArray()),
                DoubleColumn.create("ci_low", r.stream().mapToDouble(TopicDifferenceRow::ciLow).toArray()),
                DoubleColumn.create("ci_high", r.stream().mapToDouble(TopicDifferenceRow::ciHigh).toArray()),
                DoubleColumn.create("eta_squared", r.stream().mapToDouble(TopicDifferenceRow::etaSquared).toArray()));
    }

    /** topic_examples.csv rows. */
    public static Table examples(List<TopicExampleRow> r) {
        return Table.create("topic_examples",
                IntColumn.create("topic", r.stream().mapToInt(TopicExampleRow::topic).toArray()),
                IntColumn.create("rank", r.stream().mapToInt(TopicExampleRow::rank).toArray()),
                StringColumn.create("unit_id", r.stream().map(TopicExampleRow::unitId)),
                StringColumn.create("group", r.stream().map(TopicExampleRow::group)),
                DoubleColumn.create("proportion", r.stream().mapToDouble(TopicExampleRow::proportion).toArray()),
                DoubleColumn.create("centroid_similarity", r.stream().mapToDouble(TopicExampleRow::similarity).toArray()),
                StringColumn.create("excerpt", r.stream().map(TopicExampleRow::excerpt)));
    }
}
