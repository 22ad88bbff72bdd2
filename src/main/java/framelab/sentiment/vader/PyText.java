package framelab.sentiment.vader;

import java.util.Locale;

/**
 * The few Python {@code str} semantics VADER depends on, reproduced exactly: what {@code split()} counts
 * as whitespace, {@code isupper()}, {@code lower()} and {@code len()} (code points, not UTF-16 units).
 * ASCII takes a fast path; everything else follows Unicode the way CPython does.
 */
final class PyText {
    private PyText() {}

    /**
     * {@code str.isspace()} for one UTF-16 unit (all Python whitespace is in the BMP). Unlike
     * {@link Character#isWhitespace}, Python splits on no-break spaces (U+00A0, U+2007, U+202F) and U+0085.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /**
     * {@code str.isupper()}: at least one cased character and no lower- or title-case one. CPython uses the
     * derived Uppercase/Lowercase properties (category plus Other_Uppercase/Other_Lowercase), as
     * {@link Character#isUpperCase(int)} and {@link Character#isLowerCase(int)} do.
     */
    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') return false;
                if (c >= 'A' && c <= 'Z') cased = true;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) return false;
            if (Character.isUpperCase(cp)) cased = true;
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code str.lower()}; returns {@code s} itself when nothing changes (the common case). */
    static String lower(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return s.toLowerCase(Locale.ROOT);
            if (c >= 'A' && c <= 'Z') return s.toLowerCase(Locale.ROOT);
        }
        return s;
    }

    /** {@code len()} of the substring {@code [from, to)}: code points. */
    static int length(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isSurrogate(s.charAt(i))) return s.codePointCount(from, to);
        }
        return to - from;
    }
}
