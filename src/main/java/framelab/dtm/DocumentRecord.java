package framelab.dtm;

import framelab.corpus.DocMeta;
import java.util.List;

/**
 * What happened to one input document in a run — the row of {@code documents.csv}. Every input
 * document gets one: {@code analysed} with its counts and measures, or {@code skipped} with the reason.
 *
 * @param measures values named by {@link CorpusBuild#measureNames()} (lexical diversity), NaN when undefined
 */
public record DocumentRecord(String id, DocMeta meta, String origin, String status, String reason,
                             int chars, int units, int wordTokens, int terms, double[] measures) {
    public static final String ANALYSED = "analysed";
    public static final String SKIPPED = "skipped";

    public static DocumentRecord skipped(String id, DocMeta meta, String origin, String reason) {
        return new DocumentRecord(id, meta, origin, SKIPPED, reason, 0, 0, 0, 0, new double[0]);
    }

    public boolean analysed() {
        return ANALYSED.equals(status);
    }

    static List<String> noMeasures() {
        return List.of();
    }
}
