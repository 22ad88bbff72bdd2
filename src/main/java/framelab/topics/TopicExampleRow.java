package framelab.topics;

/**
 * A unit that represents a topic: the units with the highest proportion of the topic (LDA) or, for a
 * cluster, the members closest to its centroid. A row of {@code topic_examples.csv}.
 *
 * @param similarity cosine similarity to the cluster centroid (NaN for LDA)
 */
public record TopicExampleRow(String model, int k, int topic, String label, int rank, String docId, String unitId, String group,
                              double proportion, double similarity, String excerpt) {
}
