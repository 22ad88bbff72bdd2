package framelab.framing.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotations in one paragraph, from straight and curly, double and single quotation marks.
 *
 * <p>A mark opens when it is left-flanking (after the start, a space or an opening bracket or dash, and
 * before a non-space) and closes when it is right-flanking (after a non-space, and before the end, a space
 * or punctuation), the delimiter-run rule of CommonMark (spec 0.31, "left-flanking delimiter run"); the
 * glyph (“ ‘ versus ” ’) decides only when both hold. A single mark between two letters or digits is an
 * apostrophe ({@code don't}, {@code Ukraine’s}), as is one before a decade ({@code '90s}). Only the
 * outermost quotation counts: marks of the other family inside it (a quote within a quote) are text.
 *
 * <p>Unclosed quotations: an opening mark of the same family while a quotation is open, right after the end
 * of a sentence, starts a new paragraph of the same quotation in a text that lost its line breaks (the
 * earlier part is returned open and {@code continues}); at the paragraph end an open quotation is returned
 * with {@code closed == false} and the caller decides whether the next paragraph continues it (the news
 * convention: no closing mark at the end of a quoted paragraph, an opening mark at the next).
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static final int NONE = 0, SINGLE = 1, DOUBLE = 2;
    private static final String OPEN_PUNCT = "([{—–-/:";
    private static final String CLOSE_PUNCT = ".,;:!?)]}—–-…/";

    /**
     * One quotation: the opening mark at {@code open}, the closing mark at {@code close} (when {@code closed};
     * else {@code close} is where the open part ends, trailing space removed). The quoted text is
     * {@code (open + 1, close)}.
     */
    record Span(int open, int close, boolean closed, boolean continues, int family) {
        int contentStart() { return open + 1; }
        int markEnd() { return closed ? close + 1 : close; }
    }

    static int family(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D' -> DOUBLE;
            case '\'', '\u2018', '\u2019' -> SINGLE;
            default -> NONE;
        };
    }

    private enum Flank { OPEN, CLOSE, BOTH, NEITHER }

    static List<Span> find(String p) {
        List<Span> out = new ArrayList<>();
        int fam = NONE;
        int open = -1;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            int f = family(c);
            if (f == NONE) continue;
            Flank k = flank(p, i, f);
            if (k == Flank.NEITHER) continue;
            if (fam == NONE) {
                if (k == Flank.OPEN || (k == Flank.BOTH && c != '\u201D' && c != '\u2019')) {
                    fam = f;
                    open = i;
                }
                continue;
            }
            if (f != fam) continue;
            boolean opensGlyph = c == '\u201C' || c == '\u2018';
            if (k == Flank.CLOSE || (k == Flank.BOTH && !opensGlyph)) {
                if (hasText(p, open + 1, i)) out.add(new Span(open, i, true, false, fam));
                fam = NONE;
            } else if (k == Flank.OPEN || k == Flank.BOTH) {
                int end = trimEnd(p, open + 1, i);
                if (end > 0 && ".!?".indexOf(p.charAt(end - 1)) >= 0 && hasText(p, open + 1, end)) {
                    out.add(new Span(open, end, false, true, fam));
                }
                open = i;
            }
        }
        if (fam != NONE) {
            int end = trimEnd(p, open + 1, p.length());
            if (hasText(p, open + 1, end)) out.add(new Span(open, end, false, false, fam));
        }
        return out;
    }

    /** The family of the opening mark that starts the paragraph, or {@link #NONE}. */
    static int opensWith(String p) {
        int i = 0;
        while (i < p.length() && space(p.charAt(i))) i++;
        if (i == p.length()) return NONE;
        int f = family(p.charAt(i));
        return f != NONE && flank(p, i, f) == Flank.OPEN ? f : NONE;
    }

    private static Flank flank(String p, int i, int f) {
        char prev = i > 0 ? p.charAt(i - 1) : ' ';
        char next = i + 1 < p.length() ? p.charAt(i + 1) : ' ';
        if (f == SINGLE) {
            if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) return Flank.NEITHER;
            if (decade(p, i + 1)) return Flank.NEITHER;
        }
        boolean left = !space(next) && (space(prev) || OPEN_PUNCT.indexOf(prev) >= 0 || family(prev) != NONE);
        boolean right = !space(prev) && (space(next) || CLOSE_PUNCT.indexOf(next) >= 0 || family(next) != NONE);
        if (left && right) return Flank.BOTH;
        if (left) return Flank.OPEN;
        return right ? Flank.CLOSE : Flank.NEITHER;
    }

    /** Any white space, the no-break space included (Java's isWhitespace leaves it out). */
    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Two digits and an s: the apostrophe of {@code '90s}. */
    private static boolean decade(String p, int i) {
        return i + 2 < p.length() && Character.isDigit(p.charAt(i)) && Character.isDigit(p.charAt(i + 1)) && p.charAt(i + 2) == 's'
                && (i + 3 == p.length() || !Character.isLetterOrDigit(p.charAt(i + 3)));
    }

    private static boolean hasText(String p, int from, int to) {
        for (int i = from; i < to; i++) if (Character.isLetterOrDigit(p.charAt(i))) return true;
        return false;
    }

    private static int trimEnd(String p, int from, int to) {
        int e = to;
        while (e > from && space(p.charAt(e - 1))) e--;
        return e;
    }
}
