package framelab.framing.quotes;

/**
 * What a quotation run does, recorded in its spec.
 *
 * @param topSpeakers   speakers listed per group in the summary, 1..10,000
 * @param indirect      whether to find indirect (reported) speech as well as direct quotes
 * @param maxQuoteChars the longest direct quotation accepted, 20..100,000 characters: a quotation mark that is
 *                      never closed must not swallow the rest of a long one-paragraph text
 */
public record QuoteOptions(int topSpeakers, boolean indirect, int maxQuoteChars) {
    public static final QuoteOptions DEFAULTS = new QuoteOptions(20, true, 3000);

    public QuoteOptions {
        if (topSpeakers < 1 || topSpeakers > 10_000) {
            throw new IllegalArgumentException("topSpeakers must be 1..10000, got " + topSpeakers);
        }
        if (maxQuoteChars < 20 || maxQuoteChars > 100_000) {
            throw new IllegalArgumentException("maxQuoteChars must be 20..100000 characters, got " + maxQuoteChars);
        }
    }

    public QuoteOptions withTopSpeakers(int n) { return new QuoteOptions(n, indirect, maxQuoteChars); }
    public QuoteOptions withIndirect(boolean b) { return new QuoteOptions(topSpeakers, b, maxQuoteChars); }
    public QuoteOptions withMaxQuoteChars(int n) { return new QuoteOptions(topSpeakers, indirect, n); }

    String spec() {
        return "topSpeakers=" + topSpeakers + ", indirect=" + indirect + ", maxQuoteChars=" + maxQuoteChars;
    }
}
