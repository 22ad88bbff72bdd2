package framelab.topics;

import framelab.corpus.DocMeta;
import framelab.dtm.DocumentTermMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Tiny hand-made inputs for the topic tests. */
final class TopicFixtures {
    private TopicFixtures() {
    }

    /** One unit per entry: "group: term term ..." */
    static TopicInput input(String... units) {
        List<DocumentTermMatrix.RowInfo> rows = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            String[] gt = units[i].split(":", 2);
            rows.add(new DocumentTermMatrix.RowInfo("d" + (i + 1), "d" + (i + 1), DocMeta.of(Map.of("source", gt[0].strip(), "kind", "k" + (i % 2)))));
            terms.add(gt[1].isBlank() ? List.of() : Arrays.asList(gt[1].strip().split("\\s+")));
        }
        return TopicInput.of(DocumentTermMatrix.fromTerms(rows, terms, "test"), "source");
    }

    /** A model with the given unit × topic proportions on the input (weights/φ uniform). */
    static FittedModel model(TopicInput in, double[][] theta) {
        int k = theta[0].length;
        double[][] w = new double[k][in.vocabularySize()];
        for (double[] r : w) Arrays.fill(r, 1.0 / in.vocabularySize());
        return new FittedModel("test_k" + k, Method.LDA, k, in, theta, w, w, new double[k], null, null, Double.NaN, Double.NaN, List.of(),
                in.vocabularySize(), "", 0);
    }
}
