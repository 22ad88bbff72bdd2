package framelab.corpus;

/**
 * An input record that was not analysed, with the reason. Skips are never silent: every one ends
 * up in {@code documents.csv} with status {@code skipped}, with its metadata where the record's
 * fields could be read (a duplicate or empty id, a missing file); a record whose fields do not line
 * up with the header has none, since its values cannot be told apart.
 */
public record SkippedDocument(String id, String origin, String reason, DocMeta meta) {

    public SkippedDocument {
        java.util.Objects.requireNonNull(meta, "meta (DocMeta.none() when the record's fields are unknown)");
    }

    /** A skip whose record's metadata is unknown. */
    public SkippedDocument(String id, String origin, String reason) {
        this(id, origin, reason, DocMeta.none());
    }
}
