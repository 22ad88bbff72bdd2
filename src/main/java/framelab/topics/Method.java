package framelab.topics;

import java.util.Locale;

/** How units are grouped into topics: a topic model (MALLET's LDA) or a hard clustering (Smile). */
public enum Method {
    /** Latent Dirichlet allocation (Blei, Ng &amp; Jordan 2003) by MALLET's collapsed Gibbs sampler: each unit a mixture of topics. */
    LDA,
    /** k-means with k-means++ seeding (Arthur &amp; Vassilvitskii 2007) on L2-normalised TF-IDF vectors: one cluster per unit. */
    KMEANS,
    /** Agglomerative clustering with Ward's criterion (Ward 1963) on the same vectors, cut at k clusters. */
    HIERARCHICAL;

    public static Method parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown topic method '" + s + "'; use lda, kmeans or hierarchical");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for methods that give each unit one cluster (proportion 1) rather than a mixture. */
    public boolean hard() {
        return this != LDA;
    }
}
