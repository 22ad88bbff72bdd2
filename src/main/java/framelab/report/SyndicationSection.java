package framelab.report;

import framelab.framing.syndication.SharedPassage;
import framelab.framing.syndication.SyndicationPair;
import framelab.framing.syndication.SyndicationResult;
import java.util.Comparator;
import java.util.List;

/** The shared-text part of the framing section: the document pairs that share most text and the passages behind them. */
final class SyndicationSection {
    static final int PAIRS = 15, PASSAGES = 8, PASSAGE_CHARS = 220;

    private SyndicationSection() {
    }

    static String html(SyndicationResult r) {
        StringBuilder b = new StringBuilder(8 * 1024);
        b.append("<h3 id=\"framing-syndication\">Shared and recycled text</h3>\n");
        List<SharedPassage> repeats = r.passages().stream().filter(p -> p.docA().equals(p.docB())).toList();
        b.append("<p>Word shingles, MinHash and LSH propose pairs of documents that may share text; every proposed pair is then checked ")
                .append("on its exact shingles and its shared passages are aligned (<code>").append(Html.esc(r.spec())).append("</code>). ")
                .append("<b>").append(Html.count(r.pairs().size())).append("</b> document pairs share text (")
                .append(Html.count(r.candidatePairs())).append(" proposed), with ").append(Html.count(r.passages().size() - repeats.size()))
                .append(" shared passages; ").append(Html.count(repeats.size())).append(" passages repeat within a document. ")
                .append("Containment A is the share of A's shingles also in B: a wire story reprinted inside a longer article has a high ")
                .append("containment on the wire side and a low one on the other.</p>\n");
        if (r.pairs().isEmpty()) return b.append("<p class=note>No two documents share a passage of the minimum length.</p>\n").toString();
        List<SyndicationPair> top = r.pairs().stream().sorted(Comparator.comparingLong(SyndicationPair::sharedChars).reversed()
                .thenComparing(SyndicationPair::docA).thenComparing(SyndicationPair::docB)).limit(PAIRS).toList();
        Html.Table t = new Html.Table(List.of("doc A", "group A", "doc B", "group B", "containment A", "containment B", "Jaccard", "shared chars"),
                false, false, false, false, true, true, true, true);
        for (SyndicationPair p : top) {
            t.row(p.docA(), Html.clip(p.groupA(), 30), p.docB(), Html.clip(p.groupB(), 30), Html.ratio(p.containmentA()), Html.ratio(p.containmentB()),
                    Html.ratio(p.jaccard()), Html.count(p.sharedChars()));
        }
        b.append(t.html(r.pairs().size() - top.size(), "pairs", "syndication_pairs.csv"));
        List<SharedPassage> longest = r.passages().stream().filter(p -> !p.docA().equals(p.docB()))
                .sorted(Comparator.comparingInt(SharedPassage::words).reversed().thenComparing(SharedPassage::docA)).limit(PASSAGES).toList();
        if (!longest.isEmpty()) {
            b.append("<p>The longest shared passages (offsets in <code>shared_passages.csv</code>):</p>\n<ul class=passages>");
            for (SharedPassage p : longest) {
                b.append("<li><b>").append(Html.esc(p.docA())).append(" (").append(Html.esc(Html.clip(p.groupA(), 30))).append(") = ")
                        .append(Html.esc(p.docB())).append(" (").append(Html.esc(Html.clip(p.groupB(), 30))).append("), ")
                        .append(p.words()).append(" words:</b> <q>").append(Html.esc(Html.clip(p.text(), PASSAGE_CHARS))).append("</q></li>");
            }
            b.append("</ul>\n");
        }
        return b.toString();
    }
}
