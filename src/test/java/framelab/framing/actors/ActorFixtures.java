package framelab.framing.actors;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.sentiment.lexicon.CategoryLexicon;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small documents and dictionaries shared by the actor tests. */
final class ActorFixtures {
    private ActorFixtures() {
    }

    static List<Document> seeds() {
        return CleanedCorpus.of(Corpora.read(Path.of("corpus"), ReadOptions.DEFAULTS), Cleaner.defaults()).corpus().documents();
    }

    static Document doc(String id, String source, String text) {
        return new Document(id, text, DocMeta.of(Map.of("source", source)), "test:" + id);
    }

    /** Actor → patterns, in the given order, with globs. */
    static CategoryLexicon lexicon(String... actorThenPatterns) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String s : actorThenPatterns) {
            String[] kv = s.split("=");
            m.put(kv[0], List.of(kv[1].split("\\|")));
        }
        return CategoryLexicon.of("test-actors", m, true);
    }
}
