package framelab.cli;

import framelab.Analysis;
import framelab.AnalysisRequest;
import framelab.AnalysisResult;
import framelab.SideTasks;
import framelab.report.ResultWriter;
import framelab.report.ResultsDirectory;
import framelab.report.RunManifest;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shared shape of the corpus-level commands: build the request, run once, write atomically, summarise. */
final class RunSupport {
    private RunSupport() {
    }

    static AnalysisRequest request(CorpusOptions c, AnalyzerOptions a, KeynessOptionsCli k, OutputOptions o, int top) {
        String groupBy = c.groupBy;
        String target = "each";
        List<String> reference = new ArrayList<>();
        if (k != null && !k.target.equals("each")) {
            String[] t = KeynessOptionsCli.split(k.target, groupBy);
            groupBy = t[0];
            target = t[1];
            for (String r : k.reference) {
                String[] rr = KeynessOptionsCli.split(r, groupBy);
                if (!rr[0].equals(groupBy)) {
                    throw new IllegalArgumentException("--reference field '" + rr[0] + "' differs from the target's field '" + groupBy + "'");
                }
                reference.add(rr[1]);
            }
        } else if (k != null && !k.reference.isEmpty()) {
            throw new IllegalArgumentException("--reference needs a single --target group, not 'each'");
        }
        return new AnalysisRequest(c.corpus, c.readOptions(), c.cleaner(), a.analyzer(), a.unit(), groupBy, target, reference,
                k == null ? framelab.stats.KeynessOptions.DEFAULTS : k.options(), top, o.threads());
    }

    /** Runs the analysis and writes the requested files; returns the result for commands that add more. */
    static AnalysisResult runAndWrite(String command, AnalysisRequest req, Analysis.Tables tables, OutputOptions o,
                                      PrintWriter out, PrintWriter err, Extra extra) {
        return runAndWrite(command, req, tables, o, out, err, extra, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /**
     * As above; {@code extra} may fill {@code sections} (run.json entries, e.g. the framing specs) and
     * {@code timings} (more timings_ms entries) while it writes.
     */
    static AnalysisResult runAndWrite(String command, AnalysisRequest req, Analysis.Tables tables, OutputOptions o,
                                      PrintWriter out, PrintWriter err, Extra extra, Map<String, Object> sections, Map<String, Long> timings) {
        Instant started = Instant.now();
        AnalysisResult r;
        try (Progress p = Progress.start("reading")) {
            r = Analysis.run(req, tables, p.listener());
        }
        for (String w : r.build().warnings()) err.println("framelab: warning: " + w);
        for (String n : r.notes()) err.println("framelab: note: " + n);
        long w0 = System.nanoTime();
        boolean frequencies = tables == Analysis.Tables.FREQUENCIES || tables == Analysis.Tables.BOTH;
        boolean keyness = tables == Analysis.Tables.KEYNESS || tables == Analysis.Tables.BOTH;
        List<String> outputs = new ArrayList<>(List.of("README.md", "documents.csv", "cleaning.csv"));
        if (frequencies) outputs.add("frequencies.csv");
        if (keyness) outputs.add("keyness.csv");
        // (closed in reverse order: the side task has finished before the directory is committed or removed)
        try (ResultsDirectory dir = ResultsDirectory.open(o.out); SideTasks side = SideTasks.of(req.threads())) {
            // keyness.csv, the largest file, is written beside the others
            SideTasks.Task<Void> keynessFile = !keyness ? null : side.start(() -> {
                ResultWriter.keyness(dir.file("keyness.csv"), o.csv(), r.keyness());
                return null;
            });
            ResultWriter.documents(dir.file("documents.csv"), o.csv(), r.build(), ResultWriter.metaFields(r));
            ResultWriter.cleaning(dir.file("cleaning.csv"), o.csv(), r.build().removals());
            if (frequencies) ResultWriter.frequencies(dir.file("frequencies.csv"), o.csv(), r.frequencies());
            if (keynessFile != null) keynessFile.join();
            if (extra != null) outputs.addAll(extra.write(r, dir));
            outputs.add("run.json");
            Map<String, Long> t = new LinkedHashMap<>(timings);
            t.put("write_ms", (System.nanoTime() - w0) / 1_000_000);
            RunManifest.write(dir.file("run.json"), command, r, started, outputs, t, sections);
            dir.commit();
        }
        long skipped = r.build().documents().size() - r.build().analysedCount();
        out.printf("framelab %s: %d documents analysed, %d skipped%s; %d terms, %d groups by %s -> %s%n", command,
                r.build().analysedCount(), skipped, skipped > 0 ? " (reasons in documents.csv)" : "", r.build().dtm().total(),
                r.grouping().groups().size(), req.groupBy(), o.out);
        return r;
    }

    /** Extra files a command writes into the same results directory. */
    interface Extra {
        List<String> write(AnalysisResult r, ResultsDirectory dir);
    }
}
