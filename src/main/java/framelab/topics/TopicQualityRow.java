package framelab.topics;

/**
 * One topic's size and quality. A row of {@code topic_quality.csv}.
 *
 * @param size        tokens assigned to the topic (LDA) or in the cluster's units
 * @param share       mean proportion over all units (its prevalence in the corpus)
 * @param units       units whose largest proportion is this topic (for clusters: members)
 * @param alpha       LDA's fitted Dirichlet α for the topic (NaN for clusters)
 */
public record TopicQualityRow(String model, int k, int topic, String label, double size, double share, int units,
                              double coherenceUmass, double coherenceNpmi, double exclusivity, double alpha) {
}
