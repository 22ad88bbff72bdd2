package framelab.framing.syndication;

import java.util.Arrays;

/**
 * Shingles found in too many documents to say anything about copying: site furniture the cleaner
 * missed (newsletter boxes, country pickers, photo-gallery embeds), stock sentences and much-quoted
 * lines. Text-reuse tools drop them before comparing (passim ignores n-grams in more than 100
 * documents by default; Smith, Cordell &amp; Mullen 2015); so does {@link Syndication}.
 */
final class CommonShingles {
    private CommonShingles() {
    }

    /**
     * The shingles that occur in more than {@code maxDocs} of the given per-document sets (each ascending
     * and distinct), ascending. Counts by sorting all the sets' elements together: one array as long as
     * the corpus has shingles, freed on return.
     */
    static long[] find(long[][] sets, int maxDocs) {
        long total = 0;
        for (long[] s : sets) total += s.length;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the corpus has " + total + " document shingles, more than one array can count; split it");
        }
        if (sets.length <= maxDocs) return new long[0];
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] s : sets) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        Arrays.sort(all);
        Lsh.LongList out = new Lsh.LongList();
        for (int i = 0; i < all.length; ) {
            int j = i + 1;
            while (j < all.length && all[j] == all[i]) j++;
            if (j - i > maxDocs) out.add(all[i]);
            i = j;
        }
        return Arrays.copyOf(out.values, out.size);
    }
}
