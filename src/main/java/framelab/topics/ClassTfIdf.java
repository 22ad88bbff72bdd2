package framelab.topics;

/**
 * Class-based TF-IDF (Grootendorst 2022, "BERTopic: neural topic modeling with a class-based TF-IDF
 * procedure", arXiv:2203.05794): the units of a cluster are treated as one document, and term t
 * weighs W(t, c) = tf(t, c) · ln(1 + A / f(t)), where tf(t, c) is t's frequency in cluster c relative
 * to the cluster's size (L1-normalised, as BERTopic does), f(t) is t's frequency over all clusters
 * and A the average number of terms per cluster. A term frequent in one cluster and rare elsewhere
 * weighs most; a term spread over every cluster weighs little.
 */
final class ClassTfIdf {
    private ClassTfIdf() {
    }

    /** Weights from cluster × term counts and the clusters' total counts. */
    static double[][] weights(double[][] counts, double[] clusterTotals) {
        int k = counts.length;
        int v = k == 0 ? 0 : counts[0].length;
        double[] f = new double[v];
        double total = 0;
        for (double[] row : counts) for (int t = 0; t < v; t++) f[t] += row[t];
        for (double x : clusterTotals) total += x;
        double a = total / k;
        double[][] w = new double[k][v];
        for (int c = 0; c < k; c++) {
            for (int t = 0; t < v; t++) {
                if (counts[c][t] == 0) continue;
                w[c][t] = counts[c][t] / clusterTotals[c] * Math.log(1 + a / f[t]);
            }
        }
        return w;
    }
}
