package framelab.report;

import framelab.AnalysisResult;
import framelab.corpus.Removal;
import framelab.dtm.CorpusBuild;
import framelab.dtm.DocumentRecord;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            for (FrequencyRow r : rows) {
                w.text(r.groupBy()).text(r.group()).text(r.term()).number(r.count()).number(r.perMillion()).number(r.docFreq())
                        .number(r.rank()).endRow();
            }
        }
    }

    /**
     * keyness.csv. A row's numbers are functions of its 2×2 table, so the terms that share their counts share
     * them all (ABP news, CNN against the rest: 13,379 distinct among 194,628 rows); each distinct run of number
     * cells is formatted once and its bytes repeated, which saves most of the cost of Double's shortest form.
     */
    public static void keyness(Path file, CsvFormat f, List<KeynessRow> rows) {
        Map<KeynessNumbers, CsvWriter.Cells> formatted = new HashMap<>();
        try (CsvWriter w = CsvWriter.open(file, f, KEYNESS_COLUMNS)) {
            for (KeynessRow r : rows) {
                w.text(r.groupBy()).text(r.target()).text(r.reference()).text(r.term());
                KeynessNumbers key = new KeynessNumbers(r);
                CsvWriter.Cells numbers = formatted.get(key);
                if (numbers != null) {
                    w.cells(numbers);
                } else {
                    CsvWriter.Mark m = w.mark();
                    w.number(r.countTarget()).number(r.countReference()).number(r.totalTarget()).number(r.totalReference())
                            .number(r.g2()).number(r.p()).number(r.pAdjusted()).number(r.logRatio()).number(r.pctDiff())
                            .number(r.chi2()).number(r.logOddsZ());
                    formatted.put(key, w.cellsSince(m));
                }
                w.endRow();
            }
        }
    }

    /** The number columns of a keyness row (a record's equality compares the doubles exactly). */
    private record KeynessNumbers(long countTarget, long countReference, long totalTarget, long totalReference, double g2, double p,
                                  double pAdjusted, double logRatio, double pctDiff, double chi2, double logOddsZ) {
        KeynessNumbers(KeynessRow r) {
            this(r.countTarget(), r.countReference(), r.totalTarget(), r.totalReference(), r.g2(), r.p(), r.pAdjusted(), r.logRatio(),
                    r.pctDiff(), r.chi2(), r.logOddsZ());
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
                w.text(d.id()).text(d.status()).text(d.reason()).text(d.origin());
                for (String m : metaFields) w.text(d.meta().get(m));
                if (d.analysed()) {
                    w.number(d.chars()).number(d.units()).number(d.wordTokens()).number(d.terms());
                    for (double v : d.measures()) w.number(v);
                } else {
                    for (int i = 0; i < 4 + build.measureNames().size(); i++) w.missing();
                }
                w.endRow();
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
