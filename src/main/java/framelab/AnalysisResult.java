package framelab;

import framelab.dtm.CorpusBuild;
import framelab.dtm.Grouping;
import framelab.stats.FrequencyRow;
import framelab.stats.KeynessRow;
import java.util.List;
import java.util.Map;

/** The tables of one run plus what is needed to describe it (run.json). */
public record AnalysisResult(AnalysisRequest request, CorpusBuild build, Grouping grouping, List<FrequencyRow> frequencies,
                             List<KeynessRow> keyness, String corpusChecksum, Map<String, Long> timingsMillis) {
    public AnalysisResult {
        frequencies = List.copyOf(frequencies);
        keyness = List.copyOf(keyness);
        timingsMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMillis));
    }
}
