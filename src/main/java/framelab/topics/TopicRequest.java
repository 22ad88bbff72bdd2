package framelab.topics;

import framelab.stats.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that determines a topic run besides the units themselves; written into
 * {@code topic_models.csv} so a run can be repeated. With the same units, request and
 * {@code threads = 1} the results are identical on every run and machine.
 *
 * @param ks             numbers of topics/clusters; one model per value (each 2..1000)
 * @param iterations     LDA: Gibbs sweeps; k-means: the most Lloyd iterations per restart
 * @param alphaSum       LDA: sum over topics of the document–topic Dirichlet prior (MALLET's {@code --alpha}; α_k = alphaSum / K at the start)
 * @param beta           LDA: topic–word Dirichlet prior per word (MALLET's {@code --beta})
 * @param optimizeInterval LDA: re-estimate α (asymmetric) and β every this many iterations after the burn-in; 0 = never (Wallach, Mimno &amp; McCallum 2009)
 * @param burnIn         LDA: iterations before the first hyperparameter optimisation; {@link #AUTO} = 200, or half the iterations when fewer than 400
 * @param threads        LDA sampler threads (MALLET's AD-LDA when &gt; 1); results are reproducible for a given seed and thread count
 * @param seed           random seed (LDA sampler, k-means++ seeding); ≥ 1 — MALLET treats 0 and −1 as "use the clock"
 * @param topTerms       terms per topic in topics.csv
 * @param examples       representative units per topic in topic_examples.csv
 * @param features       clustering: the most widespread terms (by unit frequency, at least 2 units) used as TF-IDF features
 * @param restarts       k-means: runs from different k-means++ seeds; the one with the least distortion is kept
 * @param minGroupUnits  topic differences between groups consider only groups with at least this many units
 * @param bootstrap      resamples, level and seed of the confidence intervals of topic shares
 */
public record TopicRequest(Method method, List<Integer> ks, int iterations, double alphaSum, double beta, int optimizeInterval,
                           int burnIn, int threads, int seed, int topTerms, int examples, int features, int restarts,
                           int minGroupUnits, Bootstrap bootstrap) {
    public static final int AUTO = -1;
    public static final int DEFAULT_SEED = 20220202;
    /** Top terms of a topic used for coherence and exclusivity (the usual M = 10). */
    public static final int QUALITY_TERMS = 10;
    /** Terms that make a topic's label. */
    public static final int LABEL_TERMS = 3;

    public TopicRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(bootstrap, "bootstrap");
        List<Integer> distinct = new ArrayList<>();
        for (Integer k : ks) {
            if (k == null || k < 2 || k > 1000) throw new IllegalArgumentException("--k must be between 2 and 1000, got " + k);
            if (!distinct.contains(k)) distinct.add(k);
        }
        if (distinct.isEmpty()) throw new IllegalArgumentException("--k needs at least one number of topics, e.g. --k 10 or --k 5,10,20");
        ks = List.copyOf(distinct);
        if (iterations < 1 || iterations > 100_000) throw new IllegalArgumentException("--iterations must be between 1 and 100000, got " + iterations);
        if (!(alphaSum > 0) || Double.isInfinite(alphaSum)) throw new IllegalArgumentException("--alpha (sum over topics) must be > 0, got " + alphaSum);
        if (!(beta > 0) || Double.isInfinite(beta)) throw new IllegalArgumentException("--beta must be > 0, got " + beta);
        if (optimizeInterval < 0) throw new IllegalArgumentException("--optimize-interval must be >= 0 (0 = off), got " + optimizeInterval);
        if (burnIn < 0 && burnIn != AUTO) throw new IllegalArgumentException("--optimize-burn-in must be >= 0, got " + burnIn);
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("--threads must be between 1 and 256, got " + threads);
        if (seed < 1) throw new IllegalArgumentException("--seed must be >= 1 (MALLET reads 0 and -1 as 'use the clock'), got " + seed);
        if (topTerms < LABEL_TERMS || topTerms > 1000) throw new IllegalArgumentException("--top-terms must be between 3 and 1000, got " + topTerms);
        if (examples < 0 || examples > 1000) throw new IllegalArgumentException("--examples must be between 0 and 1000, got " + examples);
        if (features < 10) throw new IllegalArgumentException("--features must be >= 10, got " + features);
        if (restarts < 1 || restarts > 1000) throw new IllegalArgumentException("--restarts must be between 1 and 1000, got " + restarts);
        if (minGroupUnits < 1) throw new IllegalArgumentException("minimum group size must be >= 1, got " + minGroupUnits);
    }

    /** LDA with MALLET's defaults (α sum 5, β 0.01, 1000 iterations), hyperparameter optimisation every 10 iterations, seed fixed. */
    public static TopicRequest lda(int... ks) {
        return new TopicRequest(Method.LDA, list(ks), 1000, 5.0, 0.01, 10, AUTO, 1, DEFAULT_SEED, 20, 5, 2000, 10, 5, Bootstrap.DEFAULT);
    }

    /** k-means on TF-IDF vectors of the units (100 iterations, 10 restarts). */
    public static TopicRequest kmeans(int... ks) {
        return lda(ks).withMethod(Method.KMEANS).withIterations(100);
    }

    /** Ward's hierarchical clustering on TF-IDF vectors of the units. */
    public static TopicRequest hierarchical(int... ks) {
        return lda(ks).withMethod(Method.HIERARCHICAL).withIterations(100);
    }

    private static List<Integer> list(int... ks) {
        List<Integer> l = new ArrayList<>();
        for (int k : ks) l.add(k);
        return l;
    }

    /** The burn-in actually used: the given one, or 200 (half the iterations when fewer than 400). */
    public int effectiveBurnIn() {
        return burnIn != AUTO ? burnIn : Math.min(200, iterations / 2);
    }

    /** The name of the model with k topics in every output: {@code lda_k10}, {@code kmeans_k5}, … */
    public String modelName(int k) {
        return method.label() + "_k" + k;
    }

    public TopicRequest withMethod(Method m) {
        return new TopicRequest(m, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, threads, seed, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withKs(int... k) {
        return new TopicRequest(method, list(k), iterations, alphaSum, beta, optimizeInterval, burnIn, threads, seed, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withIterations(int n) {
        return new TopicRequest(method, ks, n, alphaSum, beta, optimizeInterval, burnIn, threads, seed, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withPriors(double alphaSumValue, double betaValue) {
        return new TopicRequest(method, ks, iterations, alphaSumValue, betaValue, optimizeInterval, burnIn, threads, seed, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withOptimization(int interval, int burnInIterations) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, interval, burnInIterations, threads, seed, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withThreads(int n) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, n, seed, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withSeed(int s) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, threads, s, topTerms, examples, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withOutputs(int top, int exampleUnits) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, threads, seed, top, exampleUnits, features, restarts, minGroupUnits, bootstrap);
    }

    public TopicRequest withClustering(int featureTerms, int restartCount) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, threads, seed, topTerms, examples, featureTerms, restartCount, minGroupUnits, bootstrap);
    }

    public TopicRequest withMinGroupUnits(int n) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, threads, seed, topTerms, examples, features, restarts, n, bootstrap);
    }

    public TopicRequest withBootstrap(Bootstrap b) {
        return new TopicRequest(method, ks, iterations, alphaSum, beta, optimizeInterval, burnIn, threads, seed, topTerms, examples, features, restarts, minGroupUnits, b);
    }
}
