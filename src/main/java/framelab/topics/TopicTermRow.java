package framelab.topics;

/** A top term of a topic with its weight (LDA: φ, the term's probability in the topic; clusters: class-based TF-IDF). A row of {@code topics.csv}. */
public record TopicTermRow(String model, int k, int topic, int rank, String term, double weight) {
}
