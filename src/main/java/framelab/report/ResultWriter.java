package framelab.report;

import framelab.AnalysisResult;
import framelab.corpus.Removal;
import framelab.dtm.CorpusBuild;
import framelab.dtm.DocumentRecord;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    public static void keyness(Path file, CsvFormat f, List<KeynessRow> rows) {
        try (CsvWriter w = CsvWriter.open(file, f, KEYNESS_COLUMNS)) {
            KeynessRowWriter out = new KeynessRowWriter(w);
            for (KeynessRow r : rows) out.write(r);
        }
    }

    /**
     * Writes keyness rows, repeating the previous row's formatted number cells when its numbers are the same.
     * A row's numbers are functions of its 2×2 table, and rows come sorted by G², so the terms that share their
     * counts (13,379 distinct among 194,628 rows on ABP news, CNN against the rest) follow one another: most rows
     * copy bytes instead of formatting seven doubles. One small method per row, which the JIT compiles quickly
     * (a loop holding all of it took the C2 compiler 0.15-0.3 s, by JFR, on ABP news).
     */
    private static final class KeynessRowWriter {
        private final CsvWriter w;
        private KeynessRow last;
        private CsvWriter.Cells lastNumbers;

        KeynessRowWriter(CsvWriter w) {
            this.w = w;
        }

        void write(KeynessRow r) {
            w.text(r.groupBy()).text(r.target()).text(r.reference()).text(r.term());
            if (last != null && sameNumbers(last, r)) {
                w.cells(lastNumbers);
            } else {
                // (one call of each kind in a loop: the JIT compiles one copy of each instead of eleven)
                CsvWriter.Mark m = w.mark();
                for (long c : new long[] {r.countTarget(), r.countReference(), r.totalTarget(), r.totalReference()}) w.number(c);
                for (double v : new double[] {r.g2(), r.p(), r.pAdjusted(), r.logRatio(), r.pctDiff(), r.chi2(), r.logOddsZ()}) w.number(v);
                lastNumbers = w.cellsSince(m);
                last = r;
            }
            w.endRow();
        }

        private static boolean sameNumbers(KeynessRow x, KeynessRow y) {
            return x.countTarget() == y.countTarget() && x.countReference() == y.countReference() && x.totalTarget() == y.totalTarget()
                    && x.totalReference() == y.totalReference() && same(x.g2(), y.g2()) && same(x.p(), y.p())
                    && same(x.pAdjusted(), y.pAdjusted()) && same(x.logRatio(), y.logRatio()) && same(x.pctDiff(), y.pctDiff())
                    && same(x.chi2(), y.chi2()) && same(x.logOddsZ(), y.logOddsZ());
        }

        private static boolean same(double x, double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
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
        // the cells of a row go through one call of each kind in a loop: the JIT compiles one copy of each
        // (a copy per column took the C2 compiler 0.3 s, longer than writing the file)
        String[] texts = new String[4 + metaFields.size()];
        long[] counts = new long[4];
        int empty = 4 + build.measureNames().size();
        try (CsvWriter w = CsvWriter.open(file, f, header)) {
            for (DocumentRecord d : build.documents()) {
                texts[0] = d.id();
                texts[1] = d.status();
                texts[2] = d.reason();
                texts[3] = d.origin();
                for (int i = 0; i < metaFields.size(); i++) texts[4 + i] = d.meta().get(metaFields.get(i));
                for (String t : texts) w.text(t);
                if (d.analysed()) {
                    counts[0] = d.chars();
                    counts[1] = d.units();
                    counts[2] = d.wordTokens();
                    counts[3] = d.terms();
                    for (long c : counts) w.number(c);
                    for (double v : d.measures()) w.number(v);
                } else {
                    for (int i = 0; i < empty; i++) w.missing();
                }
                w.endRow();
            }
        }
    }

    /** The metadata fields to show in documents.csv: those of the analysed documents, id first removed. */
    public static List<String> metaFields(AnalysisResult r) {
        Set<String> fields = new LinkedHashSet<>(); // in order of first appearance
        for (DocumentRecord d : r.build().documents()) fields.addAll(d.meta().fields().keySet());
        fields.remove(r.request().read().idColumn());
        return new ArrayList<>(fields);
    }
}
