package framelab.stats;

/** One row of {@code frequencies.csv}: a term's frequency in one group. */
public record FrequencyRow(String groupBy, String group, String term, long count, double perMillion, int docFreq, int rank) {
}
