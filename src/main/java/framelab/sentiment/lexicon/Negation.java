package framelab.sentiment.lexicon;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The negation rule of {@link DictionaryScorer} for polarity dictionaries.
 *
 * <p>A hit of the positive (negative) category is <em>negated</em> when one of the {@code window} word
 * tokens immediately before the hit's first token is a negator, and no clause punctuation
 * ({@code . ! ? ; :} or {@code …}) stands between that negator and the hit (when {@code clauseBounded}).
 * A negated hit is counted under the polarity's negated category ({@code neg_positive},
 * {@code neg_negative}) <em>instead of</em> its own: every hit is counted once. Hits of entries that are
 * themselves in a negated category (LSD2015's "not good" under {@code neg_positive}) are never negated
 * again, and categories other than the two poles (NRC's joy, fear …) are not affected. One negator
 * negates; two are not read as a double negation. The window of 3 preceding tokens is VADER's
 * (Hutto &amp; Gilbert 2014, {@code _negation_check}); ending the scope at punctuation follows Das &amp; Chen
 * (2001) and Pang, Lee &amp; Vaithyanathan (2002), who negate up to the next punctuation mark. Negators
 * are single tokens; the tokenizer keeps {@code don't}, {@code can't} whole, so they are listed as such.
 *
 * <p>With a window of 3, in "not a very good idea" the hit "good" is negated ("not" is 3 words before
 * it); in "not at all a good idea" it is not ("not" is 4 words before it).
 *
 * @param negators      normalised negator words (lower case, {@code '} apostrophes)
 * @param window        how many word tokens before a hit are searched (0 disables negation)
 * @param clauseBounded whether clause punctuation ends the window
 * @param source        where the negator list came from, for the spec
 */
public record Negation(Set<String> negators, int window, boolean clauseBounded, String source) {

    /** The largest window accepted. */
    public static final int MAX_WINDOW = 50;

    public Negation {
        if (window < 0 || window > MAX_WINDOW) {
            throw new IllegalArgumentException("negation window must be between 0 and " + MAX_WINDOW + " tokens, got " + window);
        }
        LinkedHashSet<String> norm = new LinkedHashSet<>();
        for (String w : negators) {
            if (w == null || w.isBlank()) throw new IllegalArgumentException("empty negator word");
            if (w.strip().contains(" ")) throw new IllegalArgumentException("negators are single words; got '" + w.strip() + "'");
            norm.add(Patterns.fold(w.strip()));
        }
        negators = Set.copyOf(norm);
        source = source == null ? "given" : source;
    }

    /** The bundled English negators ({@code framelab/lexicons/negators/negators-en.txt}), window 3, clause-bounded. */
    public static Negation defaults() {
        return new Negation(read(Lexicons.resource("negators/negators-en.txt")), 3, true, "negators-en");
    }

    /** No negation: polarity hits always count as themselves. */
    public static Negation none() {
        return new Negation(Set.of(), 0, true, "none");
    }

    /** Negators from a word-list file (one per line, {@code #} or {@code ;} comments), window 3, clause-bounded. */
    public static Negation read(Path file) {
        return new Negation(read(LexiconText.read(file)), 3, true, file.toString());
    }

    public Negation withWindow(int w) {
        return new Negation(negators, w, clauseBounded, source);
    }

    public Negation withClauseBounded(boolean b) {
        return new Negation(negators, window, b, source);
    }

    public Negation withNegators(Collection<String> words, String from) {
        return new Negation(Set.copyOf(words), window, clauseBounded, from);
    }

    /** True when the rule can negate anything. */
    public boolean active() {
        return window > 0 && !negators.isEmpty();
    }

    /** What the rule is, for run manifests. */
    public String spec() {
        return active() ? "negation(window=" + window + ",clauseBounded=" + clauseBounded + ",negators=" + source + "(" + negators.size() + "))"
                : "negation(none)";
    }

    private static Set<String> read(LexiconText t) {
        CategoryLexicon l = ListReaders.wordList(t, "negators", "negator");
        return new LinkedHashSet<>(l.patterns());
    }

    /** Whether the hit starting at token {@code start} of {@code u} is negated. */
    boolean negates(UnitTokens u, int start) {
        if (!active()) return false;
        int seen = 0;
        int k = start;
        while (seen < window) {
            if (clauseBounded && u.breakBefore[k]) return false;
            k--;
            if (k < 0) return false;
            if (u.clitic[k]) continue;
            seen++;
            if (negators.contains(u.tokens[k])) return true;
        }
        return false;
    }
}
