package framelab.report;

import framelab.AnalysisResult;
import framelab.corpus.Removal;
import framelab.dtm.DocumentRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's document, group and cleaning tables (HTML fragments), each capped with a pointer to its CSV. */
final class ReportTables {
    /** Tables longer than this are cut, with a note naming the CSV that has every row. */
    static final int CAP = 50;
    private static final int EXCERPTS_PER_RULE = 3;

    private ReportTables() {
    }

    /** One group's size: documents analysed and skipped, word tokens, analysed terms, mean MATTR. */
    record GroupStat(String group, int documents, int skipped, long tokens, long terms, double meanMattr) {
    }

    /** Every group of the run, largest first (by analysed terms, then name). */
    static List<GroupStat> groupStats(AnalysisResult r) {
        String field = r.request().groupBy();
        int mattr = r.build().measureNames().indexOf("mattr");
        Map<String, long[]> acc = new HashMap<>();   // docs, skipped, tokens, terms, mattr count
        Map<String, Double> mattrSum = new HashMap<>();
        for (DocumentRecord d : r.build().documents()) {
            long[] a = acc.computeIfAbsent(d.meta().get(field), k -> new long[5]);
            if (!d.analysed()) {
                a[1]++;
                continue;
            }
            a[0]++;
            a[2] += d.wordTokens();
            a[3] += d.terms();
            if (mattr >= 0 && mattr < d.measures().length && !Double.isNaN(d.measures()[mattr])) {
                a[4]++;
                mattrSum.merge(d.meta().get(field), d.measures()[mattr], Double::sum);
            }
        }
        List<GroupStat> out = new ArrayList<>();
        for (var e : acc.entrySet()) {
            long[] a = e.getValue();
            out.add(new GroupStat(e.getKey(), (int) a[0], (int) a[1], a[2], a[3], a[4] == 0 ? Double.NaN : mattrSum.get(e.getKey()) / a[4]));
        }
        out.sort(Comparator.comparingLong(GroupStat::terms).reversed().thenComparing(GroupStat::group));
        return out;
    }

    static String groups(AnalysisResult r, List<GroupStat> stats) {
        var t = new Html.Table(List.of(r.request().groupBy(), "documents", "skipped", "word tokens", "terms", "mean MATTR"),
                false, true, true, true, true, true);
        for (GroupStat g : stats.subList(0, Math.min(CAP, stats.size()))) {
            t.row(g.group().isEmpty() ? "(empty)" : g.group(), Html.count(g.documents()), Html.count(g.skipped()), Html.count(g.tokens()),
                    Html.count(g.terms()), Html.ratio(g.meanMattr()));
        }
        return t.html(stats.size() - t.rows(), "groups (smaller ones)", "documents.csv");
    }

    /** Small corpora: every document. Large ones: only the skipped documents (their reasons matter). */
    static String documents(AnalysisResult r) {
        List<DocumentRecord> docs = r.build().documents();
        boolean hasTitle = docs.stream().anyMatch(d -> !d.meta().get("title").isBlank());
        boolean hasDate = docs.stream().anyMatch(d -> !d.meta().get("date").isBlank());
        String field = r.request().groupBy();
        int ttr = r.build().measureNames().indexOf("ttr"), mattr = r.build().measureNames().indexOf("mattr");
        StringBuilder b = new StringBuilder();
        List<DocumentRecord> shown = docs;
        if (docs.size() > CAP) {
            shown = docs.stream().filter(d -> !d.analysed()).toList();
            b.append("<p>").append(Html.count(docs.size())).append(" documents: too many to list here, so the table above sums them by ")
                    .append(Html.esc(field)).append(" and the table below lists only the skipped ones. Every document has a row in ")
                    .append("<code>documents.csv</code>.</p>\n");
            if (shown.isEmpty()) return b.append("<p>No document was skipped.</p>\n").toString();
        }
        List<String> header = new ArrayList<>(List.of("id", field));
        if (hasTitle) header.add("title");
        if (hasDate) header.add("date");
        header.addAll(List.of("word tokens", "terms", "TTR", "MATTR", "status"));
        boolean[] numeric = new boolean[header.size()];
        for (int i = header.size() - 5; i < header.size() - 1; i++) numeric[i] = true;
        var t = new Html.Table(header, numeric);
        for (DocumentRecord d : shown.subList(0, Math.min(CAP, shown.size()))) {
            List<Object> row = new ArrayList<>(List.of(d.id(), d.meta().get(field)));
            if (hasTitle) row.add(Html.clip(d.meta().get("title"), 90));
            if (hasDate) row.add(d.meta().get("date"));
            if (d.analysed()) {
                row.addAll(List.of(Html.count(d.wordTokens()), Html.count(d.terms()), Html.ratio(measure(d, ttr)), Html.ratio(measure(d, mattr))));
            } else {
                row.addAll(List.of("", "", "", ""));
            }
            row.add(d.analysed() ? d.status() : d.status() + ": " + d.reason());
            t.row(row.toArray());
        }
        return b + t.html(shown.size() - t.rows(), docs.size() > CAP ? "skipped documents" : "documents", "documents.csv");
    }

