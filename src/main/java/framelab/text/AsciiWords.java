package framelab.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A cache from short ASCII word forms in UTF-8 to word ids, keyed by the folded bytes themselves: up to
 * {@link #MAX_LENGTH} bytes, each ASCII byte {@code | 0x20} (which lowercases a letter and leaves digits,
 * {@code - ' , .} as they are), loaded eight at a time into two {@code long}s and padded with zero bytes.
 * No word byte is zero, so the padding also encodes the length. A lookup is two loads, a multiply and
 * a compare — no hash over characters, no loop — which is why the byte scanner no longer computes a
 * hash while it scans. On ABP news 99.6 % of the tokens are ASCII words of at most 16 bytes (88 % of at
 * most 8). The ids are those of the session's word table, which stays the record of every form. Not
 * thread-safe: each session owns one.
 */
final class AsciiWords {
    /** The longest form kept here, in bytes. */
    static final int MAX_LENGTH = 16;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long FOLD = 0x2020202020202020L;

    private long[] entries; // first 8 bytes, next 8 bytes, id; first == 0: empty
    private int mask;
    private int size;
    // the key of the last lookup, for put
    private long key1;
    private long key2;

    AsciiWords(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        entries = new long[cap * 3];
        mask = cap - 1;
    }

    /**
     * The word id of the folded form of {@code text[start, end)} (ASCII bytes, {@code 1 <= end - start <= MAX_LENGTH}),
     * or -1; remembers the key for {@link #putLast}.
     */
    int get(byte[] text, int start, int end) {
        int len = end - start;
        long k1;
        long k2 = 0;
        if (start + MAX_LENGTH <= text.length) {
            // whole words of the array, masked to the token (the bytes after it belong to other text)
            long a = (long) LONGS.get(text, start);
            if (len >= 8) {
                k1 = a | FOLD;
                if (len > 8) k2 = ((long) LONGS.get(text, start + 8) | FOLD) & lowBytes(len - 8);
            } else {
                k1 = (a | FOLD) & lowBytes(len);
            }
        } else {
            k1 = bytes(text, start, Math.min(end, start + 8));
            if (len > 8) k2 = bytes(text, start + 8, end);
        }
        key1 = k1;
        key2 = k2;
        long[] e = entries;
        int m = mask;
        for (int i = slot(k1, k2, m); ; i = (i + 1) & m) {
            int at = i * 3;
            long f = e[at];
            if (f == k1 && e[at + 1] == k2) return (int) e[at + 2];
            if (f == 0) return -1;
        }
    }

    /** Remembers {@code id} for the form of the last {@link #get}, which found none. */
    void putLast(int id) {
        insert(entries, mask, key1, key2, id);
        if (++size * 2 > mask + 1) {
            long[] old = entries;
            entries = new long[old.length * 2];
            mask = mask * 2 + 1;
            for (int j = 0; j < old.length; j += 3) if (old[j] != 0) insert(entries, mask, old[j], old[j + 1], old[j + 2]);
        }
    }

    /** A mask of the low {@code n} bytes, 1 <= n <= 8. */
    private static long lowBytes(int n) {
        return -1L >>> ((8 - n) << 3);
    }

    /** {@code text[from, to)} folded, little-endian, at most 8 bytes. */
    private static long bytes(byte[] text, int from, int to) {
        long k = 0;
        for (int i = to - 1; i >= from; i--) k = k << 8 | ((text[i] & 0xFF) | 0x20);
        return k;
    }

    private static int slot(long k1, long k2, int mask) {
        long h = (k1 * 0x9E3779B97F4A7C15L) ^ (k2 * 0xC2B2AE3D27D4EB4FL);
        return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
    }

    private static void insert(long[] e, int m, long k1, long k2, long id) {
        int i = slot(k1, k2, m);
        while (e[i * 3] != 0) i = (i + 1) & m;
        e[i * 3] = k1;
        e[i * 3 + 1] = k2;
        e[i * 3 + 2] = id;
    }
}
