package framelab.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;

/**
 * {@link Tokenizer}'s rules applied to UTF-8 bytes, so a corpus read as bytes is tokenized without
 * first being decoded into a {@code String} and copied into a {@code char[]}. The tokens are exactly
 * those {@link Tokenizer} finds in the decoded text (TokenizerBytesTest holds it to that on random
 * text): every rule is the same, and a test on a character becomes a test on the code point that
 * starts at a byte offset. Where {@link Tokenizer} looks at a single UTF-16 unit (the letter test of a
 * dotted abbreviation and of the letter after an inner apostrophe), a code point outside the Basic
 * Multilingual Plane counts as what its high surrogate is: not a letter.
 *
 * <p>The bytes must be well-formed UTF-8, as Java's strict decoder defines it (no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence): every byte is decoded once on the way,
 * and a malformed sequence throws {@link MalformedInputException}, as decoding the text would have.
 * One scanner per thread (it keeps the kind of the last word scanned); the tokenizer it mirrors is
 * stateless.
 */
final class Utf8Scanner {
    /** A token whose bytes are all ASCII: its folded form (ASCII lowercased) is each byte {@code | 0x20}. */
    static final int ASCII_TOKEN = 0;
    /** A token of ASCII and {@code ’} only, with at least one {@code ’}: folded, {@code ’} reads as {@code '}. */
    static final int PLAIN_TOKEN = 1;
    /** Any other token: it has a character its fold does not cover (lowercasing and NFC run on it). */
    static final int OTHER_TOKEN = 2;

