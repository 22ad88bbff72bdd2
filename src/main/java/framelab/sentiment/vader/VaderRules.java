package framelab.sentiment.vader;

import framelab.corpus.CorpusInputException;
import java.util.Map;

/**
 * The numeric constants of VADER's rules (Hutto &amp; Gilbert 2014; vaderSentiment.py at commit 44fc044),
 * read from the bundled {@code constants.tsv} (the reference's named constants) and {@code rules.tsv}
 * (numbers it writes inline). Immutable.
 *
 * @param boosterIncrement      {@code B_INCR}, 0.293: a booster word's scalar (the values themselves come
 *                              from {@code boosters.tsv})
 * @param boosterDecrement      {@code B_DECR}, −0.293: a dampener's scalar
 * @param capsIncrement         {@code C_INCR}, 0.733: added to a word (or booster) in ALL CAPS when the text
 *                              mixes capitalised and other words
 * @param negationScalar        {@code N_SCALAR}, −0.74: multiplies a negated word's valence
 * @param normalizeAlpha        alpha of {@code normalize}: compound = s / sqrt(s² + alpha), 15
 * @param exclamationIncrement  0.292 per "!" …
 * @param exclamationMaxCount   … counting at most 4
 * @param questionIncrement     0.18 per "?" when there are 2 …
 * @param questionMaxCount      … to 3 of them …
 * @param questionCap           … and 0.96 for more
 * @param boosterDamp2          0.95: weight of a booster two words before the sentiment word
 * @param boosterDamp3          0.9: weight of a booster three words before
 * @param neverSoScalar         1.25: "never so/this X" intensifies instead of negating
 * @param butBefore             0.5: weight of sentiment before the first "but"
 * @param butAfter              1.5: weight of sentiment after it
 * @param stripPunctuation      the characters stripped from both ends of a token (Python's
 *                              {@code string.punctuation})
 * @param stripKeepWholeMax     a token that stripping would leave this short or shorter (in code points) is
 *                              kept whole, so emoticons such as ":)" survive
 */
public record VaderRules(
        double boosterIncrement,
        double boosterDecrement,
        double capsIncrement,
        double negationScalar,
        double normalizeAlpha,
        double exclamationIncrement,
        int exclamationMaxCount,
        double questionIncrement,
        int questionMaxCount,
        double questionCap,
        double boosterDamp2,
        double boosterDamp3,
        double neverSoScalar,
        double butBefore,
        double butAfter,
        String stripPunctuation,
        int stripKeepWholeMax) {

    public VaderRules {
        for (char c : stripPunctuation.toCharArray()) {
            if (c >= 0x80) {
                throw new IllegalArgumentException("stripPunctuation must be ASCII (Python string.punctuation), got U+"
                        + Integer.toHexString(c));
            }
        }
    }

    /** From the two name → value tables; {@code where} names them in errors. */
    static VaderRules of(Map<String, String> constants, Map<String, String> rules, String where) {
        Values c = new Values(constants, where + "constants.tsv");
        Values r = new Values(rules, where + "rules.tsv");
        return new VaderRules(
                c.number("B_INCR"), c.number("B_DECR"), c.number("C_INCR"), c.number("N_SCALAR"),
                c.number("NORMALIZE_ALPHA"),
                r.number("EXCLAMATION_INCR"), r.integer("EXCLAMATION_MAX_COUNT"),
                r.number("QUESTION_INCR"), r.integer("QUESTION_MAX_COUNT"), r.number("QUESTION_CAP"),
                r.number("BOOSTER_DAMP_2"), r.number("BOOSTER_DAMP_3"), r.number("NEVER_SO_SCALAR"),
                r.number("BUT_BEFORE"), r.number("BUT_AFTER"),
                r.text("STRIP_PUNCTUATION"), r.integer("STRIP_KEEP_WHOLE_MAX"));
    }

    /** Lookup with errors that name the file and the missing or malformed constant. */
    private record Values(Map<String, String> values, String file) {
        String text(String name) {
            String v = values.get(name);
            if (v == null) {
                throw new CorpusInputException(file, "the constant " + name + " is missing",
                        "add a line '" + name + "<TAB>value' (see PROVENANCE.md for the reference values)");
            }
            return v;
        }

        double number(String name) {
            String v = text(name).strip();
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new CorpusInputException(file, "the constant " + name + " is '" + v + "', not a finite number",
                    "write a decimal number such as 0.293");
        }

        int integer(String name) {
            String v = text(name).strip();
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new CorpusInputException(file, "the constant " + name + " is '" + v + "', not a whole number",
                        "write a whole number such as 4");
            }
        }
    }
}
