package framelab.corpus;

/**
 * Small string helpers the cleaning rules share: whitespace that also counts no-break and
 * zero-width spaces (scraped news is full of them), collapsing, excerpts, and the comparison key
 * that makes two copies of a paragraph equal when they differ only in quotes, dashes or spacing.
 */
final class Texts {
    private Texts() {
    }

    /** Whitespace in the wide sense: Java whitespace plus no-break, zero-width and BOM characters. */
    static boolean isSpace(char c) {
        if (c < 0x80) return c == ' ' || (c <= 0x1F && Character.isWhitespace(c));
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u0085';
    }

    static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) if (!isSpace(s.charAt(i))) return false;
        return true;
    }

    static String trim(CharSequence s, int from, int to) {
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        return s.subSequence(from, to).toString();
    }

    /** Trims and collapses every run of (wide) whitespace to one ASCII space. */
    static String collapse(CharSequence s) {
        if (s instanceof String str && isCollapsed(str)) return str;
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || Character.isISOControl(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0) return true;
        boolean prevSpace = true; // no leading space
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                prevSpace = false;
            } else if (c == ' ') {
                if (prevSpace) return false;
                prevSpace = true;
            } else if (isSpace(c) || Character.isISOControl(c)) {
                return false;
            } else {
                prevSpace = false;
            }
        }
        return !prevSpace;
    }

    /** A single-line excerpt of at most {@code max} characters, ending in "…" when cut. */
    static String excerpt(CharSequence s, int max) {
        String c = collapse(s);
        if (c.length() <= max) return c;
        int cut = max - 1;
        if (Character.isHighSurrogate(c.charAt(cut - 1))) cut--;
        return c.substring(0, cut) + "…";
    }

    /**
     * The key under which two paragraphs count as the same: typographic quotes, apostrophes, dashes
     * and ellipses folded to ASCII, invisible characters dropped, whitespace collapsed, final full
     * stops dropped. Letter case is kept.
     */
    static String comparisonKey(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || Character.isISOControl(c)) {
                space = !sb.isEmpty();
                continue;
            }
            if (c == '\u00AD') continue; // soft hyphen
            if (space) sb.append(' ');
            space = false;
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u0060', '\u00B4' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> sb.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> sb.append('-');
                case '\u2026' -> sb.append("...");
                default -> sb.append(c);
            }
        }
        int n = sb.length();
        while (n > 0 && (sb.charAt(n - 1) == '.' || sb.charAt(n - 1) == ' ')) n--;
        sb.setLength(n); // a copy with or without a final full stop is still a copy
        return sb.toString();
    }
}
