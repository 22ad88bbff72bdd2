package framelab.cli;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Corpora;
import framelab.report.CsvWriter;
import framelab.report.ResultsDirectory;
import framelab.stats.Kwic;
import framelab.stats.KwicRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = "Keyword in context: kwic.csv (doc_id, group, position, char_start, left, keyword, right); prints the first lines.")
final class KwicCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TERM", description = "Keyword, matched case-insensitively; * is a wildcard (troop*).")
    String term;

    @Option(names = "--window", defaultValue = "5", description = "Tokens of context on each side. Default: ${DEFAULT-VALUE}")
    int window;

    @Option(names = "--show", defaultValue = "20", description = "Lines to print (0 = none). Default: ${DEFAULT-VALUE}")
    int show;

    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CleanedCorpus cc = CleanedCorpus.of(Corpora.read(corpus.corpus, corpus.readOptions()), corpus.cleaner());
        cc.corpus().requireField(corpus.groupBy);
        List<KwicRow> rows = Kwic.find(cc.corpus().documents(), corpus.groupBy, analyzer.analyzer(), term, window);
        try (ResultsDirectory dir = ResultsDirectory.open(output.out)) {
            try (CsvWriter w = CsvWriter.open(dir.file("kwic.csv"), output.csv(),
                    List.of("doc_id", "group", "position", "char_start", "left", "keyword", "right"))) {
                for (KwicRow r : rows) w.row(r.docId(), r.group(), r.position(), r.charStart(), r.left(), r.keyword(), r.right());
            }
            dir.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (KwicRow r : rows.subList(0, Math.min(show, rows.size()))) {
            String left = r.left().length() > 50 ? "…" + r.left().substring(r.left().length() - 49) : r.left();
            String right = r.right().length() > 50 ? r.right().substring(0, 49) + "…" : r.right();
            out.printf("%-8s %50s [%s] %s%n", r.docId(), left, r.keyword(), right);
        }
        out.printf("framelab kwic: %d matches of '%s' -> %s%n", rows.size(), term, output.out.resolve("kwic.csv"));
        return 0;
    }
}
