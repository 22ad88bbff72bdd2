package framelab.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes what is not the article from news text, recording every removal, so that word counts
 * and keyness compare what outlets wrote rather than their page furniture. Three switchable rules,
 * applied in this order:
 * <ol>
 * <li>{@code export-header}: header blocks and trailers of database exports (Factiva), found by their
 *     structure: see {@link ExportHeaders}; the headline is kept;</li>
 * <li>chrome ({@code chrome-inline}, {@code chrome-tail}, {@code chrome-line}, {@code chrome-paragraph}):
 *     site furniture such as donation appeals, subscribe boxes, "Related Articles", copyright lines,
 *     scraper footers and the video and gallery widgets scraped into the text, from the bundled rule file
 *     {@code framelab/cleaning/chrome-rules.txt} plus any user rule files (format in {@link ChromeRules});
 *     the inline rules ({@link InlineChrome}) run first, on the whole text;</li>
 * <li>{@code duplicate-paragraph}: later copies of a paragraph repeated in the same document, also when
 *     they differ only in quotes, dashes or whitespace: see {@link DuplicateParagraphs}.</li>
 * </ol>
 * Every rule but the inline ones removes whole lines; an inline removal takes out the match only (a space
 * stands in for it between two words). The cleaned text keeps the input's paragraph breaks; each removal becomes a {@link Removal} (rule, characters, excerpt of at most 80
 * characters on one line) for {@code cleaning.csv}. A document nothing is removed from comes back
 * unchanged. Instances are immutable and safe to share between threads.
 */
public final class Cleaner {
    private final boolean chrome;
    private final boolean duplicateParagraphs;
    private final boolean exportHeaders;
    private final List<Path> extraRules;
    private final ChromeRules rules;

    private Cleaner(boolean chrome, boolean duplicateParagraphs, boolean exportHeaders, List<Path> extraRules,
                    ChromeRules rules) {
        this.chrome = chrome;
        this.duplicateParagraphs = duplicateParagraphs;
        this.exportHeaders = exportHeaders;
        this.extraRules = List.copyOf(extraRules);
        this.rules = rules;
    }

    /** The bundled chrome rules, parsed once (immutable). */
    private static final class Bundled {
        static final ChromeRules RULES = ChromeRules.bundled();
    }

    /** Every rule on, bundled chrome rules only. */
    public static Cleaner defaults() {
        return new Cleaner(true, true, true, List.of(), Bundled.RULES);
    }

    /** No cleaning at all (the text is analysed as read). */
    public static Cleaner none() {
        return new Cleaner(false, false, false, List.of(), Bundled.RULES);
    }

    /** A copy with the chrome rules (bundled and user files) switched on or off. */
    public Cleaner withChrome(boolean on) {
        return new Cleaner(on, duplicateParagraphs, exportHeaders, extraRules, rules);
    }

    /** A copy with the removal of repeated paragraphs switched on or off. */
    public Cleaner withDuplicateParagraphs(boolean on) {
        return new Cleaner(chrome, on, exportHeaders, extraRules, rules);
    }

    /** A copy with the removal of database-export headers and trailers switched on or off. */
    public Cleaner withExportHeaders(boolean on) {
        return new Cleaner(chrome, duplicateParagraphs, on, extraRules, rules);
    }

    /**
     * Adds a user rule file (same format as the bundled chrome rules) to the chrome rules. The file is
     * read now, so a malformed rule fails here with a {@link CorpusInputException} naming {@code file:line}.
     */
    public Cleaner withExtraRules(Path file) {
        ChromeRules more = rules.plus(file);
        List<Path> files = new ArrayList<>(extraRules);
        files.add(file);
        return new Cleaner(chrome, duplicateParagraphs, exportHeaders, files, more);
    }

    /** The document with the enabled rules applied, and the audit trail of what they removed. */
    public CleanedDocument clean(Document d) {
        return clean(d, InlineChrome.ALL);
    }

    /**
     * As {@link #clean(Document)}, trying only the inline chrome rules in {@code inlineRules}, the set
     * {@link #inlineRulesIn} found in the document's bytes (the others cannot match it).
     */
    public CleanedDocument clean(Document d, long inlineRules) {
        if (!chrome && !duplicateParagraphs && !exportHeaders) return new CleanedDocument(d, List.of());
        InlineChrome.Result inline = inline(d, inlineRules);
        return afterInline(d, inline);
    }

