package framelab.cli;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Corpora;
import framelab.framing.Framing;
import framelab.framing.FramingResult;
import framelab.report.FramingWriter;
import framelab.report.ResultsDirectory;
import framelab.sentiment.Scorers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "framing", mixinStandardHelpOptions = true,
        description = "Who is mentioned, quoted and copied, and the same event told by different outlets: actor_*.csv, quotes.csv, "
                + "quote_summary.csv, syndication_pairs.csv, shared_passages.csv, events.csv, event_comparison.csv.")
final class FramingCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin FramingOptionsCli framing = new FramingOptionsCli();
    @Mixin SentimentOptionsCli sentiment = new SentimentOptionsCli();
    @Mixin OutputOptions output = new OutputOptions();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--p-adjust", defaultValue = "bh", paramLabel = "bh|bonferroni|none", hidden = true,
            description = "Adjustment of pairwise p-values in the tone part (not used by the framing tables).")
    String pAdjust;

    @Override
    public Integer call() {
        CleanedCorpus cc = CleanedCorpus.of(Corpora.read(corpus.corpus, corpus.readOptions()), corpus.cleaner());
        cc.corpus().requireField(corpus.groupBy);
        var tone = sentiment.options(pAdjust);
        var analyzer = framelab.text.Analyzer.defaults();
        FramingResult r = Framing.run(cc.corpus().documents(), corpus.groupBy, analyzer, Scorers.actorLexicon(tone.actors(), null),
                framing.options(tone, output.threads()));
        try (ResultsDirectory dir = ResultsDirectory.open(output.out)) {
            FramingWriter.write(dir, output.csv(), r);
            dir.commit();
        }
        spec.commandLine().getOut().printf("framelab framing: %d documents, %d quotations, %d document pairs sharing text, %d events "
                        + "(%d covered by two or more %s values) -> %s%n", cc.corpus().size(), r.quotes().quotes().size(),
                r.syndication().pairs().size(), r.events().events().size(), r.events().multiGroupEvents().size(), corpus.groupBy, output.out);
        spec.commandLine().getErr().println("framelab framing: timings_ms " + r.timingsMillis());
        return 0;
    }
}
