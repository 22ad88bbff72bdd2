package framelab.sentiment;

import framelab.stats.Bootstrap;
import framelab.stats.MultipleTesting;
import framelab.text.Unit;
import java.util.List;
import java.util.Objects;

/**
 * What a sentiment run does, recorded in run.json.
 *
 * @param lexicons {@code vader}, {@code afinn}, {@code empath} or paths of user lexicon files
 * @param format   the format of user lexicon files (a {@code LexiconFormat} name), or null to detect it from the extension
 * @param actors   {@code default} (the bundled Russia/Ukraine/NATO dictionary), {@code none}, or a path
 * @param window   tokens on each side of an actor mention for the window measure
 */
public record SentimentOptions(List<String> lexicons, String format, Unit unit, String actors, int window,
                               Bootstrap bootstrap, MultipleTesting adjust) {
    public static final SentimentOptions DEFAULTS = new SentimentOptions(List.of("vader"), null, Unit.SENTENCE, "default", 10,
            Bootstrap.DEFAULT, MultipleTesting.BH);

    public SentimentOptions {
        lexicons = List.copyOf(lexicons);
        if (lexicons.isEmpty()) throw new IllegalArgumentException("give at least one lexicon (vader, afinn, empath or a file)");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(actors, "actors");
        if (window < 1 || window > 100) throw new IllegalArgumentException("actor window must be 1..100 tokens, got " + window);
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(adjust, "adjust");
    }

    public SentimentOptions withLexicons(List<String> l) { return new SentimentOptions(l, format, unit, actors, window, bootstrap, adjust); }
    public SentimentOptions withUnit(Unit u) { return new SentimentOptions(lexicons, format, u, actors, window, bootstrap, adjust); }
    public SentimentOptions withActors(String a) { return new SentimentOptions(lexicons, format, unit, a, window, bootstrap, adjust); }
}
