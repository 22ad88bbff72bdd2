package framelab.text;

import java.util.ArrayList;
import java.util.List;

/**
 * framelab's word tokenizer: Unicode letters and digits with the joins news text needs.
 * <ul>
 *   <li>words are runs of letters, digits and combining marks (so accented and non-Latin words stay whole);</li>
 *   <li>an internal hyphen joins compounds: {@code de-escalation}, {@code surface-to-air}, {@code 10-20};</li>
 *   <li>an internal apostrophe ({@code '} or {@code ’}) stays inside: {@code don't}, {@code o’brien};
 *       a final {@code 's}/{@code ’s} is split off as its own clitic token so {@code Russia’s} counts as {@code russia};</li>
 *   <li>abbreviations of single letters with dots stay whole: {@code U.S.}, {@code U.K.}, {@code e.g.};</li>
 *   <li>numbers keep their separators: {@code 100,000}, {@code 3.5};</li>
 *   <li>everything else (punctuation, symbols, emoji, quotes of any kind) separates tokens and is dropped.</li>
 * </ul>
 * Stateless and thread-safe. Offsets are UTF-16 indices into the text and strictly increase.
 */
public final class Tokenizer {
    public static final Tokenizer DEFAULT = new Tokenizer();

    /** The spec recorded in outputs; bump the version when a rule changes. */
    public String spec() {
        return "framelab-words/1(hyphen-compounds,apostrophe-inner,split-'s,dotted-abbrev,number-separators)";
    }

    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        tokenize(text, (t, s, e, c) -> out.add(new Token(t.subSequence(s, e).toString(), s, e)));
        return out;
    }

    public void tokenize(CharSequence text, TokenSink sink) {
        final int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordStart(text, i, c)) {
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
                continue;
            }
            int start = i;
            int abbrev = abbreviationEnd(text, i, n);
            if (abbrev > 0) {
                sink.token(text, start, abbrev, false);
                i = abbrev;
                continue;
            }
            i = wordEnd(text, i, n);
            // a possessive/contraction 's split off as its own token
            if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !isWordChar(text, i + 2))) {
                sink.token(text, start, i, false);
                sink.token(text, i, i + 2, true);
                i += 2;
                continue;
            }
            sink.token(text, start, i, false);
        }
    }

    private static int wordEnd(CharSequence text, int i, int n) {
        boolean digits = true;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(text, i)) {
                if (!(c >= '0' && c <= '9')) digits = false;
                i += Character.isHighSurrogate(c) ? 2 : 1;
                continue;
            }
            if (i + 1 < n && isWordChar(text, i + 1)) {
                char next = text.charAt(i + 1);
                if (c == '-' || c == '\u2010' || c == '\u2011') {
                    i++;
                    continue;
                }
                if (isApostrophe(c) && Character.isLetter(next)) {
                    // split 's (handled by the caller) but keep other inner apostrophes (don't, o'brien)
                    if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(text, i + 2))) return i;
                    i++;
                    continue;
                }
                if (digits && (c == ',' || c == '.') && next >= '0' && next <= '9') {
                    i++;
                    continue;
                }
            }
            return i;
        }
        return i;
    }

    /** End of a dotted abbreviation of two or more single letters (U.S., e.g.), or -1. */
    private static int abbreviationEnd(CharSequence text, int i, int n) {
        int j = i;
        int letters = 0;
        while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        if (letters < 2) return -1;
        if (j < n && isWordChar(text, j)) return -1; // "U.S.A" style handled by the loop; a letter right after means not an abbreviation
        return j;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isWordStart(CharSequence text, int i, char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        int cp = Character.codePointAt(text, i);
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isWordChar(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) return false;
            int cp = Character.codePointAt(text, i);
            return Character.isLetterOrDigit(cp);
        }
        if (Character.isSurrogate(c)) return false;
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
