package framelab.topics;

/**
 * How much a topic's share differs between groups: the groups (with at least the minimum number of
 * units) where it is largest and smallest, the difference of their shares with a bootstrap interval,
 * and η², the fraction of the variance of the units' proportions that lies between groups
 * (one-way ANOVA, Fisher 1925; 0 = no difference, 1 = groups explain everything). A row of
 * {@code topic_differences.csv}.
 */
public record TopicDifferenceRow(String model, int k, String groupBy, int topic, String label, String highGroup, double highShare,
                                 String lowGroup, double lowShare, double difference, double ciLow, double ciHigh, double etaSquared,
                                 int groupsCompared) {
}
