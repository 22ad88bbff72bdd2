package framelab.framing.actors;

/**
 * What an actor analysis does, recorded in its spec.
 *
 * @param window   analysed terms on each side of an actor mention that count as its collocates (1..50), as
 *                 {@code framelab.stats.Collocates} counts them for a single node
 * @param minCount fewest co-occurrences a collocate needs to be reported (≥ 1)
 * @param top      collocates kept per actor per group, best logDice first (1..10,000)
 * @param posTags  whether to tag the sentences that collocate windows reach with OpenNLP's UD POS model
 *                 (the {@code pos} column); without it {@code pos} is empty and tagging costs nothing
 */
public record ActorOptions(int window, int minCount, int top, boolean posTags) {
    /** Window 5, at least 2 co-occurrences, top 20 collocates per actor per group, POS tags on. */
    public static final ActorOptions DEFAULTS = new ActorOptions(5, 2, 50, true);

    public ActorOptions {
        if (window < 1 || window > 50) {
            throw new IllegalArgumentException("actor collocate window must be 1..50 analysed terms on each side, got " + window);
        }
        if (minCount < 1) throw new IllegalArgumentException("actor collocate min count must be >= 1, got " + minCount);
        if (top < 1 || top > 10_000) throw new IllegalArgumentException("actor collocates top must be 1..10000 per actor per group, got " + top);
    }

    public ActorOptions withWindow(int w) { return new ActorOptions(w, minCount, top, posTags); }
    public ActorOptions withMinCount(int m) { return new ActorOptions(window, m, top, posTags); }
    public ActorOptions withTop(int t) { return new ActorOptions(window, minCount, t, posTags); }
    public ActorOptions withPosTags(boolean p) { return new ActorOptions(window, minCount, top, p); }

    /** The options as written into a result's spec. */
    public String spec() {
        return "window=" + window + ", minCount=" + minCount + ", top=" + top + ", posTags=" + posTags;
    }
}
