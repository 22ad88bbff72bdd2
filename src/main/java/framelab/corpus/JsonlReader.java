package framelab.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON Lines corpus: one JSON object per line with a text field, an optional id field and
 * scalar metadata fields (nested values are kept as their JSON text). Blank lines are ignored.
 */
public final class JsonlReader implements DocumentSource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final ReadOptions options;
    private final List<String> fields = new ArrayList<>();

    public JsonlReader(Path file, ReadOptions options) {
        this.file = file;
        this.options = options;
    }

    @Override public String description() { return file.toString(); }
    @Override public List<String> fields() { return List.copyOf(fields); }

    @Override
    public void forEach(DocumentSink sink) {
        Set<String> seen = new HashSet<>();
        long lineNo = 0;
        try (BufferedReader r = TextFiles.open(file, options.charset(), options.lenient())) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                String where = file + ":" + lineNo;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new CorpusInputException(where, "not a JSON object: " + e.getOriginalMessage(),
                            "each line must be one complete JSON object, e.g. {\"id\": \"a1\", \"text\": \"...\"}");
                }
                if (node == null || !node.isObject()) {
                    throw new CorpusInputException(where, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()),
                            "each line must be one JSON object");
                }
                JsonNode text = node.get(options.textColumn());
                Map<String, String> fieldsOfLine = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().equals(options.textColumn())) continue;
                    JsonNode v = e.getValue();
                    fieldsOfLine.put(e.getKey(), v.isValueNode() ? (v.isNull() ? "" : v.asText()) : v.toString());
                    if (!fields.contains(e.getKey())) fields.add(e.getKey());
                }
                DocMeta meta = DocMeta.of(fieldsOfLine);
                String id = node.hasNonNull(options.idColumn()) ? node.get(options.idColumn()).asText().strip() : String.valueOf(lineNo);
                if (text == null || text.isNull()) {
                    sink.skip(new SkippedDocument(id, where, "no '" + options.textColumn() + "' field (use --text-column to name it)", meta));
                    continue;
                }
                if (!text.isTextual()) {
                    sink.skip(new SkippedDocument(id, where, "field '" + options.textColumn() + "' is " + text.getNodeType() + ", not a string", meta));
                    continue;
                }
                if (!seen.add(id)) {
                    sink.skip(new SkippedDocument(id, where, "duplicate id (an earlier line has the same id)", meta));
                    continue;
                }
                sink.accept(new Document(id, text.asText(), meta, where));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TextFiles.malformed(file, options.charset());
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot read: " + e.getMessage(), "check the path");
        }
    }
}
