package framelab.topics;

import framelab.corpus.Cleaner;
import framelab.corpus.Document;
import framelab.corpus.DocumentSink;
import framelab.corpus.DocumentSource;
import framelab.corpus.SkippedDocument;
import framelab.text.Segment;
import framelab.text.Segmenter;
import framelab.text.Unit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The text of a few units, found again in the corpus: the document-term matrix keeps no text (so a
 * corpus larger than memory can be counted), so the documents that hold the wanted units are read
 * once more, cleaned and segmented exactly as for the analysis, and only those units' text is kept.
 */
final class Excerpts {
    private Excerpts() {
    }

    /** unit id → its text, whitespace collapsed, cut at {@code maxChars} (with an ellipsis) on a word boundary. */
    static Map<String, String> of(DocumentSource source, Cleaner cleaner, Unit unit, Set<String> unitIds, Set<String> docIds, int maxChars) {
        Map<String, String> out = new HashMap<>();
        if (unitIds.isEmpty()) return out;
        Set<String> wantedDocs = new HashSet<>(docIds);
        Segmenter segmenter = new Segmenter(unit);
        source.forEach(new DocumentSink() {
            @Override
            public void accept(Document d) {
                if (!wantedDocs.remove(d.id())) return;
                Document clean = cleaner.clean(d).document();
                for (Segment s : segmenter.segments(clean.id(), clean.text())) {
                    if (unitIds.contains(s.unitId())) out.putIfAbsent(s.unitId(), clip(s.text(), maxChars));
                }
            }

            @Override
            public void skip(SkippedDocument s) {
            }
        });
        return out;
    }

    static String clip(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return s.substring(0, cut).stripTrailing() + "…";
    }
}
