package framelab;

import framelab.dtm.CorpusBuild;
import framelab.dtm.Grouping;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import java.util.List;
import java.util.Map;

/**
 * The tables of one run plus what is needed to describe it (run.json).
 *
 * @param notes decisions framelab took for the user (such as a default limit), shown by the CLI and kept in run.json
 */
public record AnalysisResult(AnalysisRequest request, CorpusBuild build, Grouping grouping, List<FrequencyRow> frequencies,
                             List<KeynessRow> keyness, String corpusChecksum, Map<String, Long> timingsMillis, List<String> notes) {
    public AnalysisResult {
        notes = List.copyOf(notes);
        frequencies = List.copyOf(frequencies);
        keyness = List.copyOf(keyness);
        timingsMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMillis));
    }
}
