package framelab.text;

/**
 * One text after analysis, in a session's local ids: {@code terms} are the analysed terms in order
 * (what the document-term matrix counts), {@code words} the lowercased word tokens before stopword
 * removal (what lexical diversity is computed on).
 */
public record AnalyzedText(int[] terms, int[] words) {
}
