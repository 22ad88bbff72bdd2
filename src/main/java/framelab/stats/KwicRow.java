package framelab.stats;

/** One concordance line: the keyword as written, its left and right context, and where it is. */
public record KwicRow(String docId, String group, int position, int charStart, String left, String keyword, String right) {
}
