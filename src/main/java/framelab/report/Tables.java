package framelab.report;

import framelab.corpus.Removal;
import framelab.dtm.CorpusBuild;
import framelab.dtm.DocumentRecord;
import framelab.sentiment.ActorSummary;
import framelab.sentiment.GroupDifference;
import framelab.sentiment.GroupSummary;
import framelab.sentiment.SentimentRow;
import framelab.stats.CollocateRow;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import framelab.stats.KwicRow;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The one place that builds Tablesaw tables (for notebooks), with the same column names as the CSV
 * files. Kept in one file so a later move to another dataframe library stays cheap.
 */
public final class Tables {
    private Tables() {
    }

    public static Table frequencies(List<FrequencyRow> rows) {
        return Table.create("frequencies",
                StringColumn.create("group_by", rows.stream().map(FrequencyRow::groupBy)),
                StringColumn.create("group", rows.stream().map(FrequencyRow::group)),
                StringColumn.create("term", rows.stream().map(FrequencyRow::term)),
                LongColumn.create("count", rows.stream().mapToLong(FrequencyRow::count).toArray()),
                DoubleColumn.create("per_million", rows.stream().mapToDouble(FrequencyRow::perMillion).toArray()),
                IntColumn.create("doc_freq", rows.stream().mapToInt(FrequencyRow::docFreq).toArray()),
                IntColumn.create("rank", rows.stream().mapToInt(FrequencyRow::rank).toArray()));
    }

    public static Table keyness(List<KeynessRow> rows) {
        return Table.create("keyness",
                StringColumn.create("group_by", rows.stream().map(KeynessRow::groupBy)),
                StringColumn.create("target", rows.stream().map(KeynessRow::target)),
                StringColumn.create("reference", rows.stream().map(KeynessRow::reference)),
                StringColumn.create("term", rows.stream().map(KeynessRow::term)),
                LongColumn.create("count_target", rows.stream().mapToLong(KeynessRow::countTarget).toArray()),
                LongColumn.create("count_reference", rows.stream().mapToLong(KeynessRow::countReference).toArray()),
                LongColumn.create("total_target", rows.stream().mapToLong(KeynessRow::totalTarget).toArray()),
                LongColumn.create("total_reference", rows.stream().mapToLong(KeynessRow::totalReference).toArray()),
                DoubleColumn.create("g2", rows.stream().mapToDouble(KeynessRow::g2).toArray()),
                DoubleColumn.create("p", rows.stream().mapToDouble(KeynessRow::p).toArray()),
                DoubleColumn.create("p_adjusted", rows.stream().mapToDouble(KeynessRow::pAdjusted).toArray()),
                DoubleColumn.create("log_ratio", rows.stream().mapToDouble(KeynessRow::logRatio).toArray()),
                DoubleColumn.create("pct_diff", rows.stream().mapToDouble(KeynessRow::pctDiff).toArray()),
                DoubleColumn.create("chi2", rows.stream().mapToDouble(KeynessRow::chi2).toArray()),
                DoubleColumn.create("log_odds_z", rows.stream().mapToDouble(KeynessRow::logOddsZ).toArray()));
    }

    public static Table cleaning(List<Removal> rows) {
        return Table.create("cleaning",
                StringColumn.create("doc_id", rows.stream().map(Removal::docId)),
                StringColumn.create("rule", rows.stream().map(Removal::rule)),
                IntColumn.create("chars", rows.stream().mapToInt(Removal::chars).toArray()),
                StringColumn.create("excerpt", rows.stream().map(Removal::excerpt)));
    }

    public static Table kwic(List<KwicRow> rows) {
        return Table.create("kwic",
                StringColumn.create("doc_id", rows.stream().map(KwicRow::docId)),
                StringColumn.create("group", rows.stream().map(KwicRow::group)),
                IntColumn.create("position", rows.stream().mapToInt(KwicRow::position).toArray()),
                IntColumn.create("char_start", rows.stream().mapToInt(KwicRow::charStart).toArray()),
                StringColumn.create("left", rows.stream().map(KwicRow::left)),
                StringColumn.create("keyword", rows.stream().map(KwicRow::keyword)),
                StringColumn.create("right", rows.stream().map(KwicRow::right)));
    }

