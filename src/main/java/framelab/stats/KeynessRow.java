package framelab.stats;

/**
 * One row of {@code keyness.csv}: a term compared between a target and a reference group.
 * Every statistic is signed: positive when the term is key for the target.
 */
public record KeynessRow(String groupBy, String target, String reference, String term,
                         long countTarget, long countReference, long totalTarget, long totalReference,
                         double g2, double p, double pAdjusted, double logRatio, double pctDiff,
                         double chi2, double logOddsZ) {
}
