package framelab.sentiment.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The written form of a lexicon entry ("pattern") and its rules.
 *
 * <p>A pattern is one or more words separated by single spaces ({@code "fed up"}, {@code "not good"}),
 * lower-cased (Locale.ROOT), NFC, with {@code ’} written {@code '} — the same folding as
 * {@link framelab.text.Analyzer#normalize(String)}. In a lexicon with globs ({@link Lexicon#globs()}) a
 * word may end in {@code *}, which matches any continuation of that word, including none:
 * {@code abandon*} matches {@code abandon}, {@code abandoned}, {@code abandonment}. This is the wildcard
 * of LIWC, Lexicoder and quanteda's "glob" valuetype restricted to its common use. A {@code *} anywhere
 * else ({@code *deceit*}, {@code f*ck}) or a bare {@code *} is rejected: framelab has no suffix or infix
 * matching, and silently reading such a pattern some other way would change counts. quanteda's {@code ?}
 * (one character) is not a wildcard here; a pattern with {@code ?} can never match a token, because the
 * tokenizer never keeps {@code ?} inside a word.
 *
 * <p>In a literal lexicon (AFINN, VADER, word lists, NRC, Empath, General Inquirer) {@code *} is an
 * ordinary character; since the tokenizer never keeps it inside a word, such entries (emoticons such as
 * VADER's {@code :-*}) simply never match.
 */
final class Patterns {
    private Patterns() {
    }

    /**
     * The canonical form of {@code raw}: trimmed, inner whitespace collapsed to one space, lower-cased,
     * NFC, {@code ’} → {@code '}.
     *
     * @throws IllegalArgumentException when nothing is left, or (with {@code globs}) a {@code *} is not
     *                                  at the end of a word
     */
    static String normalize(String raw, boolean globs) {
        String s = fold(raw).strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty pattern");
        s = String.join(" ", s.split("\\s+"));
        if (globs) checkGlobs(s);
        return s;
    }

    /** Lower-case (Locale.ROOT), NFC, {@code ’} → {@code '}: the folding applied to patterns and tokens. */
    static String fold(String s) {
        String t = s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(t, Normalizer.Form.NFC) ? t : Normalizer.normalize(t, Normalizer.Form.NFC);
    }

    private static void checkGlobs(String pattern) {
        for (String word : pattern.split(" ")) {
            int star = word.indexOf('*');
            if (star < 0) continue;
            if (word.equals("*")) {
                throw new IllegalArgumentException("a bare '*' in pattern '" + pattern + "' would match every word");
            }
            if (star != word.length() - 1) {
                throw new IllegalArgumentException("'*' may only end a word (prefix match, e.g. abandon*); pattern '"
                        + pattern + "' has one elsewhere, and framelab does not do suffix or infix matching");
            }
        }
    }

    /** True when {@code word} (one word of a glob pattern) is a prefix pattern. */
    static boolean isPrefix(String word) {
        return word.length() > 1 && word.charAt(word.length() - 1) == '*';
    }
}
