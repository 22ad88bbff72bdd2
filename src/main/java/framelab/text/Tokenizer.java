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
 *
 * <p>The scanner works on a {@code char[]} (a text is copied once, in bulk), with ASCII fast paths in
 * front of every Unicode property test: the tokens are those of a per-character
 * {@code Character.isLetterOrDigit} walk, only cheaper for the ASCII that dominates news text.
 */
public final class Tokenizer {
    public static final Tokenizer DEFAULT = new Tokenizer();

    /**
     * Receives tokens as ranges of the scanned array, like {@link TokenSink}, with the token's fold hash:
     * the polynomial hash {@code h = 31 h + c} over its characters with ASCII letters lowercased and
     * {@code ’} read as {@code '}. {@code plain} says the token has no other non-ASCII character, so its
     * folded characters are its whole lowercased, NFC form. For a plain token of at most
     * {@link #PACKED_MAX} characters, {@code packed} holds those folded characters, one byte each, with
     * the length in the top byte (a complete key in one {@code long}); otherwise it is 0.
     */
    @FunctionalInterface
    interface ArraySink {
        void token(char[] text, int start, int end, boolean clitic, int foldHash, boolean plain, long packed);
    }

    /** Longest token whose folded characters {@link ArraySink} packs into a {@code long}. */
    static final int PACKED_MAX = 7;

