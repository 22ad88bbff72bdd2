package framelab.cli;

import framelab.Analysis;
import framelab.report.HtmlReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The whole spine in one go: the bundled corpus into results/ with no arguments. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Clean, count and compare a corpus: documents.csv, cleaning.csv, frequencies.csv, keyness.csv, "
                + "sentiment_*.csv, actor_*.csv, quotes.csv, quote_summary.csv, syndication_pairs.csv, shared_passages.csv, events.csv, "
                + "event_comparison.csv, run.json, report.html (and topics with --topics).")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin CorpusOptions corpus = new CorpusOptions();
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();
    @Mixin KeynessOptionsCli keyness = new KeynessOptionsCli();
    @Mixin OutputOptions output = new OutputOptions();
    @Mixin TopicsCommand.AnalyzeTopics topics = new TopicsCommand.AnalyzeTopics();
    @Mixin SentimentOptionsCli sentiment = new SentimentOptionsCli();
    @Mixin FramingOptionsCli framing = new FramingOptionsCli();
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--no-sentiment", description = "Skip the sentiment tables (on by default: VADER on sentences, tone toward actors).")
    boolean noSentiment;

    @Option(names = "--no-framing", description = "Skip the framing tables (on by default: actors, quotations, shared text, events).")
    boolean noFraming;

    @Option(names = "--top", defaultValue = "0", description = "frequencies.csv: top N terms per group (0 = all). Default: ${DEFAULT-VALUE}")
    int top;

    @Override
    public Integer call() {
        var req = RunSupport.request(corpus, analyzer, keyness, output, top);
        java.util.Map<String, Object> sections = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> timings = new java.util.LinkedHashMap<>();
        RunSupport.runAndWrite("analyze", req, Analysis.Tables.BOTH, output, spec.commandLine().getOut(), spec.commandLine().getErr(),
                (r, dir) -> {
                    var t = topics.fit(r, spec.commandLine().getErr());   // null without --topics
                    List<String> files = new java.util.ArrayList<>(topics.write(t, dir, output.csv()));
                    framelab.sentiment.SentimentResult sr = null;
                    framelab.framing.FramingResult fr = null;
                    if (!noSentiment || !noFraming) {
                        // sentiment and framing read the cleaned texts (the matrix keeps only counts)
                        var docs = framelab.corpus.CleanedCorpus.of(framelab.corpus.Corpora.read(req.corpus(), req.read()), req.cleaner())
                                .corpus().documents();
                        var tone = sentiment.options(keyness.pAdjust);
                        if (!noSentiment) {
                            sr = framelab.sentiment.SentimentAnalysis.run(docs, req.groupBy(), req.analyzer(), tone);
                            files.addAll(framelab.report.SentimentWriter.write(dir, output.csv(), sr));
                        }
                        if (!noFraming) {
                            fr = framelab.framing.Framing.run(docs, req.groupBy(), req.analyzer(),
                                    framelab.sentiment.Scorers.actorLexicon(tone.actors(), null), framing.options(tone, req.threads()));
                            files.addAll(framelab.report.FramingWriter.write(dir, output.csv(), fr));
                            sections.put("framing", fr.specs());
                            timings.putAll(fr.timingsMillis());
                        }
                    }
                    HtmlReport.write(dir.file("report.html"), r, t, sr, fr);
                    files.add("report.html");
                    return files;
                }, sections, timings);
        return 0;
    }
}
