package framelab.framing.events;

import framelab.dtm.DocumentTermMatrix;

/**
 * Unit-length TF-IDF vectors of the rows of a matrix, with sublinear term frequency and smoothed idf
 * (Manning, Raghavan &amp; Schütze 2008, <i>Introduction to Information Retrieval</i>, §6.2–6.4; the
 * cosine-normalised "tfc"/"ltc" family of Salton &amp; Buckley 1988, "Term-weighting approaches in automatic
 * text retrieval", IP&amp;M 24(5): 513–523):
 * <pre>
 *   idf(t)   = ln((1 + N) / (1 + df(t))) + 1    N = rows, df(t) = rows containing t
 *   w(t, d)  = (1 + ln tf(t, d)) · idf(t)         tf = count of the analysed term in d (w = 0 when tf = 0)
 *   v(d)     = w(·, d) / ‖w(·, d)‖₂              (the zero vector for a row without terms)
 *   cos(a,b) = v(a) · v(b)
 * </pre>
 * Why sublinear tf: a name repeated twenty times in one article should not outweigh everything else it
 * shares with another (Manning et al. §6.4.1). Why the smoothed idf (as scikit-learn's
 * {@code TfidfTransformer(smooth_idf=True)}): with the plain {@code ln(N/df)} a word in every document
 * weighs nothing, so in a small corpus about one story (the five seed articles all say Russia, Ukraine,
 * NATO, troops) the story's own words vanish and only incidental ones are compared (cos(001, 004) = 0.08
 * with ln(N/df), 0.25 smoothed); on a large corpus the two rank terms alike. Rows keep their term ids in
 * ascending order, so every dot product sums in term order and gives the same bits however computed.
 */
final class TfIdfVectors {
    private final String[] vocabulary;
    private final int[][] terms;
    private final double[][] weights;
    private final double[] idf;

    private TfIdfVectors(String[] vocabulary, int[][] terms, double[][] weights, double[] idf) {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.weights = weights;
        this.idf = idf;
    }

    static TfIdfVectors of(DocumentTermMatrix dtm) {
        int n = dtm.rowCount();
        int[] df = dtm.termRowFrequencies(r -> true);
        double[] idf = new double[df.length];
        for (int t = 0; t < df.length; t++) idf[t] = Math.log((1.0 + n) / (1.0 + df[t])) + 1.0;
        int[][] terms = new int[n][];
        double[][] weights = new double[n][];
        for (int r = 0; r < n; r++) {
            int nz = dtm.rowNonZeros(r);
            int[] ts = new int[nz];
            double[] ws = new double[nz];
            double norm = 0;
            for (int i = 0; i < nz; i++) {
                ts[i] = dtm.rowTerm(r, i);
                ws[i] = (1.0 + Math.log(dtm.rowCount(r, i))) * idf[ts[i]]; // idf >= 1, so every weight is positive
                norm += ws[i] * ws[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < nz; i++) ws[i] /= norm;
            terms[r] = ts;
            weights[r] = ws;
        }
        String[] vocab = new String[dtm.vocabulary().size()];
        for (int t = 0; t < vocab.length; t++) vocab[t] = dtm.vocabulary().term(t);
        return new TfIdfVectors(vocab, terms, weights, idf);
    }

    int size() { return terms.length; }
    int vocabularySize() { return vocabulary.length; }
    String term(int t) { return vocabulary[t]; }
    double idf(int t) { return idf[t]; }
    int[] terms(int row) { return terms[row]; }
    double[] weights(int row) { return weights[row]; }

    /** A cosine (or mean of cosines) with its rounding error above 1 removed: unit vectors give at most 1. */
    static double atMostOne(double cosine) {
        return Math.min(1.0, cosine);
    }

    /** 1 for a row with a weighted term, 0 for the zero vector: the squared norm. */
    double normSquared(int row) {
        return terms[row].length == 0 ? 0.0 : 1.0;
    }

    /** Cosine of two rows through a dense copy of {@code a} ({@code dense} holds row a's weights, zeros elsewhere). */
    double cosineWithDense(double[] dense, int b) {
        int[] tb = terms[b];
        double[] wb = weights[b];
        double s = 0;
        for (int i = 0; i < tb.length; i++) s += wb[i] * dense[tb[i]];
        return atMostOne(s);
    }

    /** Writes row a into {@code dense} (or clears it again with {@code clear}). */
    void scatter(int a, double[] dense, boolean clear) {
        int[] ta = terms[a];
        double[] wa = weights[a];
        for (int i = 0; i < ta.length; i++) dense[ta[i]] = clear ? 0.0 : wa[i];
    }

    /** The dot product of two sparse vectors given as ascending term ids with weights (summed in term order). */
    static double dot(int[] ta, double[] wa, int[] tb, double[] wb) {
        double s = 0;
        int i = 0;
        int j = 0;
        while (i < ta.length && j < tb.length) {
            if (ta[i] < tb[j]) i++;
            else if (ta[i] > tb[j]) j++;
            else s += wb[j++] * wa[i++];
        }
        return s;
    }
}