    private static double measure(DocumentRecord d, int i) {
        return i >= 0 && i < d.measures().length ? d.measures()[i] : Double.NaN;
    }

    /** What the cleaner removed: per rule, per document (largest first) and a few excerpts of each rule. */
    static String cleaning(AnalysisResult r) {
        List<Removal> removals = r.build().removals();
        StringBuilder b = new StringBuilder();
        b.append("<p>Cleaner: <code>").append(Html.esc(r.build().cleanerSpec())).append("</code>. ");
        if (removals.isEmpty()) return b.append("It removed nothing from this corpus.</p>\n").toString();
        long charsRead = r.build().documents().stream().mapToLong(DocumentRecord::chars).sum();
        Map<String, Integer> docChars = new HashMap<>();
        for (DocumentRecord d : r.build().documents()) docChars.put(d.id(), d.chars());
        Map<String, long[]> byRule = new LinkedHashMap<>();      // removals, chars
        Map<String, java.util.Set<String>> ruleDocs = new HashMap<>();
        Map<String, long[]> byDoc = new LinkedHashMap<>();
        long removedChars = 0;
        for (Removal x : removals) {
            long[] a = byRule.computeIfAbsent(x.rule(), k -> new long[2]);
            a[0]++;
            a[1] += x.chars();
            ruleDocs.computeIfAbsent(x.rule(), k -> new java.util.HashSet<>()).add(x.docId());
            long[] d = byDoc.computeIfAbsent(x.docId(), k -> new long[2]);
            d[0]++;
            d[1] += x.chars();
            removedChars += x.chars();
        }
        b.append("It made ").append(Html.count(removals.size())).append(" removals in ").append(Html.count(byDoc.size()))
                .append(" documents, ").append(Html.count(removedChars)).append(" characters (").append(percent(removedChars, charsRead))
                .append(" of the ").append(Html.count(charsRead)).append(" read). Every removal is in <code>cleaning.csv</code>.</p>\n");

        var rules = new Html.Table(List.of("rule", "removals", "documents", "characters", "share of characters read"), false, true, true, true, true);
        List<String> ruleNames = new ArrayList<>(byRule.keySet());
        ruleNames.sort(Comparator.comparingLong((String k) -> -byRule.get(k)[1]).thenComparing(k -> k));
        for (String k : ruleNames) {
            rules.row(k, Html.count(byRule.get(k)[0]), Html.count(ruleDocs.get(k).size()), Html.count(byRule.get(k)[1]), percent(byRule.get(k)[1], charsRead));
        }
        b.append("<h3>Per rule</h3>\n").append(rules.html(0, "", ""));

        List<String> docIds = new ArrayList<>(byDoc.keySet());
        docIds.sort(Comparator.comparingLong((String k) -> -byDoc.get(k)[1]).thenComparing(k -> k));
        var perDoc = new Html.Table(List.of("document", "removals", "characters", "share of the document"), false, true, true, true);
        for (String id : docIds.subList(0, Math.min(CAP, docIds.size()))) {
            perDoc.row(id, Html.count(byDoc.get(id)[0]), Html.count(byDoc.get(id)[1]), percent(byDoc.get(id)[1], docChars.getOrDefault(id, 0)));
        }
        b.append("<details").append(docIds.size() <= 10 ? " open" : "").append("><summary><b>Per document</b>: ")
                .append(docIds.size() > CAP ? "the " + CAP + " documents with the most characters removed, of " + Html.count(docIds.size())
                        : Html.count(docIds.size()) + (docIds.size() == 1 ? " document" : " documents") + ", most characters removed first")
                .append("</summary>\n").append(perDoc.html(docIds.size() - perDoc.rows(), "documents", "cleaning.csv")).append("</details>\n");

        var ex = new Html.Table(List.of("rule", "document", "characters", "excerpt"), false, false, true, false);
        for (String k : ruleNames) {
            removals.stream().filter(x -> x.rule().equals(k)).limit(EXCERPTS_PER_RULE)
                    .forEach(x -> ex.row(k, x.docId(), Html.count(x.chars()), Html.clip(x.excerpt(), 140)));
        }
        b.append("<h3>Examples (the first ").append(EXCERPTS_PER_RULE).append(" of each rule)</h3>\n")
                .append(ex.html(0, "", "").replace("<table>", "<table class=excerpts>"));
        return b.toString();
    }

    private static String percent(long part, long whole) {
        return whole <= 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
