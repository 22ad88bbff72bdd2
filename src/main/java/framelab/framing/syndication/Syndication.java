package framelab.framing.syndication;

import framelab.corpus.Document;
import framelab.text.Analyzer;
import framelab.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Syndicated and recycled text: which documents share passages, how much, and where.
 * <ol>
 * <li>Each document becomes word shingles (k words, {@link Shingles}), document by document, in
 *     parallel; only its sorted distinct shingle set is kept. Shingles found in more than
 *     {@code maxShingleDocs} documents are common text (site furniture, stock sentences) and ignored from
 *     here on ({@link CommonShingles}).</li>
 * <li>A second pass gives each document's overlapping windows of shingles MinHash signatures
 *     (Broder 1997; {@link MinHash}) and LSH band keys ({@link WindowSketch}); only the band keys are kept.</li>
 * <li>LSH banding ({@link Lsh}; Leskovec, Rajaraman &amp; Ullman, <i>Mining of Massive Datasets</i> §3.4)
 *     proposes the document pairs that have a window pair in a common bucket: no all-pairs comparison.
 *     Windows rather than whole documents are hashed so that containment is caught: a short wire story
 *     inside a long article has a low document Jaccard but windows with a high one. Windows are
 *     {@code windowShingles} long and start every half window, so a passage of at least
 *     2 × windowShingles + k − 1 words (104 by default) gives a window pair with Jaccard ≥ 0.6 wherever it
 *     sits ({@link WindowSketch}), proposed with probability ≥ 0.96 per window pair with 25 × 4 bands;
 *     shorter shared passages are found less reliably (measured: bench/syndication-RESULTS.md).</li>
 * <li>Every candidate is verified on the exact shingle sets: containment |A∩B|/|A| and |A∩B|/|B|, and
 *     Jaccard |A∩B|/|A∪B| (Broder 1997). Pairs with max(containment) ≥ {@code minContainment} are aligned
 *     exactly ({@link PassageAligner}) and reported when they share a passage of at least
 *     {@code minPassageWords} words.</li>
 * <li>Each document is also aligned with itself: passages it repeats become rows with docA = docB.</li>
 * </ol>
 * The band keys and the candidates depend only on the texts, the options and the seed, so the pairs do
 * not depend on the thread count or on document order (which only decides which document is A).
 */
public final class Syndication {
    private Syndication() {
    }

