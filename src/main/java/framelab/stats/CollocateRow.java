package framelab.stats;

/** Association of one collocate with the node term within a window, in one group (or {@code (all)}). */
public record CollocateRow(String groupBy, String group, String node, String collocate, long observed, double expected,
                           long nodeFreq, long collocateFreq, long tokens, double mi, double tScore, double logDice, double g2) {
}
