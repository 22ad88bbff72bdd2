package framelab.cli;

import framelab.Analysis;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "freq", mixinStandardHelpOptions = true, description = "Term frequencies per group: frequencies.csv (+ documents.csv, cleaning.csv, run.json).")
final class FreqCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--top", defaultValue = "0", description = "Top N terms per group (0 = all). Default: ${DEFAULT-VALUE}")
    int top;

    @Override
    public Integer call() {
        RunSupport.runAndWrite("freq", RunSupport.request(corpus, analyzer, null, output, top), Analysis.Tables.FREQUENCIES, output,
                spec.commandLine().getOut(), spec.commandLine().getErr(), null);
        return 0;
    }
}
