package framelab.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a directory with one subfolder per source ({@code corpus/AP/a.txt}, {@code corpus/Daily Mail/b.txt}):
 * the folder name becomes the {@code source} field and the path without extension the id.
 * Files are taken in sorted order so ids and row order are stable across machines.
 */
public final class SourceFoldersReader implements DocumentSource {
    private final Path root;
    private final ReadOptions options;

    public SourceFoldersReader(Path root, ReadOptions options) {
        this.root = root;
        this.options = options;
    }

    @Override public String description() { return root.toString(); }
    @Override public List<String> fields() { return List.of(options.idColumn(), "source"); }

    @Override
    public void forEach(DocumentSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root, 2)) {
            s.filter(p -> root.relativize(p).getNameCount() == 2 && Files.isRegularFile(p)).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new CorpusInputException(root.toString(), "cannot list the directory: " + e.getMessage(), "check the path");
        }
        if (files.isEmpty()) {
            throw new CorpusInputException(root.toString(), "no manifest.csv and no source subfolders with text files",
                    "add manifest.csv (id,file,source,...) or put each source's .txt files in a folder named after it");
        }
        for (Path f : files) {
            Path rel = root.relativize(f);
            String name = rel.getFileName().toString();
            String id = rel.getName(0) + "/" + name.replaceFirst("\\.[^.]*$", "");
            Map<String, String> m = new LinkedHashMap<>();
            m.put(options.idColumn(), id);
            m.put("source", rel.getName(0).toString());
            if (!name.endsWith(".txt")) {
                sink.skip(new SkippedDocument(id, f.toString(), "not a .txt file", DocMeta.of(m)));
                continue;
            }
            sink.accept(new Document(id, TextFiles.readAll(f, options.charset(), options.lenient()), DocMeta.of(m), f.toString()));
        }
    }
}
