package framelab.framing.syndication;

import java.util.Locale;

/**
 * How {@link Syndication} looks for shared text.
 *
 * @param shingleSize     k, words per shingle (2..12; default 5)
 * @param windowShingles  shingles per LSH window (even, 4..10000; default 50, about 54 words); windows
 *                        start every {@code windowShingles / 2} shingles, so any exactly shared passage of
 *                        at least {@code 2 × windowShingles + k − 1} words yields a window pair whose
 *                        Jaccard similarity is at least 0.6 (see {@link Syndication})
 * @param bands           b, LSH bands (1..200; default 25)
 * @param rows            r, MinHash rows per band (1..20; default 4); b × r ≤ 1000 hash functions. Windows with
 *                        Jaccard s become candidates with probability 1 − (1 − s^r)^b, an S-curve whose
 *                        steepest point is near (1/b)^(1/r) (Leskovec, Rajaraman &amp; Ullman, <i>Mining of
 *                        Massive Datasets</i>, 3rd ed., §3.4.2): 0.447 for 25 × 4
 * @param seed            seed of the MinHash hash functions (any value; the default is fixed, never the clock)
 * @param minContainment  a verified pair is reported when max(containment A, containment B) ≥ this (0 &lt; x ≤ 1; default 0.2)
 * @param minPassageWords shortest shared or repeated passage reported, in words (≥ k, ≤ 10000; default 8):
 *                        shorter runs are mostly stock phrases ("the president of the united states")
 * @param maxShingleDocs  a shingle found in more documents than this (2..1000000000; default 20) is common text
 *                        (site furniture the cleaner missed, a newsletter box, a stock sentence, a much-quoted
 *                        line) and ignored: it counts in no containment and hashes into no window, and a passage
 *                        needs at least one shingle that is not common.
 *                        passim (Smith, Cordell &amp; Mullen 2015) does the same with a default of 100 for
 *                        newspaper archives of millions of pages; on abp_news (37,554 articles) 100 let through
 *                        thousands of furniture pairs (a 400-word country picker in 33 Time pages) and 20 lost no
 *                        story copy in a sample (bench/syndication-RESULTS.md). A story carried by more
 *                        documents than this is not found: raise it for large corpora
 * @param maxBucketDocs   an LSH bucket shared by more documents than this (2..100000; default 200) is page
 *                        furniture or a stock paragraph, not a story: its pairs are not proposed (counted in
 *                        {@link SyndicationResult#oversizedBuckets()}); pairs that share other text are still found
 * @param threads         worker threads (1..256; results do not depend on it)
 */
public record SyndicationOptions(int shingleSize, int windowShingles, int bands, int rows, long seed, double minContainment,
                                 int minPassageWords, int maxShingleDocs, int maxBucketDocs, int threads) {
    public static final long DEFAULT_SEED = 0x5EED_F1A3_1ABL;
    public static final SyndicationOptions DEFAULTS = new SyndicationOptions(5, 50, 25, 4, DEFAULT_SEED, 0.2, 8, 20, 200, 1);

    public SyndicationOptions {
        range("shingle size", shingleSize, 2, 12);
        range("window shingles", windowShingles, 4, 10_000);
        if (windowShingles % 2 != 0) {
            throw new IllegalArgumentException("window shingles must be even (windows start every half window), got " + windowShingles);
        }
        range("bands", bands, 1, 200);
        range("rows", rows, 1, 20);
        if (bands * rows > 1000) {
            throw new IllegalArgumentException("bands × rows must be at most 1000 hash functions, got " + bands + " × " + rows);
        }
        if (!(minContainment > 0 && minContainment <= 1)) {
            throw new IllegalArgumentException("min containment must be in (0, 1], got " + minContainment);
        }
        range("min passage words", minPassageWords, shingleSize, 10_000);
        range("max shingle docs", maxShingleDocs, 2, 1_000_000_000);
        range("max bucket docs", maxBucketDocs, 2, 100_000);
        range("threads", threads, 1, 256);
    }

    private static void range(String name, int v, int min, int max) {
        if (v < min || v > max) throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + v);
    }

    /** (1/b)^(1/r): the window similarity at which LSH proposes a pair with probability of about one half or more. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** Probability that two windows with Jaccard similarity {@code s} share at least one band: 1 − (1 − s^r)^b. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    public String spec() {
        return String.format(Locale.ROOT, "shingles=%d words; windows=%d shingles (stride %d); minhash=%d (seed %d); lsh=%d bands x %d rows"
                        + " (threshold %.3f); min-containment=%s; min-passage-words=%d; max-shingle-docs=%d; max-bucket-docs=%d",
                shingleSize, windowShingles, windowShingles / 2, bands * rows, seed, bands, rows, threshold(), minContainment,
                minPassageWords, maxShingleDocs, maxBucketDocs);
    }

    public SyndicationOptions withShingleSize(int k) { return new SyndicationOptions(k, windowShingles, bands, rows, seed, minContainment, minPassageWords, maxShingleDocs, maxBucketDocs, threads); }
    public SyndicationOptions withWindowShingles(int w) { return new SyndicationOptions(shingleSize, w, bands, rows, seed, minContainment, minPassageWords, maxShingleDocs, maxBucketDocs, threads); }
    public SyndicationOptions withBands(int b, int r) { return new SyndicationOptions(shingleSize, windowShingles, b, r, seed, minContainment, minPassageWords, maxShingleDocs, maxBucketDocs, threads); }
    public SyndicationOptions withSeed(long s) { return new SyndicationOptions(shingleSize, windowShingles, bands, rows, s, minContainment, minPassageWords, maxShingleDocs, maxBucketDocs, threads); }
    public SyndicationOptions withMinContainment(double c) { return new SyndicationOptions(shingleSize, windowShingles, bands, rows, seed, c, minPassageWords, maxShingleDocs, maxBucketDocs, threads); }
    public SyndicationOptions withMinPassageWords(int w) { return new SyndicationOptions(shingleSize, windowShingles, bands, rows, seed, minContainment, w, maxShingleDocs, maxBucketDocs, threads); }
    public SyndicationOptions withMaxBucketDocs(int m) { return new SyndicationOptions(shingleSize, windowShingles, bands, rows, seed, minContainment, minPassageWords, maxShingleDocs, m, threads); }
    public SyndicationOptions withMaxShingleDocs(int m) { return new SyndicationOptions(shingleSize, windowShingles, bands, rows, seed, minContainment, minPassageWords, m, maxBucketDocs, threads); }
    public SyndicationOptions withThreads(int t) { return new SyndicationOptions(shingleSize, windowShingles, bands, rows, seed, minContainment, minPassageWords, maxShingleDocs, maxBucketDocs, t); }
}
