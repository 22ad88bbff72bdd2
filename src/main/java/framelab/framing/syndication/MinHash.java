package framelab.framing.syndication;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures (Broder 1997, "On the resemblance and containment of documents"): for n hash
 * functions h_i the signature of a set S is (min_{x∈S} h_i(x))_i, and for two sets the probability that
 * their i-th components agree equals their Jaccard similarity |A∩B|/|A∪B|, so the share of agreeing
 * components estimates it with standard error √(J(1−J)/n).
 *
 * <p>Elements are 64-bit shingle hashes that are already uniformly mixed ({@link Shingles}); the i-th
 * function is the bijection h_i(x) = a_i·x + b_i mod 2⁶⁴ with odd a_i, compared as signed values (a fixed
 * total order), with a_i and b_i drawn from {@link SplittableRandom} seeded with the given seed (never
 * the clock). Immutable and thread-safe.
 */
public final class MinHash {
    private final long[] mul;
    private final long[] add;
    private final long seed;

    private MinHash(long[] mul, long[] add, long seed) {
        this.mul = mul;
        this.add = add;
        this.seed = seed;
    }

    /** {@code size} seeded hash functions (1..1000). */
    public static MinHash of(int size, long seed) {
        if (size < 1 || size > 1000) throw new IllegalArgumentException("MinHash size must be 1..1000, got " + size);
        SplittableRandom r = new SplittableRandom(seed);
        long[] m = new long[size];
        long[] a = new long[size];
        for (int i = 0; i < size; i++) {
            m[i] = r.nextLong() | 1L;
            a[i] = r.nextLong();
        }
        return new MinHash(m, a, seed);
    }

    public int size() {
        return mul.length;
    }

    public long seed() {
        return seed;
    }

    /** An empty signature (every component {@code Long.MAX_VALUE}), to fill with {@link #update}. */
    public long[] empty() {
        long[] s = new long[mul.length];
        Arrays.fill(s, Long.MAX_VALUE);
        return s;
    }

    /** Adds element {@code x} to signature {@code sig} in place. */
    public void update(long[] sig, long x) {
        for (int i = 0; i < sig.length; i++) sig[i] = Math.min(sig[i], mul[i] * x + add[i]);
    }

    /** The signature of a set of 64-bit element hashes (duplicates do not matter). */
    public long[] signature(long[] elements) {
        long[] s = empty();
        for (long x : elements) update(s, x);
        return s;
    }

    /** The MinHash estimate of Jaccard similarity: the share of components where two signatures agree. */
    public static double estimate(long[] s, long[] t) {
        if (s.length != t.length || s.length == 0) {
            throw new IllegalArgumentException("signatures must be non-empty and of equal size, got " + s.length + " and " + t.length);
        }
        int eq = 0;
        for (int i = 0; i < s.length; i++) if (s[i] == t[i]) eq++;
        return (double) eq / s.length;
    }
}
