package framelab.report;

import framelab.sentiment.ActorSummary;
import framelab.sentiment.GroupDifference;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentResult;
import framelab.sentiment.SentimentRow;
import java.nio.file.Path;
import java.util.List;

/** The four sentiment tables as tidy CSV (columns documented in results/README.md). */
public final class SentimentWriter {
    public static final List<String> UNIT_COLUMNS = List.of("doc_id", "unit", "unit_id", "group", "lexicon", "measure", "value");
    public static final List<String> GROUP_COLUMNS = List.of("group_by", "group", "lexicon", "measure", "n", "mean", "sd", "median",
            "ci_low", "ci_high", "share_positive", "share_negative");
    public static final List<String> DIFFERENCE_COLUMNS = List.of("group_by", "group_a", "group_b", "lexicon", "measure", "n_a", "n_b",
            "mean_diff", "ci_low", "ci_high", "u", "p", "p_adjusted", "cliffs_delta");
    public static final List<String> ACTOR_COLUMNS = List.of("group_by", "group", "actor", "context", "lexicon", "measure", "n", "mean",
            "sd", "ci_low", "ci_high");

    private SentimentWriter() {
    }

    /** Writes the four files into {@code dir}; returns their names. */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, SentimentResult r) {
        try (CsvWriter w = CsvWriter.open(dir.file("sentiment_units.csv"), f, UNIT_COLUMNS)) {
            for (SentimentRow x : r.units()) w.row(x.docId(), x.unit(), x.unitId(), x.group(), x.lexicon(), x.measure(), x.value());
        }
        try (CsvWriter w = CsvWriter.open(dir.file("sentiment_groups.csv"), f, GROUP_COLUMNS)) {
            for (GroupSummary x : r.groups()) {
                w.row(x.groupBy(), x.group(), x.lexicon(), x.measure(), x.n(), x.mean(), x.sd(), x.median(), x.ciLow(), x.ciHigh(),
                        x.sharePositive(), x.shareNegative());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("sentiment_differences.csv"), f, DIFFERENCE_COLUMNS)) {
            for (GroupDifference x : r.differences()) {
                w.row(x.groupBy(), x.groupA(), x.groupB(), x.lexicon(), x.measure(), x.nA(), x.nB(), x.meanDiff(), x.ciLow(), x.ciHigh(),
                        x.u(), x.p(), x.pAdjusted(), x.cliffsDelta());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file("sentiment_actors.csv"), f, ACTOR_COLUMNS)) {
            for (ActorSummary x : r.actors()) {
                w.row(x.groupBy(), x.group(), x.actor(), x.context(), x.lexicon(), x.measure(), x.n(), x.mean(), x.sd(), x.ciLow(), x.ciHigh());
            }
        }
        return List.of("sentiment_units.csv", "sentiment_groups.csv", "sentiment_differences.csv", "sentiment_actors.csv");
    }
}
