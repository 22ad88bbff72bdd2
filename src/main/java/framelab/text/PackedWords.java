package framelab.text;

/**
 * A cache from short word forms to word ids, keyed by the form packed into one {@code long}
 * ({@link Tokenizer.ArraySink}: at most seven folded ASCII characters, a byte each, and the length in
 * the top byte). A lookup is one hash, one load and one comparison — no loop over characters — which
 * matters because four of five tokens in news text are this short. The ids are those of the session's
 * word table, which stays the record of every form; this only remembers where short ones are. Not
 * thread-safe: each session owns one.
 */
final class PackedWords {
    private long[] entries; // key, id + 1, key, id + 1, ...; key 0 = empty (a real key has a length byte)
    private int mask;
    private int size;

    PackedWords(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        entries = new long[cap * 2];
        mask = cap - 1;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
    }

    /** The word id stored for {@code key}, or -1. */
    int get(long key) {
        long[] e = entries;
        int m = mask;
        for (int i = slot(key, m); ; i = (i + 1) & m) {
            long k = e[i << 1];
            if (k == key) return (int) e[(i << 1) + 1] - 1;
            if (k == 0) return -1;
        }
    }

    /** Remembers {@code id} for {@code key} (which must not be present yet). */
    void put(long key, int id) {
        insert(entries, mask, key, id + 1L);
        if (++size * 2 > mask + 1) {
            long[] old = entries;
            entries = new long[old.length * 2];
            mask = mask * 2 + 1;
            for (int j = 0; j < old.length; j += 2) if (old[j] != 0) insert(entries, mask, old[j], old[j + 1]);
        }
    }

    private static void insert(long[] e, int m, long key, long value) {
        int i = slot(key, m);
        while (e[i << 1] != 0) i = (i + 1) & m;
        e[i << 1] = key;
        e[(i << 1) + 1] = value;
    }
}
