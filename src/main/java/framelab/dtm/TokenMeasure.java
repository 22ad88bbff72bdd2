package framelab.dtm;

import java.util.Arrays;
import java.util.List;

/** Per-document measures computed on the word-id sequence while the matrix is built (lexical diversity). */
public interface TokenMeasure {
    List<String> names();

    /** Values for one document's lowercased word ids (session-local ids: only equality matters). */
    double[] measure(int[] wordIds);

    /**
     * {@link #measure} of {@code words[0, n)}, ids numbered densely by first occurrence in the document
     * (0, 1, 2, ...; {@code distinct} different ones), as the matrix builder numbers them. A measure that can
     * use the numbering (count in an array of {@code distinct} slots, no copy) overrides this; the default
     * copies the ids and calls {@link #measure}. The array is the builder's scratch: read it, do not keep it.
     */
    default double[] measureDense(int[] words, int n, int distinct) {
        return measure(Arrays.copyOf(words, n));
    }
}
