package framelab.cli;

import framelab.sentiment.SentimentOptions;
import framelab.stats.Bootstrap;
import framelab.stats.MultipleTesting;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Sentiment options shared by {@code sentiment} and {@code analyze}. */
final class SentimentOptionsCli {
    @Option(names = "--lexicon", paramLabel = "vader|afinn|empath|FILE", split = ",",
            description = "Lexicon(s), repeatable or comma-separated. Default: vader")
    List<String> lexicons = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format of a lexicon FILE when its extension does not say: vader, afinn, word_list, liwc, category_table, membership_table, quanteda_yaml, lexicoder, wordstat, empath, nrc_emolex, mpqa")
    String format;

    @Option(names = "--sentiment-unit", defaultValue = "sentence", paramLabel = "document|paragraph|sentence",
            description = "Unit scored for sentiment. Default: ${DEFAULT-VALUE}")
    String unit;

    @Option(names = "--actors", defaultValue = "default", paramLabel = "default|uk-immigration-2014|none|FILE",
            description = "Actor dictionary (pattern,actor): the bundled Russia/Ukraine/NATO one, the bundled UK immigration 2014 example, none, or a file. Default: ${DEFAULT-VALUE}")
    String actors;

    @Option(names = "--actor-window", defaultValue = "10", description = "Tokens each side of an actor mention for the window measure. Default: ${DEFAULT-VALUE}")
    int window;

    @Option(names = "--bootstrap-seed", defaultValue = "20220202", description = "Seed of the bootstrap resampling (results are reproducible). Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--bootstrap", defaultValue = "2000", description = "Bootstrap resamples. Default: ${DEFAULT-VALUE}")
    int resamples;

    SentimentOptions options(String pAdjust) {
        return new SentimentOptions(lexicons.isEmpty() ? List.of("vader") : lexicons, format, Unit.parse(unit), actors, window,
                new Bootstrap(resamples, 0.95, seed), MultipleTesting.parse(pAdjust));
    }
}
