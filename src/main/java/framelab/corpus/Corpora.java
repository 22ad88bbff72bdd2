package framelab.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the reader for a corpus path: a directory (with manifest.csv or source subfolders), CSV/TSV(.gz) or JSONL. */
public final class Corpora {
    private Corpora() {
    }

    public static DocumentSource open(Path path, ReadOptions options) {
        if (Files.isDirectory(path)) {
            return Files.exists(path.resolve(ManifestDirectoryReader.MANIFEST))
                    ? new ManifestDirectoryReader(path, options)
                    : new SourceFoldersReader(path, options);
        }
        if (!Files.exists(path)) {
            throw new CorpusInputException(path.toString(), "no such file or directory",
                    "give --corpus a directory, a .csv/.tsv(.gz) file or a .jsonl file");
        }
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".csv.gz") || n.endsWith(".tsv") || n.endsWith(".tsv.gz") || n.endsWith(".tab")) {
            return new DelimitedReader(path, options);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson")) {
            return new JsonlReader(path, options);
        }
        throw new CorpusInputException(path.toString(), "unknown corpus format",
                "use a directory, or a file ending in .csv, .tsv, .csv.gz, .tsv.gz or .jsonl");
    }

    /** Reads a whole corpus into memory. */
    public static Corpus read(Path path, ReadOptions options) {
        return Corpus.of(open(path, options));
    }
}
