package framelab.framing.syndication;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.text.Analyzer;
import framelab.text.Tokenizer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The recall of the LSH step on a real corpus, against an exact oracle (for bench/syndication-benchmark.sh;
 * not a test). The oracle counts, through an inverted index of every shingle found in 2..maxShingleDocs
 * documents, the shared shingles of every document pair that has any, so it knows every pair with
 * max(containment) ≥ minContainment; it keeps those with a shared passage of minPassageWords words, as
 * {@link Syndication} does. Recall is the share of those pairs {@link Syndication} reports, by
 * containment and by the length of the longest shared passage. Needs about 3 GB of heap for abp_news.
 *
 * <pre>java -Xmx3g -cp ... framelab.framing.syndication.SyndicationRecallCheck CORPUS TEXT_COLUMN THREADS</pre>
 */
public final class SyndicationRecallCheck {
    private SyndicationRecallCheck() {
    }

    public static void main(String[] args) {
        List<Document> docs = CleanedCorpus.of(Corpora.read(Path.of(args[0]), ReadOptions.DEFAULTS.withTextColumn(args[1])),
                Cleaner.defaults()).corpus().documents();
        SyndicationOptions o = SyndicationOptions.DEFAULTS.withThreads(Integer.parseInt(args[2]));
        long t0 = System.nanoTime();
        SyndicationResult r = Syndication.run(docs, "source", Analyzer.defaults(), o);
        long t1 = System.nanoTime();
        Set<String> reported = new HashSet<>();
        for (SyndicationPair p : r.pairs()) reported.add(p.docA() + " " + p.docB());

        int n = docs.size();
        Tokenizer tok = Analyzer.defaults().tokenizer();
        long[][] sets = new long[n][];
        IntStream.range(0, n).parallel().forEach(d -> sets[d] = Shingles.of(docs.get(d).text(), tok, o.shingleSize()).distinctSorted());
        long[] common = CommonShingles.find(sets, o.maxShingleDocs());
        for (int d = 0; d < n; d++) sets[d] = Shingles.minus(sets[d], common);
        long[] shared = sharedShingles(sets);
        // postings: documents of each shared shingle (CSR by rank in `shared`)
        int[] from = new int[shared.length + 1];
        for (long[] s : sets) for (long x : s) { int k = Arrays.binarySearch(shared, x); if (k >= 0) from[k + 1]++; }
        for (int k = 0; k < shared.length; k++) from[k + 1] += from[k];
        int[] docsOf = new int[from[shared.length]];
        int[] fill = Arrays.copyOf(from, shared.length);
        for (int d = 0; d < n; d++) for (long x : sets[d]) { int k = Arrays.binarySearch(shared, x); if (k >= 0) docsOf[fill[k]++] = d; }
        PairCounts counts = new PairCounts(1 << 25);
        for (int k = 0; k < shared.length; k++) {
            for (int i = from[k]; i < from[k + 1]; i++) for (int j = i + 1; j < from[k + 1]; j++) counts.increment(docsOf[i], docsOf[j]);
        }
        long t2 = System.nanoTime();
        // pairs over the containment threshold, with a passage, by bin: [oracle, found]
        Map<String, int[]> byContainment = new java.util.TreeMap<>();
        Map<String, int[]> byPassage = new java.util.TreeMap<>();
        int oracle = 0;
        int found = 0;
        for (int s = 0; s < counts.keys.length; s++) {
            if (counts.values[s] == 0) continue;
            int a = (int) (counts.keys[s] >>> 32);
            int b = (int) counts.keys[s];
            int inter = counts.values[s];
            double c = Math.max((double) inter / sets[a].length, (double) inter / sets[b].length);
            if (c < o.minContainment()) continue;
            Shingles xa = Shingles.of(docs.get(a).text(), tok, o.shingleSize()).ignoring(common);
            Shingles xb = Shingles.of(docs.get(b).text(), tok, o.shingleSize()).ignoring(common);
            int longest = PassageAligner.align(xa, xb, o.minPassageWords()).stream().mapToInt(PassageAligner.Run::words).max().orElse(0);
            if (longest == 0) continue;
            oracle++;
            boolean hit = reported.contains(docs.get(a).id() + " " + docs.get(b).id());
            if (hit) found++;
            String cb = c >= 0.8 ? "c>=0.8" : c >= 0.5 ? "c 0.5-0.8" : c >= 0.3 ? "c 0.3-0.5" : "c 0.2-0.3";
            String pb = longest >= 200 ? "p>=200w" : longest >= 104 ? "p 104-199w" : longest >= 50 ? "p 50-103w" : longest >= 20 ? "p 20-49w" : "p 8-19w";
            byContainment.computeIfAbsent(cb, x -> new int[2])[0]++;
            byPassage.computeIfAbsent(pb, x -> new int[2])[0]++;
            if (hit) {
                byContainment.get(cb)[1]++;
                byPassage.get(pb)[1]++;
            }
        }
        System.out.printf(Locale.ROOT, "syndication %.1f s: %d pairs reported; oracle %.1f s: %d pairs with max containment >= %s and a passage%n",
                (t1 - t0) / 1e9, r.pairs().size(), (t2 - t1) / 1e9, oracle, o.minContainment());
        System.out.printf(Locale.ROOT, "recall %d/%d = %.4f; reported pairs not in the oracle: %d%n", found, oracle, (double) found / oracle,
                r.pairs().size() - found);
        byContainment.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-12s %6d/%6d = %.3f%n", k, v[1], v[0], (double) v[1] / v[0]));
        byPassage.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-12s %6d/%6d = %.3f%n", k, v[1], v[0], (double) v[1] / v[0]));
    }

    /** Shingles in at least two of the sets, ascending. */
    private static long[] sharedShingles(long[][] sets) {
        long total = 0;
        for (long[] s : sets) total += s.length;
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] s : sets) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        Arrays.parallelSort(all);
        Lsh.LongList out = new Lsh.LongList();
        for (int i = 0; i < all.length; ) {
            int j = i + 1;
            while (j < all.length && all[j] == all[i]) j++;
            if (j - i > 1) out.add(all[i]);
            i = j;
        }
        return Arrays.copyOf(out.values, out.size);
    }

    /** Open-addressing counts keyed by document pair (a &lt; b). */
    private static final class PairCounts {
        long[] keys;
        int[] values;
        int size;

        PairCounts(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
        }

        void increment(int a, int b) {
            long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            if (size * 2 > keys.length) grow();
            int mask = keys.length - 1;
            int s = (int) Shingles.mix64(key) & mask;
            while (values[s] != 0 && keys[s] != key) s = (s + 1) & mask;
            if (values[s] == 0) {
                keys[s] = key;
                size++;
            }
            values[s]++;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            keys = new long[k.length * 2];
            values = new int[v.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < k.length; i++) {
                if (v[i] == 0) continue;
                int s = (int) Shingles.mix64(k[i]) & mask;
                while (values[s] != 0) s = (s + 1) & mask;
                keys[s] = k[i];
                values[s] = v[i];
            }
        }
    }
}
