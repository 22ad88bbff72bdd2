package framelab.corpus;

import java.util.List;

/**
 * Anything that can hand over documents in a fixed order: a file being streamed or a {@link Corpus}
 * in memory. Streaming lets a 200 MB corpus be counted without holding its text.
 */
public interface DocumentSource {
    /** Where the documents come from, for messages and the run manifest. */
    String description();

    /** The metadata fields known before reading (the CSV header, the manifest columns); may grow while reading JSONL. */
    List<String> fields();

    /** Streams every document (or its skip) to the sink; throws {@link CorpusInputException} on malformed input. */
    void forEach(DocumentSink sink);
}
