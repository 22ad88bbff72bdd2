package framelab.corpus;

import java.util.List;

/** A document after cleaning, with the audit trail of everything removed from it. */
public record CleanedDocument(Document document, List<Removal> removals) {
    public CleanedDocument {
        removals = List.copyOf(removals);
    }
}
