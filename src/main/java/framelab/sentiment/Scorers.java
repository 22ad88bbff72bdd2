package framelab.sentiment;

import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.Lexicon;
import framelab.sentiment.lexicon.LexiconFormat;
import framelab.sentiment.lexicon.LexiconScorer;
import framelab.sentiment.lexicon.Lexicons;
import framelab.sentiment.lexicon.Negation;
import framelab.sentiment.vader.VaderScorer;
import framelab.text.Analyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds scorers from the names a user gives: {@code vader}, {@code afinn}, {@code empath}, or a lexicon file. */
public final class Scorers {
    private Scorers() {
    }

    public static List<ToneScorer> of(List<String> names, String format, Analyzer analyzer) {
        List<ToneScorer> out = new ArrayList<>();
        for (String n : names) out.add(one(n, format, analyzer));
        return out;
    }

    static ToneScorer one(String name, String format, Analyzer analyzer) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.equals("vader")) return new ToneScorer.Vader(VaderScorer.bundled());
        if (Lexicons.bundled().contains(key) || key.equals("afinn-165")) {
            return new ToneScorer.Lexicon(LexiconScorer.of(Lexicons.named(key), analyzer));
        }
        Path p = Path.of(name);
        if (!java.nio.file.Files.exists(p)) {
            throw new IllegalArgumentException("no lexicon '" + name + "': use vader, afinn, empath or the path of a lexicon file");
        }
        Lexicon l = format == null ? Lexicons.read(p) : Lexicons.read(p, LexiconFormat.parse(format));
        return new ToneScorer.Lexicon(LexiconScorer.of(l, analyzer));
    }

    /** The actor dictionary as a matcher: {@code default}, {@code none} (null) or a category lexicon file. */
    public static DictionaryScorer actors(String spec, String format, Analyzer analyzer) {
        return actors(actorLexicon(spec, format), analyzer);
    }

    /** An actor dictionary as a matcher (no polarity, no negation); null for null. */
    public static DictionaryScorer actors(CategoryLexicon lex, Analyzer analyzer) {
        return lex == null ? null : DictionaryScorer.of(lex.withoutPolarity(), analyzer).withNegation(Negation.none());
    }

    /**
     * The actor dictionary itself: the bundled one for {@code default} (or a bundled one by name, see
     * {@link Lexicons#bundledActors()}), null for {@code none}, else the
     * category lexicon in the file {@code spec} ({@code format} when its extension does not say).
     */
    public static CategoryLexicon actorLexicon(String spec, String format) {
        if (spec == null || spec.equals("none")) return null;
        if (spec.equals("default")) return Lexicons.actors();
        if (Lexicons.bundledActors().contains(spec)) return Lexicons.actors(spec);
        Lexicon l = format == null ? Lexicons.read(Path.of(spec)) : Lexicons.read(Path.of(spec), LexiconFormat.CATEGORY_TABLE);
        if (!(l instanceof CategoryLexicon c)) {
            throw new IllegalArgumentException("the actor file " + spec + " must map patterns to actors (pattern,actor), not to scores");
        }
        return c;
    }
}
