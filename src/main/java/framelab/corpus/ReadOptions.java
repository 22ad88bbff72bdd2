package framelab.corpus;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to read a corpus: which column holds the text and which the document id, and the encoding.
 * When the id column is absent, documents are numbered by row (1-based) so ids stay stable.
 * {@code lenient}: bytes that do not decode become U+FFFD and the document is reported in the warnings,
 * instead of stopping with an input error.
 */
public record ReadOptions(String textColumn, String idColumn, Charset charset, boolean lenient) {
    public static final ReadOptions DEFAULTS = new ReadOptions("text", "id", StandardCharsets.UTF_8, false);

    public ReadOptions(String textColumn, String idColumn, Charset charset) {
        this(textColumn, idColumn, charset, false);
    }

    public ReadOptions {
        Objects.requireNonNull(textColumn, "textColumn");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(charset, "charset");
        if (textColumn.isBlank()) throw new IllegalArgumentException("text column must not be blank");
        if (idColumn.isBlank()) throw new IllegalArgumentException("id column must not be blank");
    }

    public ReadOptions withTextColumn(String c) { return new ReadOptions(c, idColumn, charset, lenient); }
    public ReadOptions withIdColumn(String c) { return new ReadOptions(textColumn, c, charset, lenient); }
    public ReadOptions withCharset(Charset c) { return new ReadOptions(textColumn, idColumn, c, lenient); }
    public ReadOptions withLenient(boolean l) { return new ReadOptions(textColumn, idColumn, charset, l); }
}
