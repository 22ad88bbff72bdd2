package framelab.text;

/** A token with its character offsets in the original text ({@code start} inclusive, {@code end} exclusive). */
public record Token(String text, int start, int end) {
}