    /** Receives each token as a byte range, with its kind ({@link #ASCII_TOKEN}, {@link #PLAIN_TOKEN}, {@link #OTHER_TOKEN}). */
    interface Sink {
        void token(byte[] text, int start, int end, boolean clitic, int kind);
    }

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) ASCII[c] = LETTER;
        for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = LETTER;
        for (char c = '0'; c <= '9'; c++) ASCII[c] = DIGIT;
    }

    private static final int RIGHT_QUOTE = '\u2019';
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;

    // the kind of the last word wordEnd scanned
    private int kind;

    /** Tokenizes {@code text[from, to)}. */
    void tokenize(byte[] text, int from, int to, Sink sink) throws MalformedInputException {
        int i = from;
        while (i < to) {
            int b = text[i];
            if (b >= 0) {
                if (ASCII[b] == 0) {
                    i++;
                    continue;
                }
            } else {
                int cp = decode(text, i, to);
                if (!isWordStart(cp)) {
                    i += length(cp);
                    continue;
                }
            }
            int start = i;
            // a dotted abbreviation has a '.' right after its first letter: test that before the full check
            int abbrev = (b >= 0 && (i + 1 >= to || text[i + 1] != '.')) ? -1 : abbreviationEnd(text, i, to);
            if (abbrev > 0) {
                sink.token(text, start, abbrev, false, asciiOnly(text, start, abbrev) ? ASCII_TOKEN : OTHER_TOKEN);
                i = abbrev;
                continue;
            }
            i = wordEnd(text, i, to);
            // a possessive/contraction 's split off as its own token
            int apostrophe = apostropheLength(text, i, to);
            if (apostrophe > 0) {
                int s = i + apostrophe;
                if (s < to && (text[s] == 's' || text[s] == 'S') && (s + 1 >= to || !isWordChar(text, s + 1, to))) {
                    sink.token(text, start, i, false, kind);
                    sink.token(text, i, s + 1, true, apostrophe == 1 ? ASCII_TOKEN : PLAIN_TOKEN);
                    i = s + 1;
                    continue;
                }
            }
            sink.token(text, start, i, false, kind);
        }
    }

    private static boolean asciiOnly(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) if (text[i] < 0) return false;
        return true;
    }

    /**
     * The end of the run of ASCII letters and digits at {@code i} (at most {@code to}), in the low 32 bits;
     * bit 32 set when the run is digits only. Eight bytes at a time (SWAR): a word's end is then found
     * without a branch per byte, whose mispredicted exit cost more than the rest of the scan.
     */
    private static long asciiRun(byte[] t, int i, int to) {
        long nonDigits = 0;
        while (i + 8 <= to) {
            long v = (long) LONGS.get(t, i);
            long high = v & HIGH;
            long v7 = v & ~HIGH; // bytes 0..0x7F: the additions below cannot carry into the next byte
            long w = v7 | 0x20 * ONES; // letters lowercased
            long letter = (w + (0x80 - 'a') * ONES) & ~(w + (0x7F - 'z') * ONES);
            long digit = (v7 + (0x80 - '0') * ONES) & ~(v7 + (0x7F - '9') * ONES);
            long notWord = (~(letter | digit) & HIGH) | high;
            long notDigit = (~digit & HIGH) | high;
            if (notWord != 0) {
                int k = Long.numberOfTrailingZeros(notWord) >>> 3;
                nonDigits |= notDigit & ((1L << (k << 3)) - 1);
                return (long) (i + k) | (nonDigits == 0 ? 1L << 32 : 0L);
            }
            nonDigits |= notDigit;
            i += 8;
        }
        for (; i < to; i++) {
            int b = t[i];
            if (b < 0 || ASCII[b] == 0) break;
            if (ASCII[b] != DIGIT) nonDigits = 1;
        }
        return (long) i | (nonDigits == 0 ? 1L << 32 : 0L);
    }

    /** The end of the word that starts at {@code i}; leaves its kind in {@link #kind}. */
    private int wordEnd(byte[] text, int i, int to) {
        boolean digits = true;
        boolean plain = true;
        boolean ascii = true;
        while (true) {
            long run = asciiRun(text, i, to);
            i = (int) run;
            digits &= (run >>> 32) != 0;
            if (i >= to) break;
            int b = text[i];
            int len;
            int c;
            if (b >= 0) {
                c = b;
                len = 1;
            } else {
                int cp = decodeUnchecked(text, i, to);
                len = length(cp);
                c = codePoint(cp);
                if (isWordChar(c)) {
                    digits = false;
                    plain = false;
                    ascii = false;
                    i += len;
                    continue;
                }
            }
            // a separator: it joins only when a word character follows
            int next = i + len;
            if (next < to && isWordChar(text, next, to)) {
                if (c == '-' || c == '\u2010' || c == '\u2011') {
                    if (c != '-') {
                        plain = false;
                        ascii = false;
                    }
                    i = next;
                    continue;
                }
                if ((c == '\'' || c == RIGHT_QUOTE) && isLetter(text, next, to)) {
                    // split 's (handled by the caller) but keep other inner apostrophes (don't, o'brien)
                    if ((text[next] == 's' || text[next] == 'S') && (next + 1 >= to || !isWordChar(text, next + 1, to))) break;
                    if (c != '\'') ascii = false;
                    i = next;
                    continue;
                }
                if (digits && (c == ',' || c == '.') && text[next] >= '0' && text[next] <= '9') {
                    i = next;
                    continue;
                }
            }
            break;
        }
        kind = ascii ? ASCII_TOKEN : plain ? PLAIN_TOKEN : OTHER_TOKEN;
        return i;
    }

    /** End of a dotted abbreviation of two or more single letters (U.S., e.g.), or -1. */
    private int abbreviationEnd(byte[] text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j < to) {
            int len = text[j] >= 0 ? 1 : length(decodeUnchecked(text, j, to));
            if (j + len < to && text[j + len] == '.' && isLetter(text, j, to)) {
                letters++;
                j += len + 1;
            } else {
                break;
            }
        }
        if (letters < 2) return -1;
        if (j < to && isWordChar(text, j, to)) return -1;
        return j;
    }

    /** 1 for {@code '}, 3 for {@code ’} at {@code i}, else 0. */
    private static int apostropheLength(byte[] text, int i, int to) {
        if (i >= to) return 0;
        if (text[i] == '\'') return 1;
        if (text[i] == (byte) 0xE2 && i + 2 < to && text[i + 1] == (byte) 0x80 && text[i + 2] == (byte) 0x99) return 3;
        return 0;
    }

    /** {@link Tokenizer}'s {@code isLetter} of the character at {@code i} (a supplementary code point is its high surrogate: no letter). */
    private static boolean isLetter(byte[] text, int i, int to) {
        int b = text[i];
        if (b >= 0) return ASCII[b] == LETTER;
        int c = codePoint(decodeUnchecked(text, i, to));
        return c <= 0xFFFF && Character.isLetter(c);
    }

    private static boolean isWordChar(byte[] text, int i, int to) {
        int b = text[i];
        if (b >= 0) return ASCII[b] != 0;
        return isWordChar(codePoint(decodeUnchecked(text, i, to)));
    }

    /** {@link Tokenizer}'s {@code isWordChar} of a non-ASCII code point. */
    private static boolean isWordChar(int c) {
        if (c >= 0x2000 && c <= 0x206F) return false; // General Punctuation: quotes, dashes, spaces
        if (Character.isLetterOrDigit(c)) return true;
        if (c > 0xFFFF) return false;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isWordStart(int decoded) {
        int c = codePoint(decoded);
        return !(c >= 0x2000 && c <= 0x206F) && Character.isLetterOrDigit(c);
    }

    // A decoded sequence is packed in an int: the code point in the low 21 bits, the byte length above.
    private static int codePoint(int decoded) {
        return decoded & 0x1FFFFF;
    }

    private static int length(int decoded) {
        return decoded >>> 24;
    }

    /**
     * The code point that starts at {@code i} (a lead byte of a multi-byte sequence), checked as Java's
     * strict UTF-8 decoder checks it. Every non-ASCII byte of the text passes through here once, from
     * the main loop of {@link #tokenize}, before any look-ahead decodes it again unchecked.
     */
    private static int decode(byte[] t, int i, int to) throws MalformedInputException {
        int d = decodeOrNegative(t, i, to);
        if (d < 0) throw new MalformedInputException(1);
        return d;
    }

    /**
     * The code point at {@code i}, which the main loop has validated or will validate before the token
     * it belongs to is emitted; a sequence it has not reached yet may be malformed, so this never reads
     * past {@code to} and returns a non-word character for anything it cannot decode.
     */
    private static int decodeUnchecked(byte[] t, int i, int to) {
        int d = decodeOrNegative(t, i, to);
        return d >= 0 ? d : 0xFFFF | 1 << 24; // a noncharacter: no letter, digit or mark
    }

    /** The decoded sequence at {@code i} (code point and length, see {@link #codePoint}), or -1 when it is malformed. */
    private static int decodeOrNegative(byte[] t, int i, int to) {
        int b0 = t[i] & 0xFF;
        if (b0 == 0xE2) {
            // U+2000-U+2FFF first: General Punctuation (quotes, dashes, ’) is most of the non-ASCII in news
            if (i + 2 < to && cont(t[i + 1]) && cont(t[i + 2])) return 0x2000 | (t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F) | 3 << 24;
            return -1;
        }
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            if (i + 1 < to && cont(t[i + 1])) return ((b0 & 0x1F) << 6 | (t[i + 1] & 0x3F)) | 2 << 24;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (i + 2 < to && cont(t[i + 1]) && cont(t[i + 2])) {
                int b1 = t[i + 1] & 0xFF;
                boolean ok = b0 == 0xE0 ? b1 >= 0xA0 : b0 != 0xED || b1 <= 0x9F;
                if (ok) return ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (t[i + 2] & 0x3F)) | 3 << 24;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (i + 3 < to && cont(t[i + 1]) && cont(t[i + 2]) && cont(t[i + 3])) {
                int b1 = t[i + 1] & 0xFF;
                boolean ok = b0 == 0xF0 ? b1 >= 0x90 : b0 != 0xF4 || b1 <= 0x8F;
                if (ok) return ((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (t[i + 2] & 0x3F) << 6 | (t[i + 3] & 0x3F)) | 4 << 24;
            }
        }
        return -1;
    }

    private static boolean cont(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