    public static Table collocates(List<CollocateRow> rows) {
        return Table.create("collocates",
                StringColumn.create("group_by", rows.stream().map(CollocateRow::groupBy)),
                StringColumn.create("group", rows.stream().map(CollocateRow::group)),
                StringColumn.create("node", rows.stream().map(CollocateRow::node)),
                StringColumn.create("collocate", rows.stream().map(CollocateRow::collocate)),
                LongColumn.create("observed", rows.stream().mapToLong(CollocateRow::observed).toArray()),
                DoubleColumn.create("expected", rows.stream().mapToDouble(CollocateRow::expected).toArray()),
                DoubleColumn.create("mi", rows.stream().mapToDouble(CollocateRow::mi).toArray()),
                DoubleColumn.create("t_score", rows.stream().mapToDouble(CollocateRow::tScore).toArray()),
                DoubleColumn.create("log_dice", rows.stream().mapToDouble(CollocateRow::logDice).toArray()),
                DoubleColumn.create("g2", rows.stream().mapToDouble(CollocateRow::g2).toArray()));
    }

    /** sentiment_units.csv as a table. */
    public static Table sentimentUnits(List<SentimentRow> rows) {
        return Table.create("sentiment_units",
                StringColumn.create("doc_id", rows.stream().map(SentimentRow::docId)),
                StringColumn.create("unit", rows.stream().map(SentimentRow::unit)),
                StringColumn.create("unit_id", rows.stream().map(SentimentRow::unitId)),
                StringColumn.create("group", rows.stream().map(SentimentRow::group)),
                StringColumn.create("lexicon", rows.stream().map(SentimentRow::lexicon)),
                StringColumn.create("measure", rows.stream().map(SentimentRow::measure)),
                DoubleColumn.create("value", rows.stream().mapToDouble(SentimentRow::value).toArray()));
    }

    /** sentiment_groups.csv as a table. */
    public static Table sentimentGroups(List<GroupSummary> rows) {
        return Table.create("sentiment_groups",
                StringColumn.create("group_by", rows.stream().map(GroupSummary::groupBy)),
                StringColumn.create("group", rows.stream().map(GroupSummary::group)),
                StringColumn.create("lexicon", rows.stream().map(GroupSummary::lexicon)),
                StringColumn.create("measure", rows.stream().map(GroupSummary::measure)),
                IntColumn.create("n", rows.stream().mapToInt(GroupSummary::n).toArray()),
                DoubleColumn.create("mean", rows.stream().mapToDouble(GroupSummary::mean).toArray()),
                DoubleColumn.create("sd", rows.stream().mapToDouble(GroupSummary::sd).toArray()),
                DoubleColumn.create("median", rows.stream().mapToDouble(GroupSummary::median).toArray()),
                DoubleColumn.create("ci_low", rows.stream().mapToDouble(GroupSummary::ciLow).toArray()),
                DoubleColumn.create("ci_high", rows.stream().mapToDouble(GroupSummary::ciHigh).toArray()),
                DoubleColumn.create("share_positive", rows.stream().mapToDouble(GroupSummary::sharePositive).toArray()),
                DoubleColumn.create("share_negative", rows.stream().mapToDouble(GroupSummary::shareNegative).toArray()));
    }

    /** sentiment_differences.csv as a table. */
    public static Table sentimentDifferences(List<GroupDifference> rows) {
        return Table.create("sentiment_differences",
                StringColumn.create("group_by", rows.stream().map(GroupDifference::groupBy)),
                StringColumn.create("group_a", rows.stream().map(GroupDifference::groupA)),
                StringColumn.create("group_b", rows.stream().map(GroupDifference::groupB)),
                StringColumn.create("lexicon", rows.stream().map(GroupDifference::lexicon)),
                StringColumn.create("measure", rows.stream().map(GroupDifference::measure)),
                IntColumn.create("n_a", rows.stream().mapToInt(GroupDifference::nA).toArray()),
                IntColumn.create("n_b", rows.stream().mapToInt(GroupDifference::nB).toArray()),
                DoubleColumn.create("mean_diff", rows.stream().mapToDouble(GroupDifference::meanDiff).toArray()),
                DoubleColumn.create("ci_low", rows.stream().mapToDouble(GroupDifference::ciLow).toArray()),
                DoubleColumn.create("ci_high", rows.stream().mapToDouble(GroupDifference::ciHigh).toArray()),
                DoubleColumn.create("u", rows.stream().mapToDouble(GroupDifference::u).toArray()),
                DoubleColumn.create("p", rows.stream().mapToDouble(GroupDifference::p).toArray()),
                DoubleColumn.create("p_adjusted", rows.stream().mapToDouble(GroupDifference::pAdjusted).toArray()),
                DoubleColumn.create("cliffs_delta", rows.stream().mapToDouble(GroupDifference::cliffsDelta).toArray()));
    }

