package framelab.sentiment.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which categories of a {@link CategoryLexicon} are the positive and negative poles, and the names under
 * which negated hits of each pole are counted. For the Lexicoder Sentiment Dictionary (Young &amp; Soroka
 * 2012) these are {@code positive}, {@code negative}, {@code neg_positive} and {@code neg_negative}: LSD2015
 * lists negated phrases ("not good") under the last two keys itself, and {@link DictionaryScorer}'s
 * negation window adds the negated hits it finds to the same two categories.
 *
 * <p>For other dictionaries name the poles: LIWC's {@code posemo}/{@code negemo}, the General Inquirer's
 * {@code Positiv}/{@code Negativ}; their negated hits are then counted as {@code neg_posemo} etc.
 *
 * @param positive        the positive category
 * @param negative        the negative category
 * @param negatedPositive the category for negated positive hits (e.g. "not good")
 * @param negatedNegative the category for negated negative hits (e.g. "not bad")
 */
public record Polarity(String positive, String negative, String negatedPositive, String negatedNegative) {

    public Polarity {
        Objects.requireNonNull(positive, "positive");
        Objects.requireNonNull(negative, "negative");
        Objects.requireNonNull(negatedPositive, "negatedPositive");
        Objects.requireNonNull(negatedNegative, "negatedNegative");
        if (List.of(positive, negative, negatedPositive, negatedNegative).stream().distinct().count() != 4) {
            throw new IllegalArgumentException("polarity categories must be four different names, got "
                    + positive + ", " + negative + ", " + negatedPositive + ", " + negatedNegative);
        }
    }

    /** The poles {@code positive}/{@code negative}, negated hits under {@code neg_positive}/{@code neg_negative}. */
    public static final Polarity STANDARD = new Polarity("positive", "negative", "neg_positive", "neg_negative");

    /** Poles with negated hits counted under {@code neg_<positive>} and {@code neg_<negative>}. */
    public static Polarity of(String positive, String negative) {
        return new Polarity(positive, negative, "neg_" + positive, "neg_" + negative);
    }

    /**
     * The polarity of a dictionary whose categories include {@code positive} and {@code negative} (in any
     * letter case, as in LSD2015, Hu &amp; Liu, NRC EmoLex, MPQA), with {@code neg_positive} and
     * {@code neg_negative} if present; empty otherwise.
     */
    static Optional<Polarity> detect(List<String> categories) {
        String pos = find(categories, "positive");
        String neg = find(categories, "negative");
        if (pos == null || neg == null) return Optional.empty();
        String negPos = find(categories, "neg_" + pos.toLowerCase(Locale.ROOT));
        String negNeg = find(categories, "neg_" + neg.toLowerCase(Locale.ROOT));
        return Optional.of(new Polarity(pos, neg, negPos != null ? negPos : "neg_" + pos, negNeg != null ? negNeg : "neg_" + neg));
    }

    private static String find(List<String> categories, String name) {
        for (String c : categories) if (c.equalsIgnoreCase(name)) return c;
        return null;
    }
}
