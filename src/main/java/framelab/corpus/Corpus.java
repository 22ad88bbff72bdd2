package framelab.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * An immutable corpus held in memory: documents with metadata, the records that were skipped while
 * reading (with reasons) and the warnings raised. The first layer of the pipeline, as quanteda's
 * {@code corpus()}: every later layer keeps the document ids and metadata.
 */
public final class Corpus implements DocumentSource {
    private final String description;
    private final List<Document> documents;
    private final List<SkippedDocument> skipped;
    private final List<String> warnings;
    private final List<String> fields;

    public Corpus(String description, List<Document> documents, List<SkippedDocument> skipped,
                  List<String> warnings, List<String> fields) {
        this.description = Objects.requireNonNull(description);
        this.documents = List.copyOf(documents);
        this.skipped = List.copyOf(skipped);
        this.warnings = List.copyOf(warnings);
        Set<String> f = new LinkedHashSet<>(fields);
        for (Document d : documents) f.addAll(d.meta().fields().keySet());
        this.fields = List.copyOf(f);
    }

    /** Reads a whole source into memory. */
    public static Corpus of(DocumentSource source) {
        List<Document> docs = new ArrayList<>();
        List<SkippedDocument> skips = new ArrayList<>();
        List<String> warns = new ArrayList<>();
        source.forEach(new DocumentSink() {
            @Override public void accept(Document d) { docs.add(d); }
            @Override public void skip(SkippedDocument s) { skips.add(s); }
            @Override public void warn(String location, String message) { warns.add(location + ": " + message); }
        });
        return new Corpus(source.description(), docs, skips, warns, source.fields());
    }

    @Override public String description() { return description; }
    @Override public List<String> fields() { return fields; }
    public List<Document> documents() { return documents; }
    public List<SkippedDocument> skipped() { return skipped; }
    public List<String> warnings() { return warnings; }
    public int size() { return documents.size(); }

    public Document document(String id) {
        for (Document d : documents) if (d.id().equals(id)) return d;
        throw new IllegalArgumentException("no document with id '" + id + "'; ids look like: "
                + documents.stream().limit(5).map(Document::id).toList());
    }

    /** The distinct values of a metadata field, sorted; fails with the known fields when it does not exist. */
    public List<String> groups(String field) {
        requireField(field);
        Set<String> g = new TreeSet<>();
        for (Document d : documents) g.add(d.meta().get(field));
        return List.copyOf(g);
    }

    public void requireField(String field) {
        if (!fields.contains(field)) {
            throw new IllegalArgumentException("no metadata field '" + field + "'; this corpus has: " + fields);
        }
    }

    /** A new corpus with only the documents the predicate keeps (skips and warnings carried over). */
    public Corpus filter(java.util.function.Predicate<Document> keep) {
        return new Corpus(description, documents.stream().filter(keep).toList(), skipped, warnings, fields);
    }

    /** A new corpus with every document mapped. */
    public Corpus map(UnaryOperator<Document> f) {
        return new Corpus(description, documents.stream().map(f).toList(), skipped, warnings, fields);
    }

    @Override
    public void forEach(DocumentSink sink) {
        for (SkippedDocument s : skipped) sink.skip(s);
        for (Document d : documents) sink.accept(d);
    }
}
