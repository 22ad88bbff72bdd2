package framelab.framing.actors;

import framelab.text.AnalyzerSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one group, summed over its documents: a private accumulator of {@link ActorAnalysis},
 * owned by one worker until it is merged. Sums only, so the result cannot depend on document order.
 * Actors are indexes into the alphabetical actor list; window counts are {@code int[1 + tags]}: the
 * co-occurrence count, then one count per universal POS tag ({@link PosTagger#TAGS}), or {@code int[1]}
 * without tagging (ints, not longs, halve the largest structure; sums are checked for overflow).
 */
final class GroupTally {
    long docs;
    long tokens;
    long sentences;
    final long[] mentions;
    final long[] docsWith;
    final long[] sentencesWith;
    /** {@code pairs[a][b]} for a &lt; b: sentences naming both. */
    final long[][] pairs;
    /** Analysed term → frequency, filled from {@link #freqById} when a worker finishes. */
    final Map<String, long[]> freq = new HashMap<>();
    /** Per actor: collocate term → window counts. */
    final List<Map<String, int[]>> windows;
    /** Term frequency by the worker session's local term id (the hot path counts ints, not strings). */
    private long[] freqById = new long[0];

    private final int windowWidth;

    GroupTally(int actors, boolean posTags) {
        windowWidth = posTags ? 1 + PosTagger.TAGS.size() : 1;
        mentions = new long[actors];
        docsWith = new long[actors];
        sentencesWith = new long[actors];
        pairs = new long[actors][actors];
        windows = new ArrayList<>(actors);
        for (int a = 0; a < actors; a++) windows.add(new HashMap<>());
    }

    void countTerm(int id) {
        if (id >= freqById.length) freqById = Arrays.copyOf(freqById, Math.max(id + 1, freqById.length * 2 + 1024));
        freqById[id]++;
    }

    int[] window(int actor, String term) {
        return windows.get(actor).computeIfAbsent(term, k -> new int[windowWidth]);
    }

    /** Moves the id-keyed term counts into {@link #freq}, naming terms by {@code session} (the worker's own). */
    void resolve(AnalyzerSession session) {
        for (int id = 0; id < freqById.length; id++) {
            if (freqById[id] > 0) add(freq, session.term(id), freqById[id]);
        }
        freqById = new long[0];
    }

    /** Adds {@code o} (already resolved) into this tally. */
    void addAll(GroupTally o) {
        docs += o.docs;
        tokens += o.tokens;
        sentences += o.sentences;
        for (int a = 0; a < mentions.length; a++) {
            mentions[a] += o.mentions[a];
            docsWith[a] += o.docsWith[a];
            sentencesWith[a] += o.sentencesWith[a];
            for (int b = 0; b < mentions.length; b++) pairs[a][b] += o.pairs[a][b];
            Map<String, int[]> mine = windows.get(a);
            o.windows.get(a).forEach((term, c) -> {
                int[] t = mine.get(term);
                if (t == null) {
                    mine.put(term, c.clone()); // o's arrays are added to two totals: never share them
                } else {
                    for (int i = 0; i < c.length; i++) t[i] = Math.addExact(t[i], c[i]);
                }
            });
        }
        o.freq.forEach((term, c) -> add(freq, term, c[0]));
    }

    private static void add(Map<String, long[]> m, String key, long n) {
        m.computeIfAbsent(key, k -> new long[1])[0] += n;
    }
}
