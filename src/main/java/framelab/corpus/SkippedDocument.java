package framelab.corpus;

/**
 * An input record that was not analysed, with the reason. Skips are never silent: every one ends
 * up in {@code documents.csv} with status {@code skipped}.
 */
public record SkippedDocument(String id, String origin, String reason) {
}
