package framelab.topics;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.topics.TopicAssignment;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * LDA through MALLET's {@link ParallelTopicModel} (Newman et al. 2009's AD-LDA with Yao, Mimno &amp;
 * McCallum 2009's SparseLDA sampler; hyperparameter optimisation after Wallach, Mimno &amp; McCallum 2009).
 *
 * <p>The units' analysed terms are handed over as MALLET instances; MALLET's own alphabet is built in
 * order of first occurrence, exactly as its {@code Csv2Vectors} importer would build it from
 * {@link TopicInput#writeMalletText}, so a run here and MALLET's command line on that file start from the
 * same state. The seed is set before the instances are added (MALLET draws the initial topic of
 * every token then; its default is the clock). With one thread the sampler is a single sequence of
 * draws from that seed: the same input, parameters and seed give the same model. With N &gt; 1
 * threads MALLET splits the units into N blocks, samples them in parallel against topic–word
 * counts synchronised after each iteration (an approximation of the sequential sampler), each block
 * with its own generator seeded alike: the model differs from the one-thread model, and is stable
 * across runs only as long as the thread count stays the same.
 */
final class LdaTrainer {
    private LdaTrainer() {
    }

    static FittedModel fit(TopicInput in, int k, TopicRequest req) {
        MalletLogging.quiet();
        int n = in.size();
        // MALLET's alphabet: term ids in order of first occurrence, as its importer would number them
        int[] toMallet = new int[in.vocabularySize()];
        java.util.Arrays.fill(toMallet, -1);
        int[] fromMallet = new int[in.vocabularySize()];
        int types = 0;
        int[][] seqs = new int[n][];
        for (int u = 0; u < n; u++) {
            int[] toks = in.tokens(u);
            for (int i = 0; i < toks.length; i++) {
                int t = toks[i];
                if (toMallet[t] < 0) {
                    toMallet[t] = types;
                    fromMallet[types++] = t;
                }
                toks[i] = toMallet[t];
            }
            seqs[u] = toks;
        }
        Object[] entries = new Object[types];
        for (int m = 0; m < types; m++) entries[m] = in.term(fromMallet[m]);
        Alphabet alphabet = new Alphabet(entries);
        InstanceList instances = new InstanceList(alphabet, null);
        for (int u = 0; u < n; u++) {
            instances.add(new Instance(new FeatureSequence(alphabet, seqs[u]), null, in.unit(u).unitId(), null));
            seqs[u] = null;
        }

        ParallelTopicModel model = new ParallelTopicModel(k, req.alphaSum(), req.beta());
        NumberFormat f = NumberFormat.getInstance(Locale.ROOT);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(8);
        model.formatter = f;
        model.setRandomSeed(req.seed());        // before addInstances: the initial assignment uses it
        model.addInstances(instances);
        model.setNumIterations(req.iterations());
        model.setOptimizeInterval(req.optimizeInterval());
        model.setBurninPeriod(req.effectiveBurnIn());
        model.setTopicDisplay(0, 0);            // no interim topic lists
        model.setNumThreads(req.threads());
        List<double[]> trace = MalletLogging.newTrace();
        MalletLogging.startTrace(trace);
        long t0 = System.nanoTime();
        try {
            model.estimate();
        } catch (IOException e) {
            throw new UncheckedIOException("MALLET failed while sampling", e);
        } finally {
            MalletLogging.stopTrace();
        }
        return summarise(in, k, req, model, fromMallet, trace, (System.nanoTime() - t0) / 1_000_000);
    }

    private static FittedModel summarise(TopicInput in, int k, TopicRequest req, ParallelTopicModel model, int[] fromMallet,
                                         List<double[]> trace, long sampleMillis) {
        int n = in.size();
        double[][] theta = new double[n][];
        List<TopicAssignment> data = model.getData();
        for (int u = 0; u < n; u++) theta[u] = model.getTopicProbabilities(u);
        // φ_kv = (n_kv + β) / (n_k + Vβ) over framelab's vocabulary (terms absent from these units get only β)
        int v = in.vocabularySize();
        double beta = model.beta;
        int[] perTopic = model.getTokensPerTopic();
        double[][] counts = new double[k][v];
        int[][] ttc = model.getTypeTopicCounts();
        for (int type = 0; type < ttc.length; type++) {
            for (int packed : ttc[type]) {
                if (packed <= 0) break;
                counts[packed & model.topicMask][fromMallet[type]] = packed >> model.topicBits;
            }
        }
        double betaSum = beta * v;
        double[] size = new double[k];
        for (int t = 0; t < k; t++) {
            size[t] = perTopic[t];
            double denom = perTopic[t] + betaSum;
            double[] row = counts[t];
            for (int w = 0; w < v; w++) row[w] = (row[w] + beta) / denom;
        }
        double ll = model.modelLogLikelihood() / model.totalTokens;
        if (data.size() != n) throw new IllegalStateException("MALLET holds " + data.size() + " instances, expected " + n);
        return new FittedModel(req.modelName(k), Method.LDA, k, in, theta, counts, counts, size, null, model.alpha.clone(), beta, ll,
                trace, v, "", sampleMillis);
    }
}
