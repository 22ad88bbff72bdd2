package framelab.sentiment.lexicon;

import java.util.List;

/**
 * A sentiment or content-analysis lexicon: either a {@link ValenceLexicon} (pattern → score, e.g.
 * AFINN, VADER's word list) or a {@link CategoryLexicon} (pattern → categories, optionally weighted,
 * e.g. LIWC, Lexicoder LSD2015, NRC EmoLex, Empath). Immutable values; the patterns follow
 * {@link Patterns}' rules. Read one with {@link Lexicons}; score text with {@link LexiconScorer}.
 */
public sealed interface Lexicon permits ValenceLexicon, CategoryLexicon {

    /** A short name, written into the {@code lexicon} column of results (e.g. {@code afinn}). */
    String name();

    /** Where the entries came from (a file, a bundled resource, or "built in code"). */
    String source();

    /** Whether {@code *} at the end of a word is a wildcard ({@link Patterns}). */
    boolean globs();

    /** The number of distinct patterns. */
    int size();

    /** The patterns in reading order. */
    List<String> patterns();

    /**
     * Lines the reader skipped or read in a particular way, each with {@code file:line}, for the user to
     * see (the library never prints): for example LIWC conditional codes, a file decoded as windows-1252.
     */
    List<String> notes();
}