    /** The inline rules of {@code inlineRules} applied to the document's text, or null when none are to run. */
    private InlineChrome.Result inline(Document d, long inlineRules) {
        return chrome && rules.inline().size() > 0 && inlineRules != 0 ? rules.inline().apply(d.text(), d.id(), inlineRules) : null;
    }

    /** The line, paragraph, header and duplicate rules on what the inline rules left ({@code inline}, or null: not run). */
    private CleanedDocument afterInline(Document d, InlineChrome.Result inline) {
        String text = inline == null ? d.text() : inline.text();
        List<Removal> inlineRemovals = inline == null ? List.of() : inline.removals();
        MarkedLines t = new MarkedLines(text);
        if (exportHeaders) ExportHeaders.apply(t);
        if (chrome) rules.apply(t);
        if (duplicateParagraphs) DuplicateParagraphs.apply(t);
        if (!t.anyRemoved()) return inlineRemovals.isEmpty() ? new CleanedDocument(d, List.of()) : new CleanedDocument(d.withText(text), inlineRemovals);
        List<Removal> all = new ArrayList<>(inlineRemovals);
        all.addAll(t.removals(d.id()));
        return new CleanedDocument(d.withText(t.rebuild()), all);
    }

    /**
     * A cleaned document and its text as UTF-8 in {@code bytes[from, to)}: the bytes the text was read from when
     * nothing changed, bytes cut from them when only inline rules removed something, else the text encoded.
     */
    public record CleanedUtf8(CleanedDocument cleaned, byte[] bytes, int from, int to) {
    }

    /**
     * As {@link #clean(Document, long)} for a document whose text was decoded from the well-formed UTF-8
     * {@code utf8[from, to)}, with the cleaned text's UTF-8 for a byte tokenizer. Where only inline rules changed
     * the text (scraped corpora: furniture inside single-line articles) the UTF-8 is cut from the bytes read, not
     * encoded again (about half the cost of encoding on ABP news).
     */
    public CleanedUtf8 cleanUtf8(Document d, long inlineRules, byte[] utf8, int from, int to) {
        if (!chrome && !duplicateParagraphs && !exportHeaders) return new CleanedUtf8(new CleanedDocument(d, List.of()), utf8, from, to);
        InlineChrome.Result inline = inline(d, inlineRules);
        CleanedDocument cd = afterInline(d, inline);
        if (cd.removals().isEmpty()) return new CleanedUtf8(cd, utf8, from, to);
        // the very String the inline rules returned: no later rule changed it, so their cuts are all there is
        boolean onlyInline = inline != null && cd.document().text() == inline.text();
        byte[] cut = onlyInline ? inline.utf8(utf8, from, to) : null;
        byte[] b = cut != null ? cut : cd.document().text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new CleanedUtf8(cd, b, 0, b.length);
    }

    /**
     * Whether {@link #clean} is certain to return a text without a line break unchanged, judged from its
     * length alone, so a counter reading raw bytes can skip decoding it: on a single line the export-header
     * rule needs three lines and the duplicate rule two, and the chrome rules do not look at a line longer
     * than {@value ChromeRules#MAX_PARAGRAPH} characters. False means "perhaps", not "changed".
     *
     * @param utf16Length the text's length in UTF-16 units (its {@code String} length)
     */
    public boolean leavesSingleLineUnchanged(int utf16Length) {
        return !chrome || utf16Length > ChromeRules.MAX_PARAGRAPH;
    }

    /**
     * The inline chrome rules that may remove something from the UTF-8 text {@code b[from, to)}, as a set for
     * {@link #clean(Document, long)}: those whose leading text occurs in it; 0 when none can. A counter reading
     * raw bytes that finds a text {@link #leavesSingleLineUnchanged} still has to clean it when this is not 0.
     */
    public long inlineRulesIn(byte[] utf8, int from, int to) {
        return chrome ? rules.inline().occurring(utf8, from, to) : 0;
    }

    /** Whether {@link #inlineRulesIn} scans eight bytes at a time (its rules' anchors start with few kinds of bytes). */
    boolean inlineScanIsWordAtATime() {
        return rules.inline().scansWordAtATime();
    }

    /** The cleaning configuration as recorded in run.json. */
    public String spec() {
        return "chrome=" + chrome + (extraRules.isEmpty() ? "" : "+" + extraRules) + "; duplicate-paragraphs=" + duplicateParagraphs
                + "; export-headers=" + exportHeaders;
    }
}
