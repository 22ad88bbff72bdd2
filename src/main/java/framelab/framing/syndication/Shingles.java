package framelab.framing.syndication;

import framelab.text.Tokenizer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text as word shingles (w-shingling, Broder 1997): every run of k consecutive word tokens, hashed to
 * 64 bits, with the character offsets of each token kept so that shared shingles map back to text.
 *
 * <p>Tokens are the project tokenizer's word tokens, stopwords included, lowercased (ROOT locale), NFC,
 * {@code ’} read as {@code '}; the possessive clitic {@code 's} the tokenizer splits off is dropped, so
 * "Russia's army" and "Russia army" share their shingles. A token hashes with 64-bit FNV-1a over its
 * UTF-16 units, finished with the SplitMix64 mixer (Steele, Lea &amp; Flood 2014); a shingle hashes the
 * sequence of its token hashes the same way. With 64 bits a false match between two different shingles
 * has probability about n²/2⁶⁵: below 10⁻⁴ for 10⁸ shingles.
 *
 * @param hashes  shingle hashes by position: {@code hashes[i]} covers tokens {@code i .. i + k − 1}
 * @param starts  first character of each token
 * @param ends    character after each token
 * @param ignored per position, whether the shingle is common in the corpus and so ignored (null: none is)
 */
record Shingles(int k, long[] hashes, int[] starts, int[] ends, boolean[] ignored) {

    /** The shingles of {@code text}; a text of fewer than k words has none. */
    static Shingles of(String text, Tokenizer tokenizer, int k) {
        TokenCollector c = new TokenCollector(Math.max(16, text.length() / 5));
        tokenizer.tokenize(text, (t, s, e, clitic) -> {
            if (!clitic) c.add(tokenHash(text, s, e), s, e);
        });
        int n = c.size;
        long[] h = new long[Math.max(0, n - k + 1)];
        for (int i = 0; i < h.length; i++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < k; j++) x = mix64(x * 0x100000001B3L + c.hashes[i + j]);
            h[i] = x;
        }
        return new Shingles(k, h, Arrays.copyOf(c.starts, n), Arrays.copyOf(c.ends, n), null);
    }

    /** A copy that ignores the shingles in {@code common} (ascending): they match nothing and hash into no window. */
    Shingles ignoring(long[] common) {
        if (common.length == 0) return this;
        boolean[] mask = new boolean[hashes.length];
        for (int i = 0; i < hashes.length; i++) mask[i] = Arrays.binarySearch(common, hashes[i]) >= 0;
        return new Shingles(k, hashes, starts, ends, mask);
    }

    boolean ignored(int position) {
        return ignored != null && ignored[position];
    }

    /** Number of word tokens. */
    int words() {
        return starts.length;
    }

    /** The distinct shingle hashes, ascending (ignored ones included). */
    long[] distinctSorted() {
        long[] s = hashes.clone();
        Arrays.sort(s);
        int m = 0;
        for (int i = 0; i < s.length; i++) {
            if (m == 0 || s[i] != s[m - 1]) s[m++] = s[i];
        }
        return m == s.length ? s : Arrays.copyOf(s, m);
    }

    /** The ascending set {@code a} without the elements of the ascending set {@code remove}. */
    static long[] minus(long[] a, long[] remove) {
        if (remove.length == 0 || a.length == 0) return a;
        long[] out = new long[a.length];
        int m = 0;
        int j = 0;
        for (long x : a) {
            while (j < remove.length && remove[j] < x) j++;
            if (j == remove.length || remove[j] != x) out[m++] = x;
        }
        return m == a.length ? a : Arrays.copyOf(out, m);
    }

    /** Size of the intersection of two ascending sets of distinct hashes (a merge). */
    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** SplitMix64's finaliser: a bijection on 64-bit values with full avalanche. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The hash of the normalised token {@code text[s, e)}; the ASCII path avoids building a string. */
    static long tokenHash(String text, int s, int e) {
        long h = 0xCBF29CE484222325L;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 128) return stringHash(normalize(text.substring(s, e)));
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            h = (h ^ c) * 0x100000001B3L;
        }
        return mix64(h);
    }

    static String normalize(String token) {
        return Normalizer.normalize(token.replace('\u2019', '\'').toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    private static long stringHash(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001B3L;
        return mix64(h);
    }

    /** Growable parallel arrays of token hash and offsets. */
    private static final class TokenCollector {
        long[] hashes;
        int[] starts;
        int[] ends;
        int size;

        TokenCollector(int capacity) {
            hashes = new long[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(long h, int s, int e) {
            if (size == hashes.length) {
                int n = size * 2;
                hashes = Arrays.copyOf(hashes, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            hashes[size] = h;
            starts[size] = s;
            ends[size] = e;
            size++;
        }
    }
}