    private static long packed(long chars, int length, boolean plain) {
        return plain && length <= PACKED_MAX ? chars | (long) length << 56 : 0L;
    }

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
        char[] a = toArray(text, null);
        new Scanner().tokenize(a, text.length(), (t, s, e, c, h, p, k) -> sink.token(text, s, e, c));
    }

    /** The characters of {@code text} in {@code reuse} when it is large enough, else in a new array. */
    static char[] toArray(CharSequence text, char[] reuse) {
        int n = text.length();
        char[] a = reuse != null && reuse.length >= n ? reuse : new char[Math.max(n, reuse == null ? 0 : reuse.length * 2)];
        if (text instanceof String s) {
            s.getChars(0, n, a, 0);
        } else if (text instanceof StringBuilder sb) {
            sb.getChars(0, n, a, 0);
        } else {
            for (int i = 0; i < n; i++) a[i] = text.charAt(i);
        }
        return a;
    }

    /**
     * The scanning state of one thread (the fold hash of the word being scanned), so the tokenizer stays
     * stateless and shared. Hashing while scanning saves the analyzer a second pass over every token.
     */
    static final class Scanner {
        private int hash;
        private boolean plain;
        private long packed;

        /** Tokenizes {@code text[0, n)}. */
        void tokenize(char[] text, int n, ArraySink sink) {
            int i = 0;
            while (i < n) {
                char c = text[i];
                if (!isWordStart(text, n, i, c)) {
                    i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
                    continue;
                }
                int start = i;
                int abbrev = abbreviationEnd(text, i, n);
                if (abbrev > 0) {
                    fold(text, start, abbrev);
                    sink.token(text, start, abbrev, false, hash, plain, packed);
                    i = abbrev;
                    continue;
                }
                i = wordEnd(text, i, n);
                // a possessive/contraction 's split off as its own token
                if (i + 1 < n && isApostrophe(text[i]) && (text[i + 1] == 's' || text[i + 1] == 'S')
                        && (i + 2 >= n || !isWordChar(text, n, i + 2))) {
                    sink.token(text, start, i, false, hash, plain, packed);
                    fold(text, i, i + 2);
                    sink.token(text, i, i + 2, true, hash, plain, packed);
                    i += 2;
                    continue;
                }
                sink.token(text, start, i, false, hash, plain, packed);
            }
        }

        /** Sets the fold hash and plainness of {@code text[from, to)}, a token not scanned by {@link #wordEnd}. */
        private void fold(char[] text, int from, int to) {
            int h = 0;
            boolean p = true;
            long key = 0;
            for (int k = from; k < to; k++) {
                char c = text[k];
                if (c >= 128) {
                    if (c == '\u2019') c = '\'';
                    else p = false;
                } else if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                h = 31 * h + c;
                key = key << 8 | (c & 0xFF);
            }
            hash = h;
            plain = p;
            packed = packed(key, to - from, p);
        }

        /** The end of the word that starts at {@code i}; leaves its fold hash and plainness in the fields. */
        private int wordEnd(char[] text, int i, int n) {
            int start = i;
            boolean digits = true;
            int h = 0;
            boolean p = true;
            long key = 0; // the folded characters, a byte each (only the last 8 survive; used up to PACKED_MAX)
            while (i < n) {
                char c = text[i];
                if (c < 128) {
                    // ASCII letters and digits, the common case: no property lookup; c | 0x20 lowercases a letter and keeps a digit
                    byte k = ASCII[c];
                    if (k != 0) {
                        digits &= k == DIGIT;
                        h = 31 * h + (c | 0x20);
                        key = key << 8 | (c | 0x20);
                        i++;
                        continue;
                    }
                } else if (isWordChar(text, n, i)) {
                    digits = false;
                    p = false;
                    h = 31 * h + c;
                    if (Character.isHighSurrogate(c)) {
                        h = 31 * h + text[i + 1];
                        i += 2;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (i + 1 < n && isWordChar(text, n, i + 1)) {
                    char next = text[i + 1];
                    if (c == '-' || c == '\u2010' || c == '\u2011') {
                        if (c != '-') p = false;
                        h = 31 * h + c;
                        key = key << 8 | '-';
                        i++;
                        continue;
                    }
                    if (isApostrophe(c) && isLetter(next)) {
                        // split 's (handled by the caller) but keep other inner apostrophes (don't, o'brien)
                        if ((next == 's' || next == 'S') && (i + 2 >= n || !isWordChar(text, n, i + 2))) break;
                        h = 31 * h + '\'';
                        key = key << 8 | '\'';
                        i++;
                        continue;
                    }
                    if (digits && (c == ',' || c == '.') && next >= '0' && next <= '9') {
                        h = 31 * h + c;
                        key = key << 8 | c;
                        i++;
                        continue;
                    }
                }
                break;
            }
            hash = h;
            plain = p;
            packed = packed(key, i - start, p);
            return i;
        }
    }

    /** End of a dotted abbreviation of two or more single letters (U.S., e.g.), or -1. */
    private static int abbreviationEnd(char[] text, int i, int n) {
        int j = i;
        int letters = 0;
        while (j + 1 < n && text[j + 1] == '.' && isLetter(text[j])) {
            letters++;
            j += 2;
        }
        if (letters < 2) return -1;
        if (j < n && isWordChar(text, n, j)) return -1; // "U.S.A" style handled by the loop; a letter right after means not an abbreviation
        return j;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /** Class of each ASCII character: {@link #LETTER}, {@link #DIGIT} or 0 (separator). */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) ASCII[c] = LETTER;
        for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = LETTER;
        for (char c = '0'; c <= '9'; c++) ASCII[c] = DIGIT;
    }

    private static boolean isLetter(char c) {
        if (c < 128) return ASCII[c] == LETTER;
        return Character.isLetter(c);
    }

    /** U+2000–U+206F, General Punctuation (quotes, dashes, spaces, ellipsis): no letter, digit or mark, and frequent in news. */
    private static boolean isGeneralPunctuation(char c) {
        return c >= '\u2000' && c <= '\u206F';
    }

    private static boolean isWordStart(char[] text, int n, int i, char c) {
        if (c < 128) return ASCII[c] != 0;
        if (isGeneralPunctuation(c)) return false;
        int cp = Character.codePointAt(text, i, n);
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isWordChar(char[] text, int n, int i) {
        char c = text[i];
        if (c < 128) return ASCII[c] != 0;
        if (isGeneralPunctuation(c)) return false;
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= n || !Character.isLowSurrogate(text[i + 1])) return false;
            int cp = Character.codePointAt(text, i, n);
            return Character.isLetterOrDigit(cp);
        }
        if (Character.isSurrogate(c)) return false;
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }
}
