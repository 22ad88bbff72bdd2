package framelab.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a directory of text files described by {@code manifest.csv}: one row per document with at
 * least {@code id} and {@code file} (relative to the directory) and any metadata columns
 * (framelab's bundled corpus uses source, outlet_type, date, title, language). A manifest path that
 * leaves the directory — by {@code ..} or through a symbolic link — is refused.
 */
public final class ManifestDirectoryReader implements DocumentSource {
    public static final String MANIFEST = "manifest.csv";
    private final Path root;
    private final ReadOptions options;
    private List<String> fields = List.of();

    public ManifestDirectoryReader(Path root, ReadOptions options) {
        this.root = root;
        this.options = options;
    }

    @Override public String description() { return root.toString(); }
    @Override public List<String> fields() { return fields; }

    @Override
    public void forEach(DocumentSink sink) {
        Path manifest = root.resolve(MANIFEST);
        String mf = manifest.toString();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new CorpusInputException(root.toString(), "cannot open the corpus directory", "check the path");
        }
        try (BufferedReader r = TextFiles.open(manifest, options.charset())) {
            DelimitedRecords records = new DelimitedRecords(r, mf, ',', true);
            DelimitedRecords.Row head = records.next();
            if (head == null) throw new CorpusInputException(mf, "the manifest is empty", "add a header row: id,file,source,date,...");
            List<String> cols = head.fields().stream().map(String::strip).toList();
            int fileCol = cols.indexOf("file");
            int idCol = cols.indexOf(options.idColumn());
            if (fileCol < 0) {
                throw new CorpusInputException(mf + ":1", "no 'file' column in the manifest header " + cols,
                        "add a 'file' column with each document's path relative to " + root);
            }
            List<String> meta = new ArrayList<>(cols);
            meta.remove("file");
            fields = List.copyOf(meta);
            Set<String> seen = new HashSet<>();
            for (DelimitedRecords.Row row; (row = records.next()) != null; ) {
                List<String> f = row.fields();
                String where = mf + ":" + row.line();
                if (f.size() == 1 && f.get(0).isBlank()) continue;
                if (f.size() != cols.size()) {
                    throw new CorpusInputException(where, "row has " + f.size() + " fields, the header has " + cols.size(),
                            "give every row the same columns as the header (quote fields that contain commas)");
                }
                String rel = f.get(fileCol).strip();
                String id = idCol >= 0 ? f.get(idCol).strip() : rel.replaceFirst("\\.[^.]*$", "");
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) if (i != fileCol) m.put(cols.get(i), f.get(i).strip());
                m.putIfAbsent(options.idColumn(), id);
                DocMeta rowMeta = DocMeta.of(m);
                if (!seen.add(id)) {
                    sink.skip(new SkippedDocument(id, where, "duplicate id (an earlier manifest row has the same id)", rowMeta));
                    continue;
                }
                Path file = root.resolve(rel).normalize();
                if (!file.startsWith(root.normalize())) {
                    throw new CorpusInputException(where, "path '" + rel + "' leaves the corpus directory",
                            "manifest paths must stay inside " + root);
                }
                if (!Files.exists(file)) {
                    sink.skip(new SkippedDocument(id, where, "file '" + rel + "' does not exist", rowMeta));
                    continue;
                }
                try {
                    if (!file.toRealPath().startsWith(realRoot)) {
                        throw new CorpusInputException(where, "path '" + rel + "' is a link that points outside the corpus directory",
                                "copy the file into " + root + " instead of linking to it");
                    }
                } catch (IOException e) {
                    sink.skip(new SkippedDocument(id, where, "cannot resolve '" + rel + "': " + e.getMessage(), rowMeta));
                    continue;
                }
                String dateRaw = m.get("date");
                if (dateRaw != null && !dateRaw.isBlank() && Dates.parse(dateRaw).isEmpty()) {
                    sink.warn(where, "date '" + dateRaw + "' is not a date framelab understands; kept as missing (use YYYY-MM-DD)");
                }
                String text = TextFiles.readAll(file, options.charset(), options.lenient());
                // a U+FFFD already in the text is not a replacement: only a file that does not decode is reported
                if (options.lenient() && text.indexOf('\uFFFD') >= 0 && !TextFiles.decodesStrictly(file, options.charset())) {
                    sink.warn(file.toString(), "bytes that are not " + options.charset().name() + " were replaced with U+FFFD");
                }
                sink.accept(new Document(id, text, rowMeta, file.toString()));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw TextFiles.malformed(manifest, options.charset());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CorpusInputException(mf, "no manifest.csv in the corpus directory", "add one, or use one subfolder per source");
        } catch (IOException e) {
            throw new CorpusInputException(mf, "cannot read: " + e.getMessage(), "check the path");
        }
    }
}
