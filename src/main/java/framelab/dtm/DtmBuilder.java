package framelab.dtm;

import framelab.corpus.CleanedDocument;
import framelab.corpus.Cleaner;
import framelab.corpus.Document;
import framelab.corpus.DocumentSink;
import framelab.corpus.CorpusInputException;
import framelab.corpus.DelimitedReader;
import framelab.corpus.DocumentSource;
import framelab.corpus.Utf8Chunks;
import java.io.IOException;
import java.util.Optional;
import framelab.corpus.Removal;
import framelab.corpus.SkippedDocument;
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
    private final Runnable counted;
    private final int chunkBytes;

    private DtmBuilder(Builder b) {
        this.analyzer = b.analyzer;
        this.cleaner = b.cleaner;
        this.unit = b.unit;
        this.threads = b.threads;
        this.measure = b.measure;
        this.progress = b.progress;
        this.counted = b.counted;
        this.chunkBytes = b.chunkBytes;
    }

    public static Builder builder(Analyzer analyzer) {
        return new Builder(analyzer);
    }

    private record Item(long seq, Document doc, SkippedDocument skip) {
    }

    record RowOut(String unitId, int[] ids, int[] counts) {
    }

    private record DocOut(long seq, int session, DocumentRecord record, List<RowOut> rows, List<Removal> removals) {
    }

    private static final List<Item> POISON = List.of();

    public CorpusBuild build(DocumentSource source) {
        if (unit == Unit.DOCUMENT && source instanceof DelimitedReader reader) {
            Optional<Utf8Chunks> chunks = chunkBytes > 0 ? reader.utf8Chunks(chunkBytes) : reader.utf8Chunks();
            if (chunks.isPresent()) {
                try (Utf8Chunks c = chunks.get()) {
                    return buildFromChunks(c);
                } catch (IOException e) {
                    throw new CorpusInputException(source.description(), "cannot read: " + e.getMessage(),
                            "check the path; a .gz file must be gzip-compressed");
                }
            }
        }
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
        if (counted != null) counted.run();
        return merge(outs, sessions, warnings);
    }

    private static final Utf8Chunks.Chunk END = new Utf8Chunks.Chunk(-1, new byte[0], 0);

    /**
     * The byte path for UTF-8 TSV: the calling thread reads chunks of whole records, the workers split,
     * decode and count them ({@link ChunkCounter}), and the records are settled in input order at the
     * end: row numbers, ids, skips and line numbers, as {@link DelimitedReader#forEach} gives them.
     */
    private CorpusBuild buildFromChunks(Utf8Chunks chunks) throws IOException {
        BlockingQueue<Utf8Chunks.Chunk> queue = new ArrayBlockingQueue<>(threads * 2);
        List<ChunkCounter.Counted> counted = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicLong records = new java.util.concurrent.atomic.AtomicLong();
        AnalyzerSession[] sessions = new AnalyzerSession[threads];
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            sessions[t] = analyzer.newSession();
            ChunkCounter counter = new ChunkCounter(chunks, cleaner, measure, sessions[t], t);
            workers[t] = Thread.ofPlatform().name("framelab-count-" + t).daemon().start(() -> {
                try {
                    for (Utf8Chunks.Chunk c; (c = queue.take()) != END; ) {
                        if (failure.get() != null) continue; // drain so the reader is not blocked
                        ChunkCounter.Counted done = counter.count(c);
                        chunks.recycle(c);
                        counted.add(done);
                        records.addAndGet(done.records());
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    try {
                        while (queue.take() != END) { /* drain */ }
                    } catch (InterruptedException ignored) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        try {
            for (Utf8Chunks.Chunk c; (c = chunks.next()) != null; ) {
                putChunk(queue, c, failure);
                if (progress != null) progress.accept(records.get());
            }
        } finally {
            for (int t = 0; t < threads; t++) putChunk(queue, END, null);
            for (Thread w : workers) joinQuietly(w);
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
        if (progress != null) progress.accept(records.get());
        if (this.counted != null) this.counted.run();
        return merge(settle(chunks, counted, sessions), sessions, List.of());
    }

    /** The records in input order with their final ids and origins: documents, and the records to skip. */
    private List<DocOut> settle(Utf8Chunks chunks, List<ChunkCounter.Counted> counted, AnalyzerSession[] sessions) {
        ChunkCounter.Counted[] byIndex = counted.toArray(ChunkCounter.Counted[]::new);
        Arrays.sort(byIndex, (a, b) -> Integer.compare(a.chunk(), b.chunk()));
        Utf8Chunks.Rows rows = chunks.rows();
        List<DocOut> outs = new ArrayList<>();
        long rowBase = 0;
        long seq = 0;
        for (ChunkCounter.Counted c : byIndex) {
            int session = c.session();
            for (ChunkCounter.Pending p : c.pending()) {
                Utf8Chunks.Resolved r = rows.resolve(rowBase + p.indexInChunk() + 1, p.idField(), p.fields());
                if (r.skipped()) {
                    DocumentRecord rec = DocumentRecord.skipped(r.id(), p.meta() != null ? p.meta() : framelab.corpus.DocMeta.none(), r.origin(), r.skipReason());
                    outs.add(new DocOut(seq++, session, rec, List.of(), List.of()));
                    continue;
                }
                List<Removal> removals = p.removals();
                if (!removals.isEmpty() && !removals.get(0).docId().equals(r.id())) {
                    removals = removals.stream().map(x -> new Removal(r.id(), x.rule(), x.chars(), x.excerpt())).toList();
                }
                DocumentRecord rec = new DocumentRecord(r.id(), p.meta(), r.origin(), DocumentRecord.ANALYSED, "",
                        p.chars(), 1, p.wordTokens(), p.terms(), p.measures());
                outs.add(new DocOut(seq++, session, rec, List.of(new RowOut(r.id(), p.ids(), p.counts())), removals));
            }
            rowBase += c.records();
        }
        return outs;
    }

    private static void putChunk(BlockingQueue<Utf8Chunks.Chunk> q, Utf8Chunks.Chunk c, AtomicReference<Throwable> failure) {
        try {
            while (!q.offer(c, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (failure != null && failure.get() != null) throw new IllegalStateException("a counting worker failed", failure.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the corpus", e);
        }
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
        Scratch scratch = new Scratch();
        List<DocOut> local = new ArrayList<>();
        try {
            while (true) {
                List<Item> items = queue.take();
                if (items == POISON) break;
                if (failure.get() != null) continue; // drain so the reader is not blocked
                for (Item it : items) local.add(process(index, session, segmenter, scratch, it));
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

    /**
     * A worker's reusable arrays: term counts of the current unit (zero between units) with the list of
     * terms touched, and a stamp per word id to renumber a document's words densely for the measure.
     */
    static final class Scratch {
        int[] count = new int[1 << 14];
        int[] touched = new int[1 << 10];
        // per word id: the document that last saw it (high half) and its dense number there (low half),
        // one array so a word costs one memory access, not two
        long[] seen = new long[1 << 14];
        int[] words = new int[1 << 12];
        int doc;
        int nextLocal;
    }

    private DocOut process(int index, AnalyzerSession session, Segmenter segmenter, Scratch sc, Item it) {
        if (it.skip() != null) {
            SkippedDocument s = it.skip();
            DocumentRecord r = DocumentRecord.skipped(s.id(), s.meta(), s.origin(), s.reason());
            return new DocOut(it.seq(), index, r, List.of(), List.of());
        }
        CleanedDocument cleaned = cleaner.clean(it.doc());
        Document d = cleaned.document();
        List<RowOut> rows = new ArrayList<>();
        int nWords = 0;
        int nTerms = 0;
        sc.doc++;
        sc.nextLocal = 0;
        for (Segment seg : segmenter.segments(d.id(), d.text())) {
            AnalyzerSession.Buffers a = session.analyzeIntoBuffers(seg.text());
            rows.add(countRow(seg.unitId(), a.terms(), a.termCount(), session.termCount(), sc));
            if (measure != null) renumber(a.words(), a.wordCount(), nWords, session.wordCount(), sc);
            nWords += a.wordCount();
            nTerms += a.termCount();
        }
        double[] m = measure == null ? new double[0] : measure.measureDense(sc.words, nWords, sc.nextLocal);
        DocumentRecord r = new DocumentRecord(d.id(), d.meta(), d.origin(), DocumentRecord.ANALYSED, "",
                it.doc().text().length(), rows.size(), nWords, nTerms, m);
        return new DocOut(it.seq(), index, r, rows, cleaned.removals());
    }

    /**
     * Appends a unit's words to the document's word list for the measure, renumbered 0, 1, 2, ... by first
     * occurrence in the document (the measure sees word identities only). Kept out of {@link #process} so
     * that method has no loop of its own and the JIT compiles it as a small unit.
     */
    static void renumber(int[] ws, int nw, int at, int wordCount, Scratch sc) {
        if (sc.seen.length < wordCount) sc.seen = Arrays.copyOf(sc.seen, Math.max(wordCount, sc.seen.length * 2));
        if (at + nw > sc.words.length) sc.words = Arrays.copyOf(sc.words, Math.max(sc.words.length * 2, at + nw));
        long[] seen = sc.seen;
        int[] out = sc.words;
        int doc = sc.doc;
        int next = sc.nextLocal;
        for (int i = 0; i < nw; i++) {
            int w = ws[i];
            long s = seen[w];
            if ((int) (s >>> 32) != doc) {
                s = (long) doc << 32 | next++;
                seen[w] = s;
            }
            out[at + i] = (int) s;
        }
        sc.nextLocal = next;
    }

    /**
     * The unit's sparse row: its distinct (session-local) term ids in order of first occurrence, with their
     * counts. Not sorted here: {@link #fillRows} sorts each row once, by global id, when it maps the ids.
     */
    static RowOut countRow(String unitId, int[] terms, int n, int termCount, Scratch sc) {
        if (sc.count.length < termCount) sc.count = Arrays.copyOf(sc.count, Math.max(termCount, sc.count.length * 2));
        if (sc.touched.length < n) sc.touched = new int[Math.max(n, sc.touched.length * 2)];
        int[] count = sc.count;
        int[] touched = sc.touched;
        int k = 0;
        for (int i = 0; i < n; i++) {
            int t = terms[i];
            if (count[t]++ == 0) touched[k++] = t;
        }
        int[] ids = Arrays.copyOf(touched, k);
        int[] counts = new int[k];
        for (int i = 0; i < k; i++) {
            counts[i] = count[ids[i]];
            count[ids[i]] = 0;
        }
        return new RowOut(unitId, ids, counts);
    }

    private CorpusBuild merge(List<DocOut> outs, AnalyzerSession[] sessions, List<String> warnings) {
        DocOut[] sorted = outs.toArray(DocOut[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.seq(), b.seq()));
        // the vocabulary: every term that occurs, sorted, so ids do not depend on threads
        List<String> used = new ArrayList<>();
        boolean[][] seen = new boolean[sessions.length][];
        for (int s = 0; s < sessions.length; s++) seen[s] = new boolean[sessions[s].termCount()];
        int nRows = 0;
        for (DocOut o : sorted) {
            boolean[] sn = seen[o.session()];
            for (RowOut r : o.rows()) for (int id : r.ids()) sn[id] = true;
            nRows += o.rows().size();
        }
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int s = 0; s < sessions.length; s++) {
            for (int id = 0; id < seen[s].length; id++) if (seen[s][id] && distinct.add(sessions[s].term(id))) used.add(sessions[s].term(id));
        }
        String[] terms = used.toArray(String[]::new);
        // in parallel when the common pool has a free worker (a caller may have started work there after counting)
        Arrays.parallelSort(terms);
        Vocabulary vocab = new Vocabulary(terms);
        int[][] toGlobal = new int[sessions.length][];
        for (int s = 0; s < sessions.length; s++) {
            toGlobal[s] = new int[seen[s].length];
            for (int id = 0; id < seen[s].length; id++) toGlobal[s][id] = seen[s][id] ? vocab.id(sessions[s].term(id)) : -1;
        }
        // row offsets first, so the rows can be filled in parallel, each into its own range
        int[] rs = new int[nRows + 1];
        int[] docFirstRow = new int[sorted.length + 1];
        List<DocumentTermMatrix.RowInfo> rowInfo = new ArrayList<>(nRows);
        List<DocumentRecord> docs = new ArrayList<>(sorted.length);
        List<Removal> removals = new ArrayList<>();
        int row = 0;
        for (int d = 0; d < sorted.length; d++) {
            DocOut o = sorted[d];
            docFirstRow[d] = row;
            docs.add(o.record());
            removals.addAll(o.removals());
            for (RowOut r : o.rows()) {
                rs[row + 1] = Math.addExact(rs[row], r.ids().length);
                rowInfo.add(new DocumentTermMatrix.RowInfo(o.record().id(), r.unitId(), o.record().meta()));
                row++;
            }
        }
        docFirstRow[sorted.length] = row;
        int[] cols = new int[rs[nRows]];
        int[] cnt = new int[cols.length];
        parallelRanges(sorted.length, (from, to) -> fillRows(sorted, from, to, toGlobal, rs, docFirstRow, cols, cnt));
        DocumentTermMatrix dtm = new DocumentTermMatrix(vocab, rowInfo, rs, cols, cnt, analyzer.spec());
        List<String> names = measure == null ? List.of() : measure.names();
        return new CorpusBuild(dtm, docs, removals, warnings, names, new Segmenter(unit).spec(), cleaner.spec());
    }

    /** The rows of documents {@code from..to-1} in global term ids, each sorted by id, into their slots of cols/cnt. */
    private static void fillRows(DocOut[] sorted, int from, int to, int[][] toGlobal, int[] rs, int[] docFirstRow, int[] cols, int[] cnt) {
        long[] packed = new long[256];
        for (int d = from; d < to; d++) {
            DocOut o = sorted[d];
            int[] g = toGlobal[o.session()];
            int row = docFirstRow[d];
            for (RowOut r : o.rows()) {
                int[] ids = r.ids();
                int[] counts = r.counts();
                int n = ids.length;
                if (packed.length < n) packed = new long[Math.max(n, packed.length * 2)];
                for (int i = 0; i < n; i++) packed[i] = ((long) g[ids[i]] << 32) | counts[i];
                Arrays.sort(packed, 0, n);
                int k = rs[row];
                for (int i = 0; i < n; i++) {
                    cols[k + i] = (int) (packed[i] >>> 32);
                    cnt[k + i] = (int) packed[i];
                }
                row++;
            }
        }
    }

    private interface Range {
        void run(int from, int to);
    }

    /** Splits {@code 0..n-1} into one contiguous range per thread and runs them concurrently (the caller takes the first). */
    private void parallelRanges(int n, Range body) {
        int parts = Math.max(1, Math.min(threads, n / 1024));
        if (parts == 1) {
            body.run(0, n);
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] helpers = new Thread[parts - 1];
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            helpers[p - 1] = Thread.ofPlatform().name("framelab-merge-" + p).daemon().start(() -> {
                try {
                    body.run(from, to);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            });
        }
        body.run(0, n / parts);
        for (Thread h : helpers) joinQuietly(h);
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error e) throw e;
        if (f != null) throw new IllegalStateException(f);
    }

    /** Validating builder: threads ≥ 1; defaults: bundled cleaning, document units, 1 thread. */
    public static final class Builder {
        private final Analyzer analyzer;
        private Cleaner cleaner = Cleaner.defaults();
        private Unit unit = Unit.DOCUMENT;
        private int threads = 1;
        private TokenMeasure measure;
        private LongConsumer progress;
        private Runnable counted;
        private int chunkBytes;

        private Builder(Analyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        }

        public Builder cleaner(Cleaner c) { this.cleaner = Objects.requireNonNull(c, "cleaner"); return this; }
        public Builder unit(Unit u) { this.unit = Objects.requireNonNull(u, "unit"); return this; }
        public Builder measure(TokenMeasure m) { this.measure = m; return this; }

        /** Called from the reading thread with the number of input records read so far. */
        public Builder progress(LongConsumer p) { this.progress = p; return this; }

        /**
         * Called once on the building thread when every document is counted, before the counts are merged
         * into the matrix (not when reading or counting fails). The merge is mostly single-threaded, so a
         * caller can start other work here, such as the corpus checksum.
         */
        public Builder afterCounting(Runnable r) { this.counted = r; return this; }

        /** Chunk size of the UTF-8 TSV byte path (0 = the reader's default); tests use small chunks to cross chunk borders. */
        Builder chunkBytes(int n) {
            if (n < 0) throw new IllegalArgumentException("chunkBytes must be >= 0, got " + n);
            this.chunkBytes = n;
            return this;
        }

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
