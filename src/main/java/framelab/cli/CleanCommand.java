package framelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import framelab.corpus.CleanedCorpus;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.report.CsvWriter;
import framelab.report.ResultWriter;
import framelab.report.ResultsDirectory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Cleaning only: the audit (cleaning.csv) and the cleaned corpus as JSON Lines, ready for other tools. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Clean a corpus: cleaning.csv (every removal) and cleaned.jsonl (id, text and metadata of every document).")
final class CleanCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CleanedCorpus cc = CleanedCorpus.of(Corpora.read(corpus.corpus, corpus.readOptions()), corpus.cleaner());
        ObjectMapper json = new ObjectMapper();
        try (ResultsDirectory dir = ResultsDirectory.open(output.out)) {
            ResultWriter.cleaning(dir.file("cleaning.csv"), output.csv(), cc.removals());
            try (BufferedWriter w = Files.newBufferedWriter(dir.file("cleaned.jsonl"), StandardCharsets.UTF_8)) {
                for (Document d : cc.corpus().documents()) {
                    ObjectNode n = json.createObjectNode();
                    n.put("id", d.id());
                    for (Map.Entry<String, String> e : d.meta().fields().entrySet()) if (!e.getKey().equals("id")) n.put(e.getKey(), e.getValue());
                    n.put("text", d.text());
                    w.write(json.writeValueAsString(n));
                    w.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (CsvWriter w = CsvWriter.open(dir.file("skipped.csv"), output.csv(), List.of("doc_id", "origin", "reason"))) {
                cc.corpus().skipped().forEach(s -> w.row(s.id(), s.origin(), s.reason()));
            }
            dir.commit();
        }
        spec.commandLine().getOut().printf("framelab clean: %d documents cleaned, %d removals, %d skipped -> %s%n",
                cc.corpus().size(), cc.removals().size(), cc.corpus().skipped().size(), output.out);
        return 0;
    }
}
