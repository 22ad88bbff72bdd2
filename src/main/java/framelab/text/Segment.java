package framelab.text;

/** A span of a document's text: its unit id (e.g. {@code 003#p4}), the text, and its start offset in the document. */
public record Segment(String unitId, String text, int start) {
}
