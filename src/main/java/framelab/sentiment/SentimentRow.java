package framelab.sentiment;

/**
 * One tidy row of {@code sentiment_units.csv}: a measure of one lexicon on one unit.
 *
 * @param unit    document, paragraph or sentence
 * @param measure e.g. VADER's compound/pos/neu/neg, AFINN's sum/mean/per100, or a dictionary category
 */
public record SentimentRow(String docId, String unit, String unitId, String group, String lexicon, String measure, double value) {
}
