package framelab.cli;

import framelab.framing.FramingOptions;
import framelab.framing.events.EventComparisonOptions;
import framelab.sentiment.SentimentOptions;
import picocli.CommandLine.Option;

/** Framing options shared by {@code framing} and {@code analyze}; the actor dictionary is the sentiment options' {@code --actors}. */
final class FramingOptionsCli {
    @Option(names = "--collocate-window", defaultValue = "5", description = "Analysed terms each side of an actor mention for actor_collocates.csv. Default: ${DEFAULT-VALUE}")
    int collocateWindow;

    @Option(names = "--no-collocate-pos", description = "Do not tag the collocates' part of speech (the tagger takes most of the actor tables' time on big corpora).")
    boolean noCollocatePos;

    @Option(names = "--collocate-top", defaultValue = "50", description = "Collocates kept per actor and group. Default: ${DEFAULT-VALUE}")
    int collocateTop;

    @Option(names = "--no-indirect", description = "Direct quotations only (no reported speech in quotes.csv).")
    boolean noIndirect;

    @Option(names = "--shingle-size", defaultValue = "5", description = "Words per shingle for shared text (2..12). Default: ${DEFAULT-VALUE}")
    int shingleSize;

    @Option(names = "--min-passage-words", defaultValue = "8", description = "Shortest shared passage reported, in words. Default: ${DEFAULT-VALUE}")
    int minPassageWords;

    @Option(names = "--min-containment", defaultValue = "0.2", description = "A pair is reported when one side has at least this share of its shingles in the other. Default: ${DEFAULT-VALUE}")
    double minContainment;

    @Option(names = "--event-date-field", defaultValue = "date", paramLabel = "FIELD", description = "Metadata field with the date (ISO date or day number). Default: ${DEFAULT-VALUE}")
    String eventDateField;

    @Option(names = "--event-window", defaultValue = "3", paramLabel = "DAYS", description = "Largest date distance within an event, in days. Default: ${DEFAULT-VALUE}")
    int eventWindow;

    @Option(names = "--event-min-similarity", paramLabel = "X", description = "Smallest similarity (TF-IDF cosine and shared actors) linking two articles. Default: 0.28")
    Double eventMinSimilarity;

    FramingOptions options(SentimentOptions tone, int threads) {
        FramingOptions d = FramingOptions.DEFAULTS;
        var events = d.events().withDateField(eventDateField).withWindowDays(eventWindow).withThreads(threads);
        if (eventMinSimilarity != null) events = events.withMinSimilarity(eventMinSimilarity);
        var synd = d.syndication().withShingleSize(shingleSize).withMinPassageWords(Math.max(minPassageWords, shingleSize))
                .withMinContainment(minContainment).withThreads(threads);
        if (minPassageWords < shingleSize) {
            throw new IllegalArgumentException("--min-passage-words must be at least --shingle-size (" + shingleSize + "), got " + minPassageWords);
        }
        var quotes = new framelab.framing.quotes.QuoteOptions(d.quotes().topSpeakers(), !noIndirect, d.quotes().maxQuoteChars());
        // the comparison keeps only the mean tone and n of each actor, so the fewest bootstrap resamples do (they cost most of its time)
        var toneInEvents = new SentimentOptions(tone.lexicons(), tone.format(), tone.unit(), tone.actors(), tone.window(),
                new framelab.stats.Bootstrap(100, tone.bootstrap().level(), tone.bootstrap().seed()), tone.adjust());
        var comparison = new EventComparisonOptions(d.comparison().keynessTop(), d.comparison().keynessMinCount(), toneInEvents);
        return new FramingOptions(d.actors().withWindow(collocateWindow).withTop(collocateTop).withPosTags(!noCollocatePos), quotes, synd, events, comparison);
    }
}
