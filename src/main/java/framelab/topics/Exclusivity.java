package framelab.topics;

/**
 * Exclusivity of a topic's top terms: for term v in topic k, φ_kv / Σ_j φ_jv — the share of the
 * term's probability mass (summed over topics) that lies in this topic — averaged over the topic's M
 * top terms. This is the exclusivity component of FREX (Bischof &amp; Airoldi 2012, "Summarizing topical
 * content with word frequency and exclusivity", ICML; Roberts, Stewart &amp; Airoldi 2016, the STM
 * package, whose {@code exclusivity()} sums FREX scores, a harmonic mean of exclusivity and frequency
 * ranks, rather than averaging the plain ratio). 1 = the top terms belong to this topic alone;
 * 1/K = they are spread evenly over all K topics.
 */
final class Exclusivity {
    private Exclusivity() {
    }

    /** Mean exclusivity of {@code top} terms of {@code topic}, given φ (topic × term); NaN for no terms. */
    static double of(double[][] phi, int topic, int[] top) {
        if (top.length == 0) return Double.NaN;
        double s = 0;
        for (int v : top) {
            double col = 0;
            for (double[] row : phi) col += row[v];
            s += col > 0 ? phi[topic][v] / col : 0;
        }
        return s / top.length;
    }
}
