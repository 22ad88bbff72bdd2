package framelab.sentiment.vader;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * VADER's four scores for one text (Hutto &amp; Gilbert 2014), unrounded.
 *
 * @param neg      share of the text's weight that is negative, in [0, 1]
 * @param neu      share that is neutral (words without valence count 1 each)
 * @param pos      share that is positive; neg + neu + pos = 1 up to rounding, or all three are 0 for a text
 *                 without words
 * @param compound the normalised sum of valences, s / sqrt(s² + 15), in [−1, 1]; the README's convention
 *                 calls ≥ 0.05 positive and ≤ −0.05 negative
 */
public record VaderScores(double neg, double neu, double pos, double compound) {
    /** The scores of a text without words. */
    public static final VaderScores EMPTY = new VaderScores(0, 0, 0, 0);

    /**
     * Rounded as vaderSentiment's {@code polarity_scores} prints them: neg, neu and pos to 3 decimals,
     * compound to 4, with Python's {@code round} (exact value of the double, ties to even).
     */
    public VaderScores rounded() {
        return new VaderScores(round(neg, 3), round(neu, 3), round(pos, 3), round(compound, 4));
    }

    static double round(double x, int places) {
        if (!Double.isFinite(x)) return x;
        return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }
}
