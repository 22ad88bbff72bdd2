package framelab.dtm;

import framelab.corpus.CleanedDocument;
import framelab.corpus.Cleaner;
import framelab.corpus.Document;
import framelab.corpus.DocumentSink;
import framelab.corpus.DocumentSource;
import framelab.corpus.Removal;
import framelab.corpus.SkippedDocument;
import framelab.text.AnalyzedText;
import framelab.text.Analyzer;
import framelab.text.AnalyzerSession;
import framelab.text.Segment;
import framelab.text.Segmenter;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Streams a corpus through cleaning, segmentation and analysis into a {@link DocumentTermMatrix},
 * on several threads: the calling thread reads, workers clean and count, each with its own
 * {@link AnalyzerSession}. The result does not depend on the thread count or scheduling: rows keep
 * input order and the vocabulary is sorted. Texts are not retained, so a corpus larger than memory
 * can be counted. Build one with {@link #builder(Analyzer)}.
 */
public final class DtmBuilder {
    private static final int BATCH = 32;
    private final Analyzer analyzer;
    private final Cleaner cleaner;
    private final Unit unit;
    private final int threads;
    private final TokenMeasure measure;
    private final LongConsumer progress;

    private DtmBuilder(Builder b) {
        this.analyzer = b.analyzer;
        this.cleaner = b.cleaner;
        this.unit = b.unit;
        this.threads = b.threads;
        this.measure = b.measure;
        this.progress = b.progress;
    }

    public static Builder builder(Analyzer analyzer) {
        return new Builder(analyzer);
    }

    private record Item(long seq, Document doc, SkippedDocument skip) {
    }

    private record RowOut(String unitId, int[] ids, int[] counts) {
    }

    private record DocOut(long seq, int session, DocumentRecord record, List<RowOut> rows, List<Removal> removals) {
    }

    private static final List<Item> POISON = List.of();

    public CorpusBuild build(DocumentSource source) {
        BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(threads * 4);
        List<DocOut> outs = Collections.synchronizedList(new ArrayList<>());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AnalyzerSession[] sessions = new AnalyzerSession[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            sessions[t] = analyzer.newSession();
            workers[t] = Thread.ofPlatform().name("framelab-count-" + t).daemon().start(() -> work(index, sessions[index], queue, outs, failure));
        }
        long[] seq = {0};
        List<Item>[] batch = new List[] {new ArrayList<Item>(BATCH)};
        try {
            source.forEach(new DocumentSink() {
                @Override
                public void accept(Document d) {
                    add(new Item(seq[0]++, d, null));
                }

                @Override
                public void skip(SkippedDocument s) {
                    add(new Item(seq[0]++, null, s));
                }

                @Override
                public void warn(String location, String message) {
                    warnings.add(location + ": " + message);
                }

                private void add(Item it) {
                    batch[0].add(it);
                    if (batch[0].size() == BATCH) flush();
                }

                private void flush() {
                    put(queue, batch[0], failure);
                    batch[0] = new ArrayList<>(BATCH);
                    if (progress != null) progress.accept(seq[0]);
                }
            });
            if (!batch[0].isEmpty()) put(queue, batch[0], failure);
            if (progress != null) progress.accept(seq[0]);
        } finally {
            for (int t = 0; t < threads; t++) put(queue, POISON, null);
            for (Thread w : workers) joinQuietly(w);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
        return merge(outs, sessions, warnings);
    }

    private static void put(BlockingQueue<List<Item>> q, List<Item> items, AtomicReference<Throwable> failure) {
        try {
            while (!q.offer(items, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (failure != null && failure.get() != null) throw new IllegalStateException("a counting worker failed", failure.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work(int index, AnalyzerSession session, BlockingQueue<List<Item>> queue, List<DocOut> outs,
                      AtomicReference<Throwable> failure) {
        Segmenter segmenter = new Segmenter(unit);
        List<DocOut> local = new ArrayList<>();
        try {
            while (true) {
                List<Item> items = queue.take();
                if (items == POISON) break;
                if (failure.get() != null) continue; // drain so the reader is not blocked
                for (Item it : items) local.add(process(index, session, segmenter, it));
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
            // keep draining so the reader can finish and see the failure
            try {
                while (queue.take() != POISON) { /* drain */ }
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        outs.addAll(local);
    }

    private DocOut process(int index, AnalyzerSession session, Segmenter segmenter, Item it) {
        if (it.skip() != null) {
            SkippedDocument s = it.skip();
            DocumentRecord r = DocumentRecord.skipped(s.id(), framelab.corpus.DocMeta.of(java.util.Map.of()), s.origin(), s.reason());
            return new DocOut(it.seq(), index, r, List.of(), List.of());
        }
        CleanedDocument cleaned = cleaner.clean(it.doc());
        Document d = cleaned.document();
        List<RowOut> rows = new ArrayList<>();
        int[] allWords = new int[0];
        int nWords = 0;
        int nTerms = 0;
        for (Segment seg : segmenter.segments(d.id(), d.text())) {
            AnalyzedText a = session.analyze(seg.text());
            int[] ids = a.terms().clone();
            Arrays.sort(ids);
            int[][] rl = SparseRows.runLengths(ids);
            rows.add(new RowOut(seg.unitId(), rl[0], rl[1]));
            if (nWords + a.words().length > allWords.length) allWords = Arrays.copyOf(allWords, Math.max(allWords.length * 2, nWords + a.words().length));
            System.arraycopy(a.words(), 0, allWords, nWords, a.words().length);
            nWords += a.words().length;
            nTerms += a.terms().length;
        }
        double[] m = measure == null ? new double[0] : measure.measure(Arrays.copyOf(allWords, nWords));
        DocumentRecord r = new DocumentRecord(d.id(), d.meta(), d.origin(), DocumentRecord.ANALYSED, "",
                it.doc().text().length(), rows.size(), nWords, nTerms, m);
        return new DocOut(it.seq(), index, r, rows, cleaned.removals());
    }

    private CorpusBuild merge(List<DocOut> outs, AnalyzerSession[] sessions, List<String> warnings) {
        List<DocOut> sorted = new ArrayList<>(outs);
        sorted.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        // the vocabulary: every term that occurs, sorted, so ids do not depend on threads
        List<String> used = new ArrayList<>();
        boolean[][] seen = new boolean[sessions.length][];
        for (int s = 0; s < sessions.length; s++) seen[s] = new boolean[sessions[s].termCount()];
        for (DocOut o : sorted) for (RowOut r : o.rows()) for (int id : r.ids()) seen[o.session()][id] = true;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int s = 0; s < sessions.length; s++) {
            for (int id = 0; id < seen[s].length; id++) if (seen[s][id] && distinct.add(sessions[s].term(id))) used.add(sessions[s].term(id));
        }
        Collections.sort(used);
        Vocabulary vocab = new Vocabulary(used.toArray(String[]::new));
        int[][] toGlobal = new int[sessions.length][];
        for (int s = 0; s < sessions.length; s++) {
            toGlobal[s] = new int[seen[s].length];
            for (int id = 0; id < seen[s].length; id++) toGlobal[s][id] = seen[s][id] ? vocab.id(sessions[s].term(id)) : -1;
        }
        List<DocumentTermMatrix.RowInfo> rowInfo = new ArrayList<>();
        long nnz = 0;
        for (DocOut o : sorted) for (RowOut r : o.rows()) nnz += r.ids().length;
        int[] start = new int[1];
        List<int[]> starts = new ArrayList<>();
        int[] cols = new int[Math.toIntExact(nnz)];
        int[] cnt = new int[cols.length];
        int k = 0;
        List<Integer> rowStarts = new ArrayList<>();
        rowStarts.add(0);
        List<DocumentRecord> docs = new ArrayList<>(sorted.size());
        List<Removal> removals = new ArrayList<>();
        for (DocOut o : sorted) {
            docs.add(o.record());
            removals.addAll(o.removals());
            for (RowOut r : o.rows()) {
                long[] packed = new long[r.ids().length];
                for (int i = 0; i < packed.length; i++) packed[i] = ((long) toGlobal[o.session()][r.ids()[i]] << 32) | r.counts()[i];
                Arrays.sort(packed);
                for (long p : packed) {
                    cols[k] = (int) (p >>> 32);
                    cnt[k++] = (int) p;
                }
                rowStarts.add(k);
                rowInfo.add(new DocumentTermMatrix.RowInfo(o.record().id(), r.unitId(), o.record().meta()));
            }
        }
        int[] rs = rowStarts.stream().mapToInt(Integer::intValue).toArray();
        DocumentTermMatrix dtm = new DocumentTermMatrix(vocab, rowInfo, rs, cols, cnt, analyzer.spec());
        List<String> names = measure == null ? List.of() : measure.names();
        return new CorpusBuild(dtm, docs, removals, warnings, names, new Segmenter(unit).spec(), cleaner.spec());
    }

    /** Validating builder: threads ≥ 1; defaults: bundled cleaning, document units, 1 thread. */
    public static final class Builder {
        private final Analyzer analyzer;
        private Cleaner cleaner = Cleaner.defaults();
        private Unit unit = Unit.DOCUMENT;
        private int threads = 1;
        private TokenMeasure measure;
        private LongConsumer progress;

        private Builder(Analyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        }

        public Builder cleaner(Cleaner c) { this.cleaner = Objects.requireNonNull(c, "cleaner"); return this; }
        public Builder unit(Unit u) { this.unit = Objects.requireNonNull(u, "unit"); return this; }
        public Builder measure(TokenMeasure m) { this.measure = m; return this; }

        /** Called from the reading thread with the number of input records read so far. */
        public Builder progress(LongConsumer p) { this.progress = p; return this; }

        public Builder threads(int n) {
            if (n < 1 || n > 256) throw new IllegalArgumentException("threads must be between 1 and 256, got " + n);
            this.threads = n;
            return this;
        }

        public DtmBuilder build() {
            return new DtmBuilder(this);
        }
    }
}
