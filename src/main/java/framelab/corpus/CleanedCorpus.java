package framelab.corpus;

import java.util.ArrayList;
import java.util.List;

/** A corpus after cleaning, with the audit trail of every removal (cleaning.csv). */
public record CleanedCorpus(Corpus corpus, List<Removal> removals) {
    public CleanedCorpus {
        removals = List.copyOf(removals);
    }

    public static CleanedCorpus of(Corpus raw, Cleaner cleaner) {
        List<Document> docs = new ArrayList<>(raw.size());
        List<Removal> removals = new ArrayList<>();
        for (Document d : raw.documents()) {
            CleanedDocument c = cleaner.clean(d);
            docs.add(c.document());
            removals.addAll(c.removals());
        }
        return new CleanedCorpus(new Corpus(raw.description(), docs, raw.skipped(), raw.warnings(), raw.fields()), removals);
    }
}
