package framelab.topics;

/**
 * The share of a topic in one group: the mean of its units' topic proportions (for a clustering, the
 * fraction of the group's units in the cluster), with a percentile-bootstrap confidence interval.
 * A row of {@code topic_groups.csv}.
 */
public record TopicShareRow(String model, int k, String groupBy, String group, int topic, String label, int units,
                            double share, double ciLow, double ciHigh) {
}
