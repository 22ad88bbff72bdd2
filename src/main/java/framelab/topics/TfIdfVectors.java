package framelab.topics;

import java.util.Arrays;

/**
 * L2-normalised TF-IDF vectors of units over a fixed feature set: the {@code features} terms found
 * in the most units (at least two; ties by term), weighted by raw count × smoothed idf,
 * ln((1 + N) / (1 + df)) + 1 (scikit-learn's default; Salton &amp; Buckley 1988 for the scheme).
 * Units without any feature term have no direction and are left out ({@link #kept()}).
 */
final class TfIdfVectors {
    final int[] featureTerm;     // feature index -> term id
    final int[][] index;         // per kept unit: feature indices, ascending
    final float[][] value;       // per kept unit: normalised weights
    final boolean[] kept;        // per input unit

    private TfIdfVectors(int[] featureTerm, int[][] index, float[][] value, boolean[] kept) {
        this.featureTerm = featureTerm;
        this.index = index;
        this.value = value;
        this.kept = kept;
    }

    static TfIdfVectors of(TopicInput in, int features) {
        int n = in.size();
        int[] df = new int[in.vocabularySize()];
        for (int u = 0; u < n; u++) for (int k = 0, m = in.distinctTerms(u); k < m; k++) df[in.termAt(u, k)]++;
        int minDf = n >= 3 ? 2 : 1;
        double[] dfd = new double[df.length];
        for (int t = 0; t < df.length; t++) dfd[t] = df[t];
        int[] chosen = Ranking.top(dfd, t -> df[t] >= minDf, features);
        Arrays.sort(chosen);   // feature order = term order
        int[] featureOfTerm = new int[df.length];
        Arrays.fill(featureOfTerm, -1);
        for (int f = 0; f < chosen.length; f++) featureOfTerm[chosen[f]] = f;
        double[] idf = new double[chosen.length];
        for (int f = 0; f < chosen.length; f++) idf[f] = Math.log((1.0 + n) / (1.0 + df[chosen[f]])) + 1;
        boolean[] kept = new boolean[n];
        int[][] idx = new int[n][];
        float[][] val = new float[n][];
        int m = 0;
        int[] bi = new int[Math.max(16, chosen.length)];
        double[] bv = new double[bi.length];
        for (int u = 0; u < n; u++) {
            int c = 0;
            double norm = 0;
            for (int k = 0, d = in.distinctTerms(u); k < d; k++) {
                int f = featureOfTerm[in.termAt(u, k)];
                if (f < 0) continue;
                bi[c] = f;
                bv[c] = in.countAt(u, k) * idf[f];
                norm += bv[c] * bv[c];
                c++;
            }
            if (c == 0) continue;
            kept[u] = true;
            norm = Math.sqrt(norm);
            idx[m] = Arrays.copyOf(bi, c);      // term ids ascending, so feature indices ascending too
            val[m] = new float[c];
            for (int i = 0; i < c; i++) val[m][i] = (float) (bv[i] / norm);
            m++;
        }
        return new TfIdfVectors(chosen, Arrays.copyOf(idx, m), Arrays.copyOf(val, m), kept);
    }

    int size() {
        return index.length;
    }

    int dimension() {
        return featureTerm.length;
    }

    double[] dense(int unit) {
        double[] d = new double[featureTerm.length];
        for (int i = 0; i < index[unit].length; i++) d[index[unit][i]] = value[unit][i];
        return d;
    }

    /** Dot product of two kept units (both unit length, so this is their cosine). */
    double dot(int a, int b) {
        int[] ia = index[a], ib = index[b];
        float[] va = value[a], vb = value[b];
        double s = 0;
        for (int i = 0, j = 0; i < ia.length && j < ib.length; ) {
            if (ia[i] == ib[j]) s += (double) va[i++] * vb[j++];
            else if (ia[i] < ib[j]) i++;
            else j++;
        }
        return s;
    }
}
