package framelab.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata of one document: an ordered, immutable map from field name (as it appeared in the
 * manifest, CSV header or JSON object) to its string value. Values are kept verbatim; typed views
 * such as {@link #date()} are derived on demand so nothing is lost at read time.
 */
public record DocMeta(Map<String, String> fields) {

    public DocMeta {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static DocMeta of(Map<String, String> fields) {
        return new DocMeta(fields);
    }

    private static final DocMeta NONE = new DocMeta(Map.of());

    /** No fields: a record whose values could not be read (a row whose fields do not line up with the header). */
    public static DocMeta none() {
        return NONE;
    }

    /** The value of a field, or the empty string when the document has no such field. */
    public String get(String field) {
        String v = fields.get(field);
        return v == null ? "" : v;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The publication date parsed from the {@code date} field, when it is present and parseable. */
    public Optional<java.time.LocalDate> date() {
        return Dates.parse(get("date"));
    }

    /** A copy with one field set (or replaced); the receiver is unchanged. */
    public DocMeta with(String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(field, value);
        return new DocMeta(copy);
    }
}
