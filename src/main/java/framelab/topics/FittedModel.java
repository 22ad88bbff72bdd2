package framelab.topics;

import java.util.List;

/**
 * One fitted model in a common form for LDA and clusterings, before any summary is drawn from it.
 *
 * @param input       the units it was fitted on (for clusterings: those with at least one feature term)
 * @param theta       unit × topic proportions; rows sum to 1 (one-hot for clusterings)
 * @param weights     topic × term ranking weights: LDA's φ (word probabilities), a clustering's class-based TF-IDF
 * @param phi         topic × term word distributions, for exclusivity: LDA's φ, a clustering's relative term frequencies
 * @param size        tokens assigned to each topic (LDA) or in each cluster's units
 * @param similarity  per unit, cosine similarity to its cluster's centroid (clusterings), else null
 * @param alpha       LDA: the fitted α_k per topic (after optimisation), else null
 * @param beta        LDA: the fitted β, else NaN
 * @param llPerToken  LDA: MALLET's model log-likelihood per token at the end, else NaN
 * @param trace       LDA: {iteration, LL/token} every 10 iterations, as MALLET reports it
 * @param note        what the caller should know (units left out, features used), or empty
 * @param fitMillis   wall time of the fit itself (LDA: MALLET's sampling; clusterings: clustering); never written to the CSV files
 */
public record FittedModel(String name, Method method, int k, TopicInput input, double[][] theta, double[][] weights, double[][] phi,
                          double[] size, double[] similarity, double[] alpha, double beta, double llPerToken, List<double[]> trace,
                          int features, String note, long fitMillis) {
    public FittedModel {
        trace = List.copyOf(trace);
    }

    /** The top {@code n} term ids of a topic by weight (ties by term id), among terms the topic actually holds. */
    int[] topTerms(int topic, int n) {
        double[] p = phi[topic];
        double f = floor(topic);
        return Ranking.top(weights[topic], v -> p[v] > f, n);
    }

    /** φ of a term never assigned to the topic: LDA's smoothing floor β/(n_k + Vβ), 0 for clusterings. */
    private double floor(int topic) {
        if (method.hard()) return 0;
        return beta / (size[topic] + phi[topic].length * beta) * (1 + 1e-9);
    }
}
