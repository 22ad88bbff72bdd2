package framelab.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import smile.clustering.CentroidClustering;
import smile.clustering.HierarchicalClustering;
import smile.clustering.KMeans;
import smile.clustering.linkage.WardLinkage;
import smile.math.MathEx;

/**
 * Hard clusterings of units through Smile on {@link TfIdfVectors}: k-means (Lloyd's algorithm with
 * k-means++ seeding, Arthur &amp; Vassilvitskii 2007; the best of {@code restarts} runs by distortion) and agglomerative
 * clustering with Ward's criterion (Ward 1963) cut at k clusters. On unit-length vectors squared
 * Euclidean distance is 2 − 2·cosine, so both group units by cosine similarity. Smile's random
 * numbers come from a per-thread generator: it is seeded here, on the calling thread, before each
 * model. Only pure-Java parts of Smile are used (no native BLAS). Clusters are numbered by size,
 * largest first (ties: the cluster of the earlier unit first).
 */
final class ClusterTrainer {
    /** Ward needs the n(n+1)/2 pairwise distances as floats: 12,000 units take 288 MB. */
    static final int MAX_HIERARCHICAL_UNITS = 12_000;
    /** k-means holds the units as dense double vectors; above this many cells (320 MB) the feature count is reduced. */
    static final long MAX_DENSE_CELLS = 40_000_000L;

    static {
        // Smile logs every k-means iteration at INFO through SLF4J; slf4j-simple would print it on stderr.
        // A per-logger level read when Smile's loggers are created (unless the user configured one).
        if (System.getProperty("org.slf4j.simpleLogger.log.smile") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.smile", "warn");
        }
    }

    private ClusterTrainer() {
    }

    static List<FittedModel> fit(TopicInput all, TopicRequest req) {
        int features = req.features();
        String note = "";
        if (req.method() == Method.KMEANS && (long) all.size() * features > MAX_DENSE_CELLS) {
            features = (int) Math.max(10, MAX_DENSE_CELLS / Math.max(1, all.size()));
            note = "k-means on " + all.size() + " units: features reduced from " + req.features() + " to " + features + " to fit in memory";
        }
        TfIdfVectors vec = TfIdfVectors.of(all, features);
        TopicInput in = all.filter(u -> vec.kept[u]);
        int left = all.size() - in.size();
        if (left > 0) note = join(note, left + " units without any of the " + vec.dimension() + " feature terms left out");
        int n = in.size();
        for (int k : req.ks()) {
            if (k > n) {
                throw new IllegalArgumentException("cannot make " + k + " clusters of " + n + " units; use a smaller --k or --unit paragraph");
            }
        }
        List<FittedModel> out = new ArrayList<>();
        if (req.method() == Method.KMEANS) {
            // Lloyd's algorithm: Smile's default k-means (a k-d tree filter) is slower than brute force in thousands of dimensions
            double[][] data = new double[n][];
            for (int u = 0; u < n; u++) data[u] = vec.dense(u);
            for (int k : req.ks()) {
                long t0 = System.nanoTime();
                MathEx.setSeed(req.seed());
                CentroidClustering<double[], double[]> best = null;
                for (int r = 0; r < req.restarts(); r++) {
                    CentroidClustering<double[], double[]> c = KMeans.lloyd(data, k, req.iterations());
                    if (best == null || c.distortion() < best.distortion()) best = c;
                }
                out.add(model(in, vec, req, k, best.group(), note, (System.nanoTime() - t0) / 1_000_000));
            }
        } else {
            if (n > MAX_HIERARCHICAL_UNITS) {
                throw new IllegalArgumentException("hierarchical clustering of " + n + " units needs " + (long) n * (n + 1) / 2 * 4 / 1_000_000
                        + " MB of pairwise distances (at most " + MAX_HIERARCHICAL_UNITS + " units); use --method kmeans, or --unit document");
            }
            long t0 = System.nanoTime();
            Integer[] ids = new Integer[n];
            for (int u = 0; u < n; u++) ids[u] = u;
            // Euclidean distance of unit vectors; Smile's Ward linkage squares it
            WardLinkage ward = WardLinkage.of(ids, (a, b) -> Math.sqrt(Math.max(0, 2 - 2 * vec.dot(a, b))));
            HierarchicalClustering tree = HierarchicalClustering.fit(ward);
            long treeMillis = (System.nanoTime() - t0) / 1_000_000;
            for (int k : req.ks()) out.add(model(in, vec, req, k, tree.partition(k), note, treeMillis));
        }
        return out;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /** Turns labels into a model: clusters renumbered by size, centroid similarities, c-TF-IDF and term shares. */
    static FittedModel model(TopicInput in, TfIdfVectors vec, TopicRequest req, int k, int[] labels, String note, long fitMillis) {
        int n = in.size();
        int[] size = new int[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int u = 0; u < n; u++) {
            if (labels[u] < 0 || labels[u] >= k) throw new IllegalStateException("cluster label " + labels[u] + " outside 0.." + (k - 1));
            size[labels[u]]++;
            first[labels[u]] = Math.min(first[labels[u]], u);
        }
        Integer[] order = new Integer[k];
        for (int c = 0; c < k; c++) order[c] = c;
        Arrays.sort(order, (a, b) -> size[a] != size[b] ? Integer.compare(size[b], size[a]) : Integer.compare(first[a], first[b]));
        int[] rank = new int[k];
        for (int i = 0; i < k; i++) rank[order[i]] = i;
        int[] cluster = new int[n];
        for (int u = 0; u < n; u++) cluster[u] = rank[labels[u]];

        double[][] theta = new double[n][k];
        for (int u = 0; u < n; u++) theta[u][cluster[u]] = 1;
        // centroids in feature space, then each unit's cosine to its own
        double[][] centroid = new double[k][vec.dimension()];
        for (int u = 0; u < n; u++) {
            for (int i = 0; i < vec.index[u].length; i++) centroid[cluster[u]][vec.index[u][i]] += vec.value[u][i];
        }
        double[] norm = new double[k];
        for (int c = 0; c < k; c++) {
            double s = 0;
            for (double x : centroid[c]) s += x * x;
            norm[c] = Math.sqrt(s);
        }
        double[] similarity = new double[n];
        for (int u = 0; u < n; u++) {
            double s = 0;
            double[] cen = centroid[cluster[u]];
            for (int i = 0; i < vec.index[u].length; i++) s += vec.value[u][i] * cen[vec.index[u][i]];
            similarity[u] = norm[cluster[u]] > 0 ? s / norm[cluster[u]] : 0;
        }
        double[][] counts = new double[k][in.vocabularySize()];
        for (int u = 0; u < n; u++) {
            double[] row = counts[cluster[u]];
            for (int j = 0, m = in.distinctTerms(u); j < m; j++) row[in.termAt(u, j)] += in.countAt(u, j);
        }
        double[] tokens = new double[k];
        for (int c = 0; c < k; c++) for (double x : counts[c]) tokens[c] += x;
        double[][] weights = ClassTfIdf.weights(counts, tokens);
        double[][] phi = new double[k][];
        for (int c = 0; c < k; c++) {
            phi[c] = counts[c];
            for (int v = 0; v < phi[c].length; v++) phi[c][v] = tokens[c] > 0 ? phi[c][v] / tokens[c] : 0;
        }
        return new FittedModel(req.modelName(k), req.method(), k, in, theta, weights, phi, tokens, similarity, null, Double.NaN,
                Double.NaN, List.of(), vec.dimension(), note, fitMillis);
    }
}
