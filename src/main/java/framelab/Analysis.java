package framelab;

import framelab.corpus.Checksums;
import framelab.corpus.Corpora;
import framelab.corpus.DocumentSource;
import framelab.dtm.CorpusBuild;
import framelab.dtm.DtmBuilder;
import framelab.dtm.Grouping;
import framelab.stats.Frequencies;
import framelab.stats.FrequencyRow;
import framelab.stats.Keyness;
import framelab.stats.KeynessOptions;
import framelab.stats.KeynessRow;
import framelab.stats.LexicalDiversity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The spine as one call: read → clean → segment → analyse → matrix → frequencies and keyness.
 * Used by the CLI's {@code analyze}/{@code freq}/{@code keyness} and by {@link Workbench}.
 */
public final class Analysis {
    private Analysis() {
    }

    /** Which tables to compute. */
    public enum Tables { FREQUENCIES, KEYNESS, BOTH, NONE }

    public static AnalysisResult run(AnalysisRequest req, Tables tables, LongConsumer progress) {
        // The checksum starts once counting is done: during counting both cores are busy (it slowed the
        // counting down, and ran in the interpreter while the compiler threads were busy with the counting
        // code); the merge of the counts that follows is mostly single-threaded and leaves a core idle.
        return run(req, Corpora.open(req.corpus(), req.read()), tables, progress,
                () -> CompletableFuture.supplyAsync(() -> Checksums.sha256(req.corpus())));
    }

    /** Runs on documents already at hand (a {@link framelab.corpus.Corpus} in a notebook); checksum of the request's path. */
    public static AnalysisResult run(AnalysisRequest req, DocumentSource source, Tables tables, LongConsumer progress,
                                     CompletableFuture<String> checksum) {
        return run(req, source, tables, progress, () -> checksum);
    }

    /** @param checksumAfterCounting called once every document is counted (before the merge); its future is joined before returning */
    private static AnalysisResult run(AnalysisRequest req, DocumentSource source, Tables tables, LongConsumer progress,
                                      Supplier<CompletableFuture<String>> checksumAfterCounting) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        AtomicReference<CompletableFuture<String>> started = new AtomicReference<>();
        CorpusBuild build = DtmBuilder.builder(req.analyzer()).cleaner(req.cleaner()).unit(req.unit())
                .threads(req.threads()).measure(LexicalDiversity.DEFAULT).progress(progress)
                .afterCounting(() -> started.set(checksumAfterCounting.get())).build().build(source);
        long t1 = System.nanoTime();
        timings.put("read_clean_count_ms", (t1 - t0) / 1_000_000);
        if (build.analysedCount() == 0) {
            throw new framelab.corpus.CorpusInputException(req.corpus().toString(), "no document could be analysed ("
                    + build.documents().size() + " skipped)", "see the reasons in documents.csv; check --text-column and the file format");
        }
        CompletableFuture<String> checksum = started.get() != null ? started.get() : checksumAfterCounting.get();
        Grouping grouping = Grouping.by(build.dtm(), req.groupBy());
        boolean wantFrequencies = tables == Tables.FREQUENCIES || tables == Tables.BOTH;
        boolean wantKeyness = tables == Tables.KEYNESS || tables == Tables.BOTH;
        List<String> notes = new java.util.ArrayList<>();
        if (tables == Tables.BOTH && grouping.groups().size() < 2) {
            // analyze on a one-group corpus: frequencies are still useful; say why there is no keyness
            notes.add("no keyness: '" + req.groupBy() + "' has only one group " + grouping.groups()
                    + "; group by another field with --group-by to compare");
            wantKeyness = false;
        }
        List<FrequencyRow> freq = List.of();
        List<KeynessRow> key = List.of();
        // keyness and the frequencies only read the matrix: with two threads, keyness runs beside the frequencies
        // (frequencies_ms is the time to the end of the frequencies, keyness_ms the wait for keyness after that)
        try (SideTasks side = SideTasks.of(req.threads())) {
            SideTasks.Task<List<KeynessRow>> keyTask = wantKeyness ? side.start(() -> keyness(req, grouping, notes)) : null;
            if (wantFrequencies) freq = Frequencies.byGroup(grouping, req.top());
            long t2 = System.nanoTime();
            timings.put("frequencies_ms", (t2 - t1) / 1_000_000);
            if (keyTask != null) key = keyTask.join();
            timings.put("keyness_ms", (System.nanoTime() - t2) / 1_000_000);
        }
        // the checksum started after counting can still be running: its wait is part of the wall time, so say so
        long t3 = System.nanoTime();
        String sha = checksum.join();
        timings.put("checksum_wait_ms", (System.nanoTime() - t3) / 1_000_000);
        return new AnalysisResult(req, build, grouping, freq, key, sha, timings, notes);
    }

    /** Above this many groups, "each against the rest" with every term would hold groups × vocabulary rows. */
    public static final int AUTO_LIMIT_GROUPS = 50;
    /** The per-direction limit used then, unless the caller chose one. */
    public static final int AUTO_TOP = 100;

    static List<KeynessRow> keyness(AnalysisRequest req, Grouping grouping, List<String> notes) {
        if (grouping.groups().size() < 2) {
            throw new IllegalArgumentException("keyness needs at least two groups in '" + req.groupBy() + "', this corpus has only "
                    + grouping.groups() + "; group by another field with --group-by");
        }
        KeynessOptions o = req.keyness();
        if (o.top() == KeynessOptions.AUTO) {
            boolean many = req.target().equals("each") && grouping.groups().size() > AUTO_LIMIT_GROUPS;
            o = o.withTop(many ? AUTO_TOP : 0);
            if (many) {
                notes.add("keyness.csv keeps the " + AUTO_TOP + " most positive and " + AUTO_TOP + " most negative terms of each of "
                        + grouping.groups().size() + " groups (all terms would be groups x vocabulary rows); pass --keyness-top 0 for all");
            }
        }
        if (req.target().equals("each")) return Keyness.eachAgainstRest(grouping, o);
        if (req.reference().isEmpty()) return Keyness.againstRest(grouping, req.target(), o);
        return Keyness.against(grouping, req.target(), req.reference(), o);
    }
}
