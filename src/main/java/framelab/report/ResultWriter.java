package framelab.report;

import framelab.AnalysisResult;
import framelab.corpus.Removal;
import framelab.dtm.CorpusBuild;
import framelab.dtm.DocumentRecord;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the spine's tables as tidy CSV with fixed, documented columns (results/README.md). */
public final class ResultWriter {
    public static final List<String> FREQUENCY_COLUMNS = List.of("group_by", "group", "term", "count", "per_million", "doc_freq", "rank");
    public static final List<String> KEYNESS_COLUMNS = List.of("group_by", "target", "reference", "term", "count_target",
            "count_reference", "total_target", "total_reference", "g2", "p", "p_adjusted", "log_ratio", "pct_diff", "chi2", "log_odds_z");
    /** Columns of documents.csv that a metadata field of the same name must not shadow (it gets a meta_ prefix). */
    static final List<String> FIXED_DOCUMENT_COLUMNS = List.of("doc_id", "status", "reason", "origin", "chars", "units",
            "tokens", "terms", "ttr", "mattr");
    public static final List<String> CLEANING_COLUMNS = List.of("doc_id", "rule", "chars", "excerpt");

    private ResultWriter() {
    }

    public static void frequencies(Path file, CsvFormat f, List<FrequencyRow> rows) {
        try (CsvWriter w = CsvWriter.open(file, f, FREQUENCY_COLUMNS)) {
            for (FrequencyRow r : rows) w.row(r.groupBy(), r.group(), r.term(), r.count(), r.perMillion(), r.docFreq(), r.rank());
        }
    }

    public static void keyness(Path file, CsvFormat f, List<KeynessRow> rows) {
        try (CsvWriter w = CsvWriter.open(file, f, KEYNESS_COLUMNS)) {
            for (KeynessRow r : rows) {
                w.row(r.groupBy(), r.target(), r.reference(), r.term(), r.countTarget(), r.countReference(), r.totalTarget(),
                        r.totalReference(), r.g2(), r.p(), r.pAdjusted(), r.logRatio(), r.pctDiff(), r.chi2(), r.logOddsZ());
            }
        }
    }

    public static void cleaning(Path file, CsvFormat f, List<Removal> rows) {
        try (CsvWriter w = CsvWriter.open(file, f, CLEANING_COLUMNS)) {
            for (Removal r : rows) w.row(r.docId(), r.rule(), r.chars(), r.excerpt());
        }
    }

    /**
     * documents.csv: one row per input document — id, status, reason, origin, the metadata fields,
     * then counts and lexical diversity. Skipped documents have empty counts.
     */
    public static void documents(Path file, CsvFormat f, CorpusBuild build, List<String> metaFields) {
        List<String> header = new ArrayList<>(List.of("doc_id", "status", "reason", "origin"));
        for (String m : metaFields) header.add(FIXED_DOCUMENT_COLUMNS.contains(m) ? "meta_" + m : m);
        header.addAll(List.of("chars", "units", "tokens", "terms"));
        header.addAll(build.measureNames());
        try (CsvWriter w = CsvWriter.open(file, f, header)) {
            for (DocumentRecord d : build.documents()) {
                List<Object> row = new ArrayList<>(List.of(d.id(), d.status(), d.reason(), d.origin()));
                for (String m : metaFields) row.add(d.meta().get(m));
                if (d.analysed()) {
                    row.addAll(List.of(d.chars(), d.units(), d.wordTokens(), d.terms()));
                    for (double v : d.measures()) row.add(v);
                } else {
                    for (int i = 0; i < 4 + build.measureNames().size(); i++) row.add(null);
                }
                w.row(row.toArray());
            }
        }
    }

    /** The metadata fields to show in documents.csv: those of the analysed documents, id first removed. */
    public static List<String> metaFields(AnalysisResult r) {
        List<String> fields = new ArrayList<>();
        for (DocumentRecord d : r.build().documents()) {
            for (String k : d.meta().fields().keySet()) if (!fields.contains(k)) fields.add(k);
        }
        fields.remove(r.request().read().idColumn());
        return fields;
    }
}
