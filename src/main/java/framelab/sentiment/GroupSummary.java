package framelab.sentiment;

/**
 * One row of {@code sentiment_groups.csv}: the distribution of a measure over the units of one group.
 * {@code sharePositive}/{@code shareNegative} use the threshold of {@link SentimentAggregates#threshold(String, String)}.
 */
public record GroupSummary(String groupBy, String group, String lexicon, String measure, int n, double mean, double sd,
                           double median, double ciLow, double ciHigh, double sharePositive, double shareNegative) {
}
