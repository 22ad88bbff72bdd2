package framelab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import framelab.AnalysisRequest;
import framelab.AnalysisResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * run.json: what produced a results directory — framelab's version, the command, every parameter,
 * the analyzer, cleaner and unit specs, the corpus checksum, document counts and timings. Timings and
 * the start time are the only fields that change between identical runs.
 */
public final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunManifest() {
    }

    public static String version() {
        String v = RunManifest.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    public static Map<String, Object> parameters(AnalysisRequest r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("corpus", r.corpus().toString());
        p.put("text_column", r.read().textColumn());
        p.put("id_column", r.read().idColumn());
        p.put("encoding", r.read().charset().name());
        p.put("group_by", r.groupBy());
        p.put("target", r.target());
        p.put("reference", r.reference().isEmpty() ? "(rest)" : r.reference());
        p.put("unit", r.unit().label());
        p.put("correction", r.keyness().correction());
        p.put("p_adjust", r.keyness().adjust().name().toLowerCase(java.util.Locale.ROOT));
        p.put("log_odds_prior_scale", r.keyness().priorScale());
        p.put("min_count", r.keyness().minCount());
        p.put("keyness_top", r.keyness().top() == framelab.stats.KeynessOptions.AUTO ? "auto" : r.keyness().top());
        p.put("top", r.top());
        p.put("threads", r.threads());
        return p;
    }

    public static void write(Path file, String command, AnalysisResult r, Instant started, List<String> outputs, Map<String, Long> extraTimings) {
        write(file, command, r, started, outputs, extraTimings, Map.of());
    }

    /**
     * run.json with {@code sections} added after the notes: the specs of the analyses a command ran on top of
     * the counts (for {@code analyze}: {@code framing}, with each part's options and definitions).
     */
    public static void write(Path file, String command, AnalysisResult r, Instant started, List<String> outputs, Map<String, Long> extraTimings,
                             Map<String, Object> sections) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framelab_version", version());
        m.put("command", command);
        m.put("started_at", started.toString());
        m.put("java", System.getProperty("java.version"));
        m.put("parameters", parameters(r.request()));
        m.put("analyzer", r.request().analyzer().spec());
        m.put("cleaner", r.build().cleanerSpec());
        m.put("unit", r.build().unitSpec());
        m.put("corpus_checksum", r.corpusChecksum());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("documents_read", r.build().documents().size());
        counts.put("documents_analysed", r.build().analysedCount());
        counts.put("documents_skipped", r.build().documents().size() - r.build().analysedCount());
        counts.put("units", r.build().dtm().rowCount());
        counts.put("terms", r.build().dtm().total());
        counts.put("vocabulary", r.build().dtm().vocabulary().size());
        counts.put("groups", r.grouping().groups().size());
        counts.put("cleaning_removals", r.build().removals().size());
        m.put("counts", counts);
        m.put("warnings", r.build().warnings());
        m.put("notes", r.notes());
        m.putAll(sections);
        m.put("outputs", outputs);
        Map<String, Long> t = new LinkedHashMap<>(r.timingsMillis());
        t.putAll(extraTimings);
        m.put("timings_ms", t);
        try {
            JSON.writeValue(file.toFile(), m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
