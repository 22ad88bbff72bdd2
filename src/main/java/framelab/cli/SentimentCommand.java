package framelab.cli;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Corpora;
import framelab.report.ResultsDirectory;
import framelab.report.SentimentWriter;
import framelab.sentiment.SentimentAnalysis;
import framelab.sentiment.SentimentResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Tone per unit, per group (with bootstrap CIs and pairwise tests) and toward actors: "
                + "sentiment_units.csv, sentiment_groups.csv, sentiment_differences.csv, sentiment_actors.csv.")
final class SentimentCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin SentimentOptionsCli sentiment = new SentimentOptionsCli();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--unit", paramLabel = "document|paragraph|sentence",
            description = "Unit scored (same as --sentiment-unit). Default: sentence")
    String unit;

    @Option(names = "--p-adjust", defaultValue = "bh", paramLabel = "bh|bonferroni|none", description = "Adjustment of the pairwise p-values. Default: ${DEFAULT-VALUE}")
    String pAdjust;

    @Override
    public Integer call() {
        CleanedCorpus cc = CleanedCorpus.of(Corpora.read(corpus.corpus, corpus.readOptions()), corpus.cleaner());
        cc.corpus().requireField(corpus.groupBy);
        var options = sentiment.options(pAdjust);
        if (unit != null) options = options.withUnit(framelab.text.Unit.parse(unit));
        // lexicons match surface words (stopwords included), so the default analyzer's tokenizer is all they use
        SentimentResult r = SentimentAnalysis.run(cc.corpus().documents(), corpus.groupBy, framelab.text.Analyzer.defaults(), options);
        try (ResultsDirectory dir = ResultsDirectory.open(output.out)) {
            SentimentWriter.write(dir, output.csv(), r);
            dir.commit();
        }
        spec.commandLine().getOut().printf("framelab sentiment: %d documents, %d unit scores, %d group rows, %d actor rows -> %s%n",
                cc.corpus().size(), r.units().size(), r.groups().size(), r.actors().size(), output.out);
        return 0;
    }
}
