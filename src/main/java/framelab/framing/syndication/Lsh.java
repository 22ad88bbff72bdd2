package framelab.framing.syndication;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Locality-sensitive hashing by banding (Leskovec, Rajaraman &amp; Ullman, <i>Mining of Massive
 * Datasets</i>, §3.4): each MinHash signature of b·r rows is cut into b bands of r rows; two windows
 * whose signatures agree on every row of at least one band land in the same bucket of that band and
 * their documents become a candidate pair. Windows with Jaccard similarity s collide with probability
 * 1 − (1 − s^r)^b. No pair of documents is compared unless it shares a bucket.
 *
 * <p>Each band is bucketed on its own (an open-addressing table from band key to a chain of windows),
 * so memory is one band at a time per thread; the candidate list is sorted and deduplicated, so the
 * result does not depend on threads. A bucket whose windows come from more than {@code maxBucketDocs}
 * documents proposes nothing (stock text shared by a large part of the corpus is not syndication, and
 * its pairs grow quadratically).
 */
final class Lsh {
    /** Candidate document pairs, {@code (a << 32) | b} with a &lt; b, ascending; and the skipped buckets. */
    record Candidates(long[] pairs, long oversizedBuckets) {
    }

    private Lsh() {
    }

    /** The key of band {@code band} of a signature: its r rows hashed together. */
    static long bandKey(long[] sig, int band, int rows) {
        long h = Shingles.mix64(0x632BE59BD9B4E019L + band);
        for (int q = band * rows, end = q + rows; q < end; q++) h = Shingles.mix64(h * 0x100000001B3L ^ sig[q]);
        return h;
    }

    /**
     * @param keys  per document, its windows' band keys, window-major ({@code keys[d][w * bands + t]})
     * @param bands b
     */
    static Candidates candidates(long[][] keys, int bands, int maxBucketDocs, ForkJoinPool pool) {
        int total = 0;
        for (long[] k : keys) total += k.length / bands;
        int[] docOf = new int[total];
        int[] firstWindow = new int[keys.length];
        for (int d = 0, w = 0; d < keys.length; d++) {
            firstWindow[d] = w;
            for (int i = 0, n = keys[d].length / bands; i < n; i++) docOf[w++] = d;
        }
        AtomicLong oversized = new AtomicLong();
        int windows = total;
        long[][] perBand = pool.submit(() -> IntStream.range(0, bands).parallel()
                .mapToObj(t -> band(keys, t, bands, docOf, firstWindow, windows, maxBucketDocs, oversized))
                .toArray(long[][]::new)).join();
        long n = 0;
        for (long[] p : perBand) n += p.length;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(n + " candidate pair entries: lower max bucket docs or raise rows");
        }
        long[] all = new long[(int) n];
        int at = 0;
        for (long[] p : perBand) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return new Candidates(sortedDistinct(all, all.length), oversized.get());
    }

    private static long[] band(long[][] keys, int t, int bands, int[] docOf, int[] firstWindow, int windows, int maxBucketDocs,
                               AtomicLong oversized) {
        int cap = Integer.highestOneBit(Math.max(4, windows * 2 - 1)) << 1;
        int mask = cap - 1;
        long[] slotKey = new long[cap];
        int[] head = new int[cap]; // window + 1 at the chain's head; 0 = empty slot
        int[] next = new int[windows]; // window + 1 of the next window in the chain; 0 = end
        for (int d = 0; d < keys.length; d++) {
            long[] k = keys[d];
            for (int i = 0, n = k.length / bands; i < n; i++) {
                long key = k[i * bands + t];
                int w = firstWindow[d] + i;
                int s = (int) Shingles.mix64(key) & mask;
                while (head[s] != 0 && slotKey[s] != key) s = (s + 1) & mask;
                slotKey[s] = key;
                next[w] = head[s];
                head[s] = w + 1;
            }
        }
        LongList out = new LongList();
        int[] docs = new int[16];
        for (int s = 0; s < cap; s++) {
            int w = head[s];
            if (w == 0 || next[w - 1] == 0) continue; // empty or a single window
            int m = 0;
            for (; w != 0; w = next[w - 1]) {
                int d = docOf[w - 1];
                if (m > 0 && docs[m - 1] == d) continue; // chains list windows in descending order, so a document's windows are adjacent
                if (m == docs.length) docs = Arrays.copyOf(docs, m * 2);
                docs[m++] = d;
            }
            if (m < 2) continue;
            if (m > maxBucketDocs) {
                oversized.incrementAndGet();
                continue;
            }
            for (int x = 0; x < m; x++) {
                for (int y = x + 1; y < m; y++) {
                    int a = Math.min(docs[x], docs[y]);
                    int b = Math.max(docs[x], docs[y]);
                    out.add((long) a << 32 | b);
                }
            }
        }
        return sortedDistinct(out.values, out.size);
    }

    static long[] sortedDistinct(long[] v, int n) {
        Arrays.sort(v, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || v[i] != v[m - 1]) v[m++] = v[i];
        return Arrays.copyOf(v, m);
    }

    /** A growable list of longs. */
    static final class LongList {
        long[] values = new long[64];
        int size;

        void add(long x) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = x;
        }
    }
}
