package framelab.corpus;

import java.util.regex.Pattern;

/**
 * Finds the header blocks and trailers that database exports (Factiva and look-alikes) leave inside
 * article text, by their structure rather than by a list of publication codes, so that masthead
 * codes ({@code expresscouk}, {@code daim}, {@code grdn}) do not become the "keywords" of a paper.
 *
 * <p>A header block is anchored on a word-count line ({@code 933 words}) followed within two lines
 * by a date line ({@code 10 april 2014}, {@code April 10, 2014}, {@code 2014-04-10}). It runs
 * <ul>
 * <li>forward over at most {@value #MAX_AFTER} short lines (time, publication name, publication
 *     code, edition, page, language) up to and including a copyright line ({@code ©},
 *     {@code copyright 2014}, {@code c 2014}, {@code all rights reserved}); without such a line
 *     the block ends at the date (and a time line right after it), so unusual layouts lose little;</li>
 * <li>back over at most {@value #MAX_BEFORE} non-blank lines (section, headline, byline, credit),
 *     stopping at the start of the text, at a rule line ({@code ____}) and the record-like line
 *     ({@code {...}}) right before it, or at the previous article's document-id line; when no such
 *     boundary is found, the block starts after the nearest blank line.</li>
 * </ul>
 * The headline is kept, because it is part of what the paper wrote: it is the line with the most
 * words among the lines before the word count that are not a byline ({@code by ...}, or padded with
 * trailing spaces as Factiva pads bylines), not a rule and not a record; on a tie the later line
 * wins (sections come before headlines). Everything else in the block is removed.
 *
 * <p>Trailers: a line {@code document <accession number>} (a code with an embedded yyyymmdd date) is
 * removed, and so is everything after the last such line when it closes with a copyright line
 * (Factiva's "search summary" page).
 */
final class ExportHeaders {
    static final String RULE = "export-header";
    static final int MAX_BEFORE = 4;
    static final int MAX_AFTER = 8;
    private static final int MAX_TRAILER = 60;

    private static final Pattern WORD_COUNT = Pattern.compile("(?i)(?:length:\\s*)?\\d{1,3}(?:[,.]?\\d{3})*\\s+words");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)(?:[a-z]+day,?\\s+)?(?:\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})(?:,?\\s+[a-z]+day)?");
    private static final Pattern TIME = Pattern.compile("\\d{4}|\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i).*(?:©|\\(c\\)|\\bcopyright\\b|\\ball rights reserved\\b).*|c \\d{4}\\b.*");
    private static final Pattern DOCUMENT_ID = Pattern.compile("(?i)document\\s+[a-z0-9]{0,14}?(?:19|20)\\d{6}[a-z0-9]{5,12}");
    private static final Pattern RULE_LINE = Pattern.compile("[_=*~-]{3,}");
    private static final Pattern RECORD = Pattern.compile("\\{.{0,300}\\}|\\[.{0,300}\\]");

    private ExportHeaders() {
    }

    /** Marks export headers and trailers in the kept lines. */
    static void apply(MarkedLines t) {
        String s = t.text();
        // the fast path for ordinary articles: no short line can be a word count or a document id
        if (t.size() < 3) return;
        boolean words = s.contains("words") || s.contains("WORDS") || s.contains("Words");
        boolean docs = s.contains("ocument") || s.contains("OCUMENT");
        if (!words && !docs) return;
        if (words) {
            for (int i = 0; i < t.size(); i++) {
                if (t.removed(i) || t.length(i) > 40 || t.length(i) < 7) continue;
                if (!WORD_COUNT.matcher(t.trimmed(i)).matches()) continue;
                int date = dateAfter(t, i);
                if (date >= 0) i = header(t, i, date);
            }
        }
        if (docs) trailers(t);
    }

    private static int dateAfter(MarkedLines t, int anchor) {
        for (int j = anchor + 1; j <= anchor + 2 && j < t.size(); j++) {
            if (t.length(j) <= 40 && DATE.matcher(t.trimmed(j)).matches()) return j;
        }
        return -1;
    }

    /** Marks one header block; returns the last line of the block. */
    private static int header(MarkedLines t, int anchor, int date) {
        int end = date;
        boolean closed = false;
        for (int k = date + 1; k < t.size() && k <= date + MAX_AFTER; k++) {
            if (t.blank(k)) continue;
            String s = t.trimmed(k);
            if (s.length() <= 300 && COPYRIGHT.matcher(s).matches()) {
                end = k;
                closed = true;
                break;
            }
            if (s.length() > 60 || words(s) > 6) break;
        }
        if (!closed && date + 1 < t.size() && TIME.matcher(t.trimmed(date + 1)).matches()) end = date + 1;

        int start = anchor;
        int nonBlank = 0;
        boolean bounded = false;
        int j = anchor - 1;
        for (; j >= 0; j--) {
            if (t.removed(j)) { // the end of an earlier block
                bounded = true;
                break;
            }
            String s = t.trimmed(j);
            if (DOCUMENT_ID.matcher(s).matches()) {
                bounded = true;
                break;
            }
            if (RULE_LINE.matcher(s).matches()) {
                start = j > 0 && RECORD.matcher(t.trimmed(j - 1)).matches() ? j - 1 : j;
                bounded = true;
                break;
            }
            if (RECORD.matcher(s).matches()) {
                start = j;
                bounded = true;
                break;
            }
            if (!s.isEmpty() && ++nonBlank > MAX_BEFORE) break;
            start = j;
        }
        if (j < 0) bounded = true;
        if (!bounded) {
            for (int k = anchor - 1; k >= start; k--) {
                if (t.blank(k)) {
                    start = k + 1;
                    break;
                }
            }
        }
        int headline = headline(t, start, anchor);
        if (headline < 0) {
            t.remove(start, end, RULE);
        } else {
            if (headline > start) t.remove(start, headline - 1, RULE);
            t.remove(headline + 1, end, RULE);
        }
        return end;
    }

    private static int headline(MarkedLines t, int from, int anchor) {
        int best = -1;
        int bestWords = 0;
        for (int k = from; k < anchor; k++) {
            String s = t.trimmed(k);
            if (s.isEmpty() || RULE_LINE.matcher(s).matches() || RECORD.matcher(s).matches() || isByline(t.raw(k), s)) continue;
            int words = words(s);
            if (words >= bestWords) {
                best = k;
                bestWords = words;
            }
        }
        return best;
    }

    private static int words(String trimmed) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < trimmed.length(); i++) {
            boolean sp = Texts.isSpace(trimmed.charAt(i));
            if (!sp && !in) n++;
            in = !sp;
        }
        return n;
    }

    private static boolean isByline(String raw, String trimmed) {
        if (trimmed.regionMatches(true, 0, "by ", 0, 3)) return true;
        String r = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        return r.endsWith("  ");
    }

    private static void trailers(MarkedLines t) {
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.removed(i) || t.length(i) > 60 || t.length(i) < 20) continue;
            if (DOCUMENT_ID.matcher(t.trimmed(i)).matches()) {
                t.remove(i, i, RULE);
                last = i;
            }
        }
        if (last < 0 || last == t.size() - 1 || t.size() - last > MAX_TRAILER) return;
        int close = t.size() - 1;
        while (close > last && t.blank(close)) close--;
        if (close == last || t.removed(close)) return;
        String s = t.trimmed(close);
        if (s.length() <= 300 && COPYRIGHT.matcher(s).matches()) t.remove(last + 1, t.size() - 1, RULE);
    }
}
