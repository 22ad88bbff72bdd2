package framelab.cli;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Corpora;
import framelab.report.CsvWriter;
import framelab.report.ResultsDirectory;
import framelab.stats.CollocateRow;
import framelab.stats.Collocates;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "collocates", mixinStandardHelpOptions = true,
        description = "Collocates of a node term within a window, overall and per group: collocates.csv (MI, t-score, logDice, G²).")
final class CollocatesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NODE", description = "The node term.")
    String node;

    @Option(names = "--window", defaultValue = "5", description = "Terms on each side. Default: ${DEFAULT-VALUE}")
    int window;

    @Option(names = "--min-count", defaultValue = "2", description = "Minimum co-occurrences. Default: ${DEFAULT-VALUE}")
    int minCount;

    @Option(names = "--show", defaultValue = "15", description = "Rows to print for (all) (0 = none). Default: ${DEFAULT-VALUE}")
    int show;

    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    static final List<String> COLUMNS = List.of("group_by", "group", "node", "collocate", "observed", "expected", "node_freq",
            "collocate_freq", "tokens", "mi", "t_score", "log_dice", "g2");

    @Override
    public Integer call() {
        CleanedCorpus cc = CleanedCorpus.of(Corpora.read(corpus.corpus, corpus.readOptions()), corpus.cleaner());
        cc.corpus().requireField(corpus.groupBy);
        List<CollocateRow> rows = Collocates.find(cc.corpus().documents(), corpus.groupBy, analyzer.analyzer(), node, window, window, minCount);
        try (ResultsDirectory dir = ResultsDirectory.open(output.out)) {
            try (CsvWriter w = CsvWriter.open(dir.file("collocates.csv"), output.csv(), COLUMNS)) {
                for (CollocateRow r : rows) {
                    w.row(r.groupBy(), r.group(), r.node(), r.collocate(), r.observed(), r.expected(), r.nodeFreq(), r.collocateFreq(),
                            r.tokens(), r.mi(), r.tScore(), r.logDice(), r.g2());
                }
            }
            dir.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        rows.stream().filter(r -> r.group().equals("(all)")).limit(show).forEach(r ->
                out.printf("%-20s O=%-4d logDice=%6.2f MI=%6.2f t=%6.2f G2=%8.2f%n", r.collocate(), r.observed(), r.logDice(), r.mi(), r.tScore(), r.g2()));
        out.printf("framelab collocates: %d rows for '%s' -> %s%n", rows.size(), node, output.out.resolve("collocates.csv"));
        return 0;
    }
}
