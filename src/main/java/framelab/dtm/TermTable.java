package framelab.dtm;

import java.util.Arrays;

/**
 * A growable open-addressing hash table from term to dense id, probed with any {@link CharSequence}
 * so the hot tokenizing loop looks terms up without creating a String per token. Not thread-safe:
 * each worker owns one.
 */
public final class TermTable {
    private String[] terms;
    private int[] slots; // id + 1, 0 = empty
    private int[] hashes;
    private int size;

    public TermTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new int[cap];
        terms = new String[Math.max(16, expected)];
        hashes = new int[terms.length];
    }

    public int size() {
        return size;
    }

    public String term(int id) {
        return terms[id];
    }

    static int hash(CharSequence s) {
        int h = 0;
        for (int i = 0, n = s.length(); i < n; i++) h = 31 * h + s.charAt(i);
        return h ^ (h >>> 16);
    }

    private static boolean same(String a, CharSequence b) {
        int n = a.length();
        if (n != b.length()) return false;
        for (int i = 0; i < n; i++) if (a.charAt(i) != b.charAt(i)) return false;
        return true;
    }

    /** The id of the term, or -1. */
    public int find(CharSequence term) {
        int h = hash(term);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) return -1;
            if (hashes[s - 1] == h && same(terms[s - 1], term)) return s - 1;
        }
    }

    /** The id of the term, adding it when new (ids are dense, in order of first addition). */
    public int add(CharSequence term) {
        int h = hash(term);
        int mask = slots.length - 1;
        int i = h & mask;
        for (; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) break;
            if (hashes[s - 1] == h && same(terms[s - 1], term)) return s - 1;
        }
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        terms[size] = term.toString();
        hashes[size] = h;
        slots[i] = ++size;
        if (size * 2 > slots.length) rehash();
        return size - 1;
    }

    private void rehash() {
        int[] n = new int[slots.length * 2];
        int mask = n.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & mask;
            while (n[i] != 0) i = (i + 1) & mask;
            n[i] = id + 1;
        }
        slots = n;
    }
}
