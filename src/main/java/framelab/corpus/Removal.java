package framelab.corpus;

/**
 * One piece of text the {@link Cleaner} removed from a document: which rule removed it, how many
 * characters, and an excerpt so a researcher can audit the decision ({@code cleaning.csv}).
 */
public record Removal(String docId, String rule, int chars, String excerpt) {
}
