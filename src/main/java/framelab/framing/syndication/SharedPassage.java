package framelab.framing.syndication;

/**
 * A maximal run of words two documents have in common (one row of {@code shared_passages.csv}), or a
 * passage repeated inside one document ({@code docA.equals(docB)}, the first copy as A). Offsets are
 * UTF-16 character indices into each document's text, start inclusive, end exclusive; the span runs from
 * the first word's first character to the last word's last character. The two spans hold the same
 * {@code words} once lowercased, with punctuation, quotes and a possessive {@code 's} ignored, so they can
 * differ in those.
 *
 * @param words number of word tokens in the passage
 * @param text  the passage as it stands in document A ({@code textA.substring(startA, endA)})
 */
public record SharedPassage(String docA, String docB, String groupA, String groupB, int startA, int endA,
                            int startB, int endB, int words, String text) {
}
