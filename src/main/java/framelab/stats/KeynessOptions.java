package framelab.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * Parameters of a keyness comparison, recorded in run.json.
 *
 * @param correction {@code none}, {@code williams} (applied to G²) or {@code yates} (applied to χ²)
 * @param adjust     multiple-testing adjustment of the G² p-values
 * @param priorScale Monroe et al.'s α₀ as a multiple of the pooled corpus size (1 = the pooled counts themselves are the prior)
 * @param minCount   terms with fewer occurrences in target + reference are left out (and out of the adjustment)
 * @param top        keep the {@code top} most positive and {@code top} most negative terms of each comparison by G²
 *                   (after the p-value adjustment over all terms); 0 keeps every term; {@link #AUTO} lets the
 *                   caller decide from the number of comparisons
 */
public record KeynessOptions(String correction, MultipleTesting adjust, double priorScale, int minCount, int top) {
    /** "Decide for me": every term, unless there are so many comparisons that the table would not fit. */
    public static final int AUTO = -1;
    public static final KeynessOptions DEFAULTS = new KeynessOptions("none", MultipleTesting.BH, 1.0, 1, 0);

    public KeynessOptions {
        Objects.requireNonNull(correction, "correction");
        correction = correction.toLowerCase(Locale.ROOT);
        if (!correction.equals("none") && !correction.equals("williams") && !correction.equals("yates")) {
            throw new IllegalArgumentException("unknown correction '" + correction + "'; use none, williams or yates");
        }
        Objects.requireNonNull(adjust, "adjust");
        if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
            throw new IllegalArgumentException("prior scale must be a positive number, got " + priorScale);
        }
        if (minCount < 1) throw new IllegalArgumentException("min count must be >= 1, got " + minCount);
        if (top < AUTO) throw new IllegalArgumentException("keyness top must be >= 0 (0 = all terms), got " + top);
    }

    public KeynessOptions withCorrection(String c) { return new KeynessOptions(c, adjust, priorScale, minCount, top); }
    public KeynessOptions withAdjust(MultipleTesting a) { return new KeynessOptions(correction, a, priorScale, minCount, top); }
    public KeynessOptions withMinCount(int m) { return new KeynessOptions(correction, adjust, priorScale, m, top); }
    public KeynessOptions withTop(int t) { return new KeynessOptions(correction, adjust, priorScale, minCount, t); }
}
