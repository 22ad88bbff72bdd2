package framelab.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to read a corpus: which column holds the text and which the document id, and the encoding.
 * When the id column is absent, documents are numbered by row (1-based) so ids stay stable.
 */
public record ReadOptions(String textColumn, String idColumn, Charset charset) {
    public static final ReadOptions DEFAULTS = new ReadOptions("text", "id", StandardCharsets.UTF_8);

    public ReadOptions {
        Objects.requireNonNull(textColumn, "textColumn");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(charset, "charset");
        if (textColumn.isBlank()) throw new IllegalArgumentException("text column must not be blank");
        if (idColumn.isBlank()) throw new IllegalArgumentException("id column must not be blank");
    }

    public ReadOptions withTextColumn(String c) { return new ReadOptions(c, idColumn, charset); }
    public ReadOptions withIdColumn(String c) { return new ReadOptions(textColumn, c, charset); }
    public ReadOptions withCharset(Charset c) { return new ReadOptions(textColumn, idColumn, c); }
}
