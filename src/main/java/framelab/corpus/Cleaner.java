package framelab.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * Removes what is not the article from news text, recording every removal. SKELETON: the rules are
 * being implemented; for now this returns documents unchanged.
 */
public final class Cleaner {
    private final boolean chrome;
    private final boolean duplicateParagraphs;
    private final boolean exportHeaders;
    private final List<Path> extraRules;

    private Cleaner(boolean chrome, boolean duplicateParagraphs, boolean exportHeaders, List<Path> extraRules) {
        this.chrome = chrome;
        this.duplicateParagraphs = duplicateParagraphs;
        this.exportHeaders = exportHeaders;
        this.extraRules = List.copyOf(extraRules);
    }

    /** Every rule on, bundled chrome rules only. */
    public static Cleaner defaults() {
        return new Cleaner(true, true, true, List.of());
    }

    /** No cleaning at all (the text is analysed as read). */
    public static Cleaner none() {
        return new Cleaner(false, false, false, List.of());
    }

    public Cleaner withChrome(boolean on) { return new Cleaner(on, duplicateParagraphs, exportHeaders, extraRules); }
    public Cleaner withDuplicateParagraphs(boolean on) { return new Cleaner(chrome, on, exportHeaders, extraRules); }
    public Cleaner withExportHeaders(boolean on) { return new Cleaner(chrome, duplicateParagraphs, on, extraRules); }

    /** Adds a user rule file (same format as the bundled chrome rules) to the chrome rules. */
    public Cleaner withExtraRules(Path file) {
        List<Path> more = new java.util.ArrayList<>(extraRules);
        more.add(file);
        return new Cleaner(chrome, duplicateParagraphs, exportHeaders, more);
    }

    public CleanedDocument clean(Document d) {
        return new CleanedDocument(d, List.of());
    }

    /** The cleaning configuration as recorded in run.json. */
    public String spec() {
        return "chrome=" + chrome + (extraRules.isEmpty() ? "" : "+" + extraRules) + "; duplicate-paragraphs=" + duplicateParagraphs
                + "; export-headers=" + exportHeaders;
    }
}
