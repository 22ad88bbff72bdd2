package framelab.framing.events;

import framelab.corpus.Cleaner;
import framelab.corpus.CleanedCorpus;
import framelab.corpus.Corpora;
import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small documents for the event tests, and the bundled seed corpus cleaned as every analysis cleans it. */
final class EventFixtures {
    private EventFixtures() {
    }

    /** A document with a source and a date field ({@code null} date = no date field at all). */
    static Document doc(String id, String source, String date, String text) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("source", source);
        if (date != null) meta.put("date", date);
        return new Document(id, text, DocMeta.of(meta), "test:" + id);
    }

    /** A document dated by an integer day number in the field {@code day}. */
    static Document dayDoc(String id, String source, String day, String text) {
        return new Document(id, text, DocMeta.of(Map.of("source", source, "day", day)), "test:" + id);
    }

    static List<Document> seeds() {
        return CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults()).corpus().documents();
    }

    /** Event id of a document in a result. */
    static String eventOf(EventResult r, String docId) {
        return r.assignments().stream().filter(a -> a.docId().equals(docId)).findFirst().orElseThrow().eventId();
    }
}
