package framelab.sentiment;

/**
 * One row of {@code sentiment_differences.csv}: group A against group B on one measure — difference of
 * means with its bootstrap interval, the Mann–Whitney U test and Cliff's delta.
 */
public record GroupDifference(String groupBy, String groupA, String groupB, String lexicon, String measure, int nA, int nB,
                              double meanDiff, double ciLow, double ciHigh, double u, double p, double pAdjusted,
                              double cliffsDelta) {
}
