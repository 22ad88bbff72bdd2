package framelab.topics;

/**
 * One fitted model: its parameters and corpus-level quality, for choosing K. A row of {@code topic_models.csv}.
 *
 * @param units           units the model was fitted on
 * @param unitsExcluded   units of the analysis left out (no terms; for clusterings also no feature terms)
 * @param features        clustering: TF-IDF feature terms; LDA: vocabulary size
 * @param alphaSumFitted  LDA: Σ α_k after optimisation (NaN for clusterings)
 * @param betaFitted      LDA: β after optimisation
 * @param llPerToken      LDA: final log-likelihood per token as MALLET computes it
 */
public record TopicModelRow(String model, String method, int k, String unit, int units, int unitsExcluded, long tokens, int vocabulary,
                            int features, int iterations, int seed, int threads, double alphaSum, double beta, int optimizeInterval,
                            int optimizeBurnIn, int restarts, double alphaSumFitted, double betaFitted, double llPerToken,
                            double meanCoherenceUmass, double meanCoherenceNpmi, double meanExclusivity, String note) {
}
