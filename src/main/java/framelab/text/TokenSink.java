package framelab.text;

/**
 * Receives tokens without allocation: the token is {@code text[start, end)} in the original text,
 * and {@code clitic} marks an English possessive/contraction {@code 's} split off the word before it.
 */
@FunctionalInterface
public interface TokenSink {
    void token(CharSequence text, int start, int end, boolean clitic);
}
