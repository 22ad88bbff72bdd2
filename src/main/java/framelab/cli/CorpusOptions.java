package framelab.cli;

import framelab.corpus.Cleaner;
import framelab.corpus.ReadOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the corpus is, how to read it and how to clean it. */
final class CorpusOptions {
    @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "PATH",
            description = "Directory (with manifest.csv, or one subfolder per source), .csv/.tsv(.gz) or .jsonl file. Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--text-column", defaultValue = "text", description = "Column/field holding the text. Default: ${DEFAULT-VALUE}")
    String textColumn;

    @Option(names = "--id-column", defaultValue = "id", description = "Column/field holding the document id (row number when absent). Default: ${DEFAULT-VALUE}")
    String idColumn;

    @Option(names = "--encoding", defaultValue = "UTF-8", description = "Input encoding. Default: ${DEFAULT-VALUE}")
    String encoding;

    @Option(names = "--encoding-errors", defaultValue = "strict", paramLabel = "strict|replace",
            description = "strict: stop at the first byte that is not valid in --encoding (with its file, line and offset); "
                    + "replace: read it as U+FFFD and list the document in the warnings. Default: ${DEFAULT-VALUE}")
    String encodingErrors;

    @Option(names = "--group-by", defaultValue = "source", description = "Metadata field to compare by. Default: ${DEFAULT-VALUE}")
    String groupBy;

    @Option(names = "--no-clean", description = "Analyse the text exactly as read (all cleaning off).")
    boolean noClean;

    @Option(names = "--no-clean-chrome", description = "Keep site chrome (donation appeals, subscribe boxes, footers).")
    boolean noChrome;

    @Option(names = "--no-clean-duplicates", description = "Keep paragraphs repeated inside a document.")
    boolean noDuplicates;

    @Option(names = "--no-clean-headers", description = "Keep database-export header lines (word counts, dates, masthead codes).")
    boolean noHeaders;

    @Option(names = "--clean-rules", paramLabel = "FILE", description = "Extra chrome rules, one a line: line-exact TEXT, line-regex, paragraph-regex, tail-from-regex or "
            + "inline-regex REGEX (the format of the bundled src/main/resources/framelab/cleaning/chrome-rules.txt); repeatable.")
    List<Path> extraRules = new ArrayList<>();

    ReadOptions readOptions() {
        Charset cs;
        try {
            cs = Charset.forName(encoding);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown --encoding '" + encoding + "'; use e.g. UTF-8, ISO-8859-1, windows-1252, UTF-16");
        }
        if (!encodingErrors.equals("strict") && !encodingErrors.equals("replace")) {
            throw new IllegalArgumentException("--encoding-errors takes strict or replace, got '" + encodingErrors + "'");
        }
        return new ReadOptions(textColumn, idColumn, cs, encodingErrors.equals("replace"));
    }

    Cleaner cleaner() {
        if (noClean) return Cleaner.none();
        Cleaner c = Cleaner.defaults().withChrome(!noChrome).withDuplicateParagraphs(!noDuplicates).withExportHeaders(!noHeaders);
        for (Path p : extraRules) c = c.withExtraRules(p);
        return c;
    }
}
