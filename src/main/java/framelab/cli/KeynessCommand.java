package framelab.cli;

import framelab.Analysis;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "keyness", mixinStandardHelpOptions = true,
        description = "Keyness of a target group against a reference: keyness.csv (+ documents.csv, cleaning.csv, run.json); --with-freq adds frequencies.csv.")
final class KeynessCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();
    @Mixin KeynessOptionsCli keyness = new KeynessOptionsCli();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--with-freq", description = "Also write frequencies.csv from the same pass.")
    boolean withFreq;

    @Option(names = "--top", defaultValue = "0", description = "With --with-freq: top N terms per group (0 = all). Default: ${DEFAULT-VALUE}")
    int top;

    @Override
    public Integer call() {
        RunSupport.runAndWrite("keyness", RunSupport.request(corpus, analyzer, keyness, output, top),
                withFreq ? Analysis.Tables.BOTH : Analysis.Tables.KEYNESS, output, spec.commandLine().getOut(), spec.commandLine().getErr(), null);
        return 0;
    }
}
