package framelab.topics;

/** A unit's proportion of one topic. A row of {@code topic_units.csv}. */
public record TopicUnitRow(String model, int k, String docId, String unitId, String group, int topic, double proportion) {
}
