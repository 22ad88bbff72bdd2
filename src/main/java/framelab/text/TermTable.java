package framelab.text;

import java.util.Arrays;

/**
 * A growable open-addressing hash table from term to dense id, probed with any {@link CharSequence}
 * or a range of a {@code char[]}, so the hot tokenizing loop looks terms up without creating a String
 * per token. Not thread-safe: each worker owns one.
 *
 * <p>Layout for the hot path: each slot is one {@code long} holding the key's hash and id, so a probe
 * touches one array before it compares characters; the keys' characters sit back to back in one
 * {@code char[]} pool (no pointer chase through a String per comparison).
 */
public final class TermTable {
    private String[] terms;
    private long[] slots;   // (hash << 32) | (id + 1); 0 = empty
    private int[] start;    // key id's characters are pool[start[id] .. start[id + 1])
    private char[] pool;
    private int size;

    public TermTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[cap];
        terms = new String[Math.max(16, expected)];
        start = new int[terms.length + 1];
        pool = new char[terms.length * 8];
    }

    public int size() {
        return size;
    }

    public String term(int id) {
        return terms[id];
    }

    /** The hash every lookup uses; {@link #mix} of the polynomial {@code 31 h + c} over the characters. */
    static int hash(CharSequence s) {
        int h = 0;
        for (int i = 0, n = s.length(); i < n; i++) h = 31 * h + s.charAt(i);
        return mix(h);
    }

    /** Finishes a polynomial hash {@code h = 31 h + c} (callers that hash while scanning use this). */
    public static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private boolean same(int id, CharSequence b) {
        int from = start[id];
        int n = start[id + 1] - from;
        if (n != b.length()) return false;
        for (int i = 0; i < n; i++) if (pool[from + i] != b.charAt(i)) return false;
        return true;
    }

    private boolean same(int id, char[] b, int off, int len) {
        int from = start[id];
        if (start[id + 1] - from != len) return false;
        return Arrays.equals(pool, from, from + len, b, off, off + len);
    }

    /** The id of the term, or -1. */
    public int find(CharSequence term) {
        int h = hash(term);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) return -1;
            if ((int) (s >>> 32) == h && same((int) s - 1, term)) return (int) s - 1;
        }
    }

    /** The id of the term, adding it when new (ids are dense, in order of first addition). */
    public int add(CharSequence term) {
        int h = hash(term);
        int mask = slots.length - 1;
        int i = h & mask;
        for (; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) break;
            if ((int) (s >>> 32) == h && same((int) s - 1, term)) return (int) s - 1;
        }
        String t = term.toString();
        return insert(i, h, t, t.toCharArray(), 0, t.length());
    }

    /**
     * The id of the term {@code buf[off .. off+len)} whose hash is {@code hash} (as {@link #mix} of the
     * polynomial hash of those characters), adding it when new. Allocates only for a new term.
     */
    public int add(char[] buf, int off, int len, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) break;
            if ((int) (s >>> 32) == hash && same((int) s - 1, buf, off, len)) return (int) s - 1;
        }
        return insert(i, hash, new String(buf, off, len), buf, off, len);
    }

    /**
     * Like {@link #add(char[], int, int, int)} for the key {@code text[off .. off+len)} <em>folded</em>:
     * ASCII letters lowercased and {@code ’} (U+2019) read as {@code '}; {@code hash} is {@link #mix} of the
     * polynomial hash of the folded characters. Saves the caller copying each token to fold it.
     */
    public int addFolded(char[] text, int off, int len, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) break;
            if ((int) (s >>> 32) == hash && sameFolded((int) s - 1, text, off, len)) return (int) s - 1;
        }
        char[] folded = new char[len];
        for (int k = 0; k < len; k++) folded[k] = fold(text[off + k]);
        return insert(i, hash, new String(folded), folded, 0, len);
    }

    /**
     * Like {@link #addFolded} for a plain token in UTF-8, {@code text[off, end)}: ASCII and {@code ’}
     * (three bytes) only, {@code folded} characters once ASCII letters are lowercased and {@code ’} read as
     * {@code '}; {@code hash} is {@link #mix} of the polynomial hash of those characters.
     */
    public int addFoldedUtf8(byte[] text, int off, int end, int folded, int hash) {
        int mask = slots.length - 1;
        int i = hash & mask;
        for (; ; i = (i + 1) & mask) {
            long s = slots[i];
            if (s == 0) break;
            if ((int) (s >>> 32) == hash && sameFoldedUtf8((int) s - 1, text, off, end, folded)) return (int) s - 1;
        }
        char[] chars = new char[folded];
        for (int k = off, n = 0; k < end; k += plainLength(text[k])) chars[n++] = foldedPlain(text[k]);
        return insert(i, hash, new String(chars), chars, 0, folded);
    }

    /**
     * The folded character of a plain token's UTF-8 sequence that starts with {@code lead}: an ASCII byte
     * with its letter lowercased, or {@code '} for {@code ’} (the only non-ASCII character of a plain token).
     */
    static char foldedPlain(byte lead) {
        if (lead < 0) return '\'';
        return (char) (lead >= 'A' && lead <= 'Z' ? lead + 32 : lead);
    }

    /** The byte length of a plain token's UTF-8 sequence that starts with {@code lead}: 1, or 3 for {@code ’}. */
    static int plainLength(byte lead) {
        return lead < 0 ? 3 : 1;
    }

    private boolean sameFoldedUtf8(int id, byte[] text, int off, int end, int folded) {
        int from = start[id];
        if (start[id + 1] - from != folded) return false;
        char[] p = pool;
        for (int k = off, n = from; k < end; k += plainLength(text[k]), n++) {
            if (p[n] != foldedPlain(text[k])) return false;
        }
        return true;
    }

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') return (char) (c + 32);
        return c == '\u2019' ? '\'' : c;
    }

    private boolean sameFolded(int id, char[] b, int off, int len) {
        int from = start[id];
        if (start[id + 1] - from != len) return false;
        char[] p = pool;
        for (int k = 0; k < len; k++) if (p[from + k] != fold(b[off + k])) return false;
        return true;
    }

    private int insert(int slot, int h, String term, char[] chars, int off, int len) {
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            start = Arrays.copyOf(start, size * 2 + 1);
        }
        int from = start[size];
        if (from + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + len));
        System.arraycopy(chars, off, pool, from, len);
        start[size + 1] = from + len;
        terms[size] = term;
        slots[slot] = ((long) h << 32) | (size + 1);
        size++;
        if (size * 2 > slots.length) rehash();
        return size - 1;
    }

    private void rehash() {
        long[] n = new long[slots.length * 2];
        int mask = n.length - 1;
        for (long s : slots) {
            if (s == 0) continue;
            int i = (int) (s >>> 32) & mask;
            while (n[i] != 0) i = (i + 1) & mask;
            n[i] = s;
        }
        slots = n;
    }
}
