package framelab.corpus;

/** Receives documents from a {@link DocumentSource} as they are read, in input order. */
public interface DocumentSink {
    void accept(Document document);

    void skip(SkippedDocument skipped);

    /** A non-fatal problem worth telling the user (an unparseable date, say). */
    default void warn(String location, String message) {
    }
}
