package framelab.dtm;

import framelab.corpus.Removal;
import java.util.List;

/**
 * The result of reading, cleaning, segmenting and counting a corpus: the matrix, one record per
 * input document (analysed or skipped), the cleaning audit and the reader's warnings.
 */
public record CorpusBuild(DocumentTermMatrix dtm, List<DocumentRecord> documents, List<Removal> removals,
                          List<String> warnings, List<String> measureNames, String unitSpec, String cleanerSpec) {
    public CorpusBuild {
        documents = List.copyOf(documents);
        removals = List.copyOf(removals);
        warnings = List.copyOf(warnings);
        measureNames = List.copyOf(measureNames);
    }

    public long analysedCount() {
        return documents.stream().filter(DocumentRecord::analysed).count();
    }
}
