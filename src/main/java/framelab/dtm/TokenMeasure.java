package framelab.dtm;

import java.util.List;

/** Per-document measures computed on the word-id sequence while the matrix is built (lexical diversity). */
public interface TokenMeasure {
    List<String> names();

    /** Values for one document's lowercased word ids (session-local ids: only equality matters). */
    double[] measure(int[] wordIds);
}