    /** sentiment_actors.csv as a table. */
    public static Table sentimentActors(List<ActorSummary> rows) {
        return Table.create("sentiment_actors",
                StringColumn.create("group_by", rows.stream().map(ActorSummary::groupBy)),
                StringColumn.create("group", rows.stream().map(ActorSummary::group)),
                StringColumn.create("actor", rows.stream().map(ActorSummary::actor)),
                StringColumn.create("context", rows.stream().map(ActorSummary::context)),
                StringColumn.create("lexicon", rows.stream().map(ActorSummary::lexicon)),
                StringColumn.create("measure", rows.stream().map(ActorSummary::measure)),
                IntColumn.create("n", rows.stream().mapToInt(ActorSummary::n).toArray()),
                DoubleColumn.create("mean", rows.stream().mapToDouble(ActorSummary::mean).toArray()),
                DoubleColumn.create("sd", rows.stream().mapToDouble(ActorSummary::sd).toArray()),
                DoubleColumn.create("ci_low", rows.stream().mapToDouble(ActorSummary::ciLow).toArray()),
                DoubleColumn.create("ci_high", rows.stream().mapToDouble(ActorSummary::ciHigh).toArray()));
    }

    /** documents.csv as a table: id, status, reason, the given metadata fields, counts and lexical diversity. */
    public static Table documents(CorpusBuild b, List<String> metaFields) {
        List<DocumentRecord> d = b.documents();
        Table t = Table.create("documents",
                StringColumn.create("doc_id", d.stream().map(DocumentRecord::id)),
                StringColumn.create("status", d.stream().map(DocumentRecord::status)),
                StringColumn.create("reason", d.stream().map(DocumentRecord::reason)));
        for (String m : metaFields) t.addColumns(StringColumn.create(m, d.stream().map(x -> x.meta().get(m))));
        t.addColumns(IntColumn.create("tokens", d.stream().mapToInt(DocumentRecord::wordTokens).toArray()),
                IntColumn.create("terms", d.stream().mapToInt(DocumentRecord::terms).toArray()));
        for (int i = 0; i < b.measureNames().size(); i++) {
            int k = i;
            t.addColumns(DoubleColumn.create(b.measureNames().get(i),
                    d.stream().mapToDouble(x -> x.measures().length > k ? x.measures()[k] : Double.NaN).toArray()));
        }
        return t;
    }

    /** A table as an HTML fragment (tablesaw-core has no HTML writer), first {@code maxRows} rows, text escaped. */
    public static String toHtml(Table t, int maxRows) {
        StringBuilder sb = new StringBuilder("<table class=\"framelab\"><thead><tr>");
        for (String c : t.columnNames()) sb.append("<th>").append(escape(c)).append("</th>");
        sb.append("</tr></thead><tbody>");
        int n = Math.min(maxRows, t.rowCount());
        for (int r = 0; r < n; r++) {
            sb.append("<tr>");
            for (int c = 0; c < t.columnCount(); c++) {
                var col = t.column(c);
                String v = col instanceof DoubleColumn dc ? formatNumber(dc.getDouble(r)) : col.getString(r);
                boolean numeric = !(col instanceof StringColumn);
                sb.append(numeric ? "<td style=\"text-align:right\">" : "<td>").append(escape(v)).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        if (t.rowCount() > n) sb.append("<p><i>… ").append(t.rowCount() - n).append(" more rows</i></p>");
        return sb.toString();
    }

    static String formatNumber(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return Long.toString((long) v);
        if (v != 0 && Math.abs(v) < 1e-3) return String.format(java.util.Locale.ROOT, "%.2e", v);
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