    /**
     * @param cleaned  the documents, cleaned (furniture left in the text shows up as shared text)
     * @param groupBy  metadata field for {@code groupA}/{@code groupB} (a document without it gets "")
     * @param analyzer supplies the tokenizer only: syndication compares the words as written, lowercased,
     *                 stopwords kept, whatever the analyzer's stopwords, stemming or n-grams
     */
    public static SyndicationResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, SyndicationOptions o) {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(o, "options");
        Tokenizer tokenizer = analyzer.tokenizer();
        int n = cleaned.size();
        MinHash minHash = MinHash.of(o.bands() * o.rows(), o.seed());
        long[][] sets = new long[n][];
        long[][] keys = new long[n][];
        List<List<SharedPassage>> repeats = new ArrayList<>(n); // workers only set() their own index: no structural change
        for (int d = 0; d < n; d++) repeats.add(List.of());
        ForkJoinPool pool = new ForkJoinPool(o.threads());
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(d ->
                    sets[d] = Shingles.of(cleaned.get(d).text(), tokenizer, o.shingleSize()).distinctSorted())).join();
            long[] common = CommonShingles.find(sets, o.maxShingleDocs());
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(d -> {
                Document doc = cleaned.get(d);
                sets[d] = Shingles.minus(sets[d], common);
                Shingles s = Shingles.of(doc.text(), tokenizer, o.shingleSize()).ignoring(common);
                keys[d] = WindowSketch.bandKeys(s, minHash, o.windowShingles(), o.bands(), o.rows());
                List<PassageAligner.Run> runs = PassageAligner.repeats(s, o.minPassageWords());
                if (!runs.isEmpty()) repeats.set(d, passages(doc, doc, s, s, runs, groupBy));
            })).join();
            Lsh.Candidates c = Lsh.candidates(keys, o.bands(), o.maxBucketDocs(), pool);
            Arrays.fill(keys, null); // the band keys are no longer needed: let them go before alignment
            long[] cand = c.pairs();
            Found[] found = new Found[cand.length];
            pool.submit(() -> IntStream.range(0, cand.length).parallel().forEach(i -> found[i] =
                    verify(cleaned, sets, common, (int) (cand[i] >>> 32), (int) cand[i], groupBy, tokenizer, o))).join();
            return assemble(n, repeats, found, groupBy, o, tokenizer, c, common.length);
        } finally {
            pool.shutdown();
        }
    }

    /** A verified, aligned pair with its passages; null when the pair is not reported. */
    private record Found(int a, SyndicationPair pair, List<SharedPassage> passages) {
    }

    private static Found verify(List<Document> docs, long[][] sets, long[] common, int a, int b, String groupBy, Tokenizer tokenizer,
                                SyndicationOptions o) {
        long[] sa = sets[a];
        long[] sb = sets[b];
        if (sa.length == 0 || sb.length == 0) return null;
        int inter = Shingles.intersection(sa, sb);
        double ca = (double) inter / sa.length;
        double cb = (double) inter / sb.length;
        if (Math.max(ca, cb) < o.minContainment()) return null;
        Document da = docs.get(a);
        Document db = docs.get(b);
        Shingles xa = Shingles.of(da.text(), tokenizer, o.shingleSize()).ignoring(common);
        Shingles xb = Shingles.of(db.text(), tokenizer, o.shingleSize()).ignoring(common);
        List<PassageAligner.Run> runs = PassageAligner.align(xa, xb, o.minPassageWords());
        if (runs.isEmpty()) return null;
        List<SharedPassage> ps = passages(da, db, xa, xb, runs, groupBy);
        long chars = 0;
        for (SharedPassage p : ps) chars += Math.min(p.endA() - p.startA(), p.endB() - p.startB());
        double jaccard = (double) inter / (sa.length + sb.length - inter);
        SyndicationPair pair = new SyndicationPair(da.id(), db.id(), da.meta().get(groupBy), db.meta().get(groupBy), ca, cb, jaccard, chars);
        return new Found(a, pair, ps);
    }

    private static List<SharedPassage> passages(Document da, Document db, Shingles xa, Shingles xb, List<PassageAligner.Run> runs,
                                                String groupBy) {
        List<SharedPassage> out = new ArrayList<>(runs.size());
        String ga = da.meta().get(groupBy);
        String gb = db.meta().get(groupBy);
        for (PassageAligner.Run r : runs) {
            int startA = xa.starts()[r.a()];
            int endA = xa.ends()[r.a() + r.words() - 1];
            int startB = xb.starts()[r.b()];
            int endB = xb.ends()[r.b() + r.words() - 1];
            out.add(new SharedPassage(da.id(), db.id(), ga, gb, startA, endA, startB, endB, r.words(), da.text().substring(startA, endA)));
        }
        return out;
    }

    private static SyndicationResult assemble(int n, List<List<SharedPassage>> repeats, Found[] found, String groupBy,
                                              SyndicationOptions o, Tokenizer tokenizer, Lsh.Candidates c, int common) {
        List<SyndicationPair> pairs = new ArrayList<>();
        List<SharedPassage> passages = new ArrayList<>();
        int f = 0;
        for (int d = 0; d < n; d++) {
            passages.addAll(repeats.get(d));
            // candidates are sorted by (a, b), so the pairs of document d follow in order of b
            while (f < found.length && (found[f] == null || found[f].a() <= d)) {
                Found x = found[f++];
                if (x == null) continue;
                pairs.add(x.pair());
                passages.addAll(x.passages());
            }
        }
        String spec = o.spec() + "; tokens=" + tokenizer.spec() + " lowercased, stopwords kept, 's dropped";
        return new SyndicationResult(groupBy, pairs, passages, spec, common, c.pairs().length, c.oversizedBuckets());
    }
}
