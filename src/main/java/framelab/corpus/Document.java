package framelab.corpus;

import java.util.Objects;

/**
 * One input document: its id (used in every output), its text, its metadata and where it came from
 * ({@code file} or {@code file:line}), so that any later message can point back at the input.
 */
public record Document(String id, String text, DocMeta meta, String origin) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(origin, "origin");
    }

    public Document withText(String newText) {
        return new Document(id, newText, meta, origin);
    }
}
