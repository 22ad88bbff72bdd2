package framelab.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One document's text split into lines, with the lines the cleaning rules removed marked and each
 * removal recorded. A working object for a single {@link Cleaner#clean} call, never shared.
 *
 * <p>All rules remove whole lines, so the cleaned text is the kept lines in their original order
 * with their original line breaks; this keeps the output a subsequence of the input. When a whole
 * paragraph goes, the blank lines on both sides close up into one, so the paragraph structure of
 * the remaining text survives for later segmentation.
 */
final class MarkedLines {
    /** Longest excerpt recorded in a {@link Removal}. */
    static final int EXCERPT_MAX = 80;

    private record Event(int from, int to, String rule, int chars, String excerpt) {
    }

    private final String text;
    private final int[] start;
    private final int[] end;      // exclusive, before the '\n'
    private final String[] rule;  // null while the line is kept
    private final List<Event> events = new ArrayList<>();

    MarkedLines(String text) {
        this.text = text;
        // One pass over the text for its line breaks (counting them first was a second full scan, 11% of
        // the counting workers' time on abp_news, whose texts have no line break at all).
        int first = text.indexOf('\n');
        if (first < 0) {
            start = new int[] {0};
            end = new int[] {text.length()};
            rule = new String[1];
            return;
        }
        int[] breaks = new int[16];
        int n = 0;
        for (int i = first; i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == breaks.length) breaks = Arrays.copyOf(breaks, n * 2);
            breaks[n++] = i;
        }
        start = new int[n + 1];
        end = new int[n + 1];
        rule = new String[n + 1];
        for (int line = 0; line < n; line++) {
            start[line + 1] = breaks[line] + 1;
            end[line] = breaks[line];
        }
        end[n] = text.length();
    }

    String text() { return text; }
    int size() { return start.length; }
    boolean removed(int i) { return rule[i] != null; }
    int length(int i) { return end[i] - start[i]; }
    /** The raw line without its line break (may carry a trailing '\r' or padding). */
    String raw(int i) { return text.substring(start[i], end[i]); }
    /** Offset of the line's first character in the text. */
    int offset(int i) { return start[i]; }
    boolean blank(int i) { return Texts.isBlank(text, start[i], end[i]); }
    /** The line without surrounding whitespace (including no-break spaces). */
    String trimmed(int i) { return Texts.trim(text, start[i], end[i]); }
    boolean anyRemoved() { return !events.isEmpty(); }

    /**
     * Marks lines {@code from..to} (inclusive) that are still kept as removed by {@code ruleName}
     * and records one removal for them. Lines already removed by an earlier rule are not counted again.
     */
    void remove(int from, int to, String ruleName) {
        int chars = 0;
        StringBuilder ex = new StringBuilder();
        for (int i = from; i <= to; i++) {
            if (rule[i] != null) continue;
            rule[i] = ruleName;
            chars += length(i) + (end[i] < text.length() ? 1 : 0);
            if (ex.length() <= EXCERPT_MAX && !blank(i)) {
                if (!ex.isEmpty()) ex.append(" / ");
                ex.append(text, start[i], Math.min(end[i], start[i] + EXCERPT_MAX * 2));
            }
        }
        if (chars > 0) events.add(new Event(from, to, ruleName, chars, Texts.excerpt(ex, EXCERPT_MAX)));
    }

    /**
     * The paragraphs of the kept text, as lists of kept non-blank line indexes: blank-line
     * separated, or one paragraph per line when no kept blank line separates two kept lines.
     */
    List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        boolean blankSeparated = false;
        boolean seenContent = false;
        boolean blankAfterContent = false;
        for (int i = 0; i < size(); i++) {
            if (removed(i)) continue;
            if (blank(i)) {
                blankAfterContent = seenContent;
            } else {
                if (blankAfterContent) {
                    blankSeparated = true;
                    break;
                }
                seenContent = true;
            }
        }
        List<Integer> cur = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (removed(i)) continue;
            if (blank(i) || !blankSeparated) {
                flush(cur, out);
                if (blank(i)) continue;
            }
            cur.add(i);
        }
        flush(cur, out);
        return out;
    }

    private static void flush(List<Integer> cur, List<int[]> out) {
        if (cur.isEmpty()) return;
        out.add(cur.stream().mapToInt(Integer::intValue).toArray());
        cur.clear();
    }

    /** The kept lines joined back together; the input itself when nothing was removed. */
    String rebuild() {
        if (!anyRemoved()) return text;
        StringBuilder sb = new StringBuilder(text.length());
        boolean content = false;       // a non-blank line has been written
        boolean removedSince = false;  // a line was removed since the last written line
        int pendingFrom = -1;          // first line of the blank run waiting to be written
        int pendingTo = -1;
        int lastPending = -2;
        for (int i = 0; i < size(); i++) {
            if (removed(i)) {
                removedSince = true;
                continue;
            }
            if (blank(i)) {
                if (pendingFrom < 0 && (content || !removedSince)) {
                    pendingFrom = i;
                    pendingTo = i;
                    lastPending = i;
                } else if (pendingFrom >= 0 && i == lastPending + 1) {
                    pendingTo = i;         // the same original blank run continues
                    lastPending = i;
                }                          // else: a second run meeting the first; drop it
                continue;
            }
            if (pendingFrom >= 0) appendLines(sb, pendingFrom, pendingTo);
            pendingFrom = -1;
            appendLines(sb, i, i);
            content = true;
            removedSince = false;
        }
        if (pendingFrom >= 0 && !removedSince) appendLines(sb, pendingFrom, pendingTo);
        return sb.toString();
    }

    private void appendLines(StringBuilder sb, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (removed(i)) continue;
            sb.append(text, start[i], end[i]);
            if (end[i] < text.length()) sb.append('\n');
        }
    }

    /** The removals in document order. */
    List<Removal> removals(String docId) {
        return events.stream().sorted(Comparator.comparingInt(Event::from))
                .map(e -> new Removal(docId, e.rule(), e.chars(), e.excerpt())).toList();
    }
}
