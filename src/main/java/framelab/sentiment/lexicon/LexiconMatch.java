package framelab.sentiment.lexicon;

import java.util.Map;

/**
 * One lexicon hit in a text, for reading hits in context (a dictionary should be validated by reading
 * what it matches, Grimmer &amp; Stewart 2013).
 *
 * @param start      character offset of the first matched token (inclusive)
 * @param end        character offset after the last matched token (exclusive)
 * @param text       the matched text as written
 * @param pattern    the lexicon pattern that matched (the first one, if several compiled alike)
 * @param counted    what the hit added: for a valence lexicon {@code score → value}; for a category
 *                   lexicon each category with its weight, after negation
 * @param negated    whether the negation rule moved the hit to a negated category
 */
public record LexiconMatch(int start, int end, String text, String pattern, Map<String, Double> counted, boolean negated) {
    public LexiconMatch {
        counted = Map.copyOf(counted);
    }
}
