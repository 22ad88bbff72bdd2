package framelab.sentiment.vader;

import java.util.Objects;

/**
 * VADER sentiment (Hutto, C.J. &amp; Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text. ICWSM-14), ported from vaderSentiment's
 * {@code SentimentIntensityAnalyzer.polarity_scores} at commit 44fc044 so that it returns the same numbers,
 * quirks included (see the package documentation). Immutable and thread-safe: one instance can score from many
 * threads.
 *
 * <p>Per token: its lexicon valence; "no" before a lexicon word negates it; ALL-CAPS emphasis when the text
 * mixes cases; boosters/dampeners up to three words back (damped 0.95 and 0.9 with distance); negation up
 * to three words back ("never so/this" intensifies, "without doubt" is left alone); special-case idioms;
 * "least". Then "but" (0.5 before, 1.5 after), "!"/"?" emphasis and normalisation s / sqrt(s² + 15).
 */
public final class VaderScorer {
    private final VaderLexicon lexicon;
    private final VaderRules r;

    public VaderScorer(VaderLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.r = lexicon.rules();
    }

    /** A scorer on {@link VaderLexicon#bundled()}. */
    public static VaderScorer bundled() {
        return new VaderScorer(VaderLexicon.bundled());
    }

    public VaderLexicon lexicon() {
        return lexicon;
    }

    /** Names the algorithm and the data, for run manifests. */
    @Override
    public String toString() {
        return "VaderScorer[vaderSentiment 44fc044 rules, " + lexicon + "]";
    }

    /** The four scores of {@code text}, unrounded ({@link VaderScores#rounded()} prints like the reference). */
    public VaderScores score(String text) {
        Objects.requireNonNull(text, "text");
        SentiText st = SentiText.of(lexicon.replaceEmojis(text), lexicon);
        if (st.n == 0) return VaderScores.EMPTY;
        int n = st.n;
        String[] w = st.lower;
        // per-token lookups, done once (the reference repeats them for every neighbour it inspects)
        double[] lex = new double[n];
        boolean[] inLex = new boolean[n];
        for (int i = 0; i < n; i++) {
            Double v = lexicon.valenceOfLower(w[i]);
            if (v != null) {
                inLex[i] = true;
                lex[i] = v;
            }
        }
        double[] sentiments = new double[n];
        for (int i = 0; i < n; i++) {
            if (!inLex[i]) continue; // 0: not a lexicon word
            if (lexicon.boosterOf(w[i]) != null) continue; // boosters carry no valence of their own
            if (i < n - 1 && w[i].equals("kind") && w[i + 1].equals("of")) continue;
            sentiments[i] = valence(st, lex, inLex, i);
        }
        butCheck(w, sentiments);
        return scoreValence(sentiments, st);
    }

    /** {@code sentiment_valence} for a lexicon word at {@code i}. */
    private double valence(SentiText st, double[] lex, boolean[] inLex, int i) {
        String[] w = st.lower;
        int n = st.n;
        double v = lex[i];
        if (w[i].equals("no") && i != n - 1 && inLex[i + 1]) v = 0.0; // "no" negates the next word instead
        if ((i > 0 && w[i - 1].equals("no")) || (i > 1 && w[i - 2].equals("no"))
                || (i > 2 && w[i - 3].equals("no") && (w[i - 1].equals("or") || w[i - 1].equals("nor")))) {
            v = lex[i] * r.negationScalar();
        }
        if (st.upper[i] && st.capDiff) v = v > 0 ? v + r.capsIncrement() : v - r.capsIncrement();
        for (int start = 0; start < 3; start++) {
            int j = i - (start + 1);
            if (j < 0 || inLex[j]) continue; // only non-lexicon words modify
            double s = scalarIncDec(st, j, v);
            if (start == 1 && s != 0) s = s * r.boosterDamp2();
            if (start == 2 && s != 0) s = s * r.boosterDamp3();
            v = v + s;
            v = negationCheck(v, w, start, i);
            if (start == 2) v = specialIdiomsCheck(v, w, n, i);
        }
        return leastCheck(v, w, inLex, i);
    }

    /** {@code scalar_inc_dec}: a booster's scalar, signed like the valence, plus caps emphasis. */
    private double scalarIncDec(SentiText st, int j, double valence) {
        Double b = lexicon.boosterOf(st.lower[j]);
        if (b == null) return 0.0;
        double scalar = b;
        if (valence < 0) scalar *= -1;
        if (st.upper[j] && st.capDiff) scalar = valence > 0 ? scalar + r.capsIncrement() : scalar - r.capsIncrement();
        return scalar;
    }

    private boolean negated(String lowerWord) {
        return lexicon.isNegationWord(lowerWord) || lowerWord.contains("n't");
    }

    /** {@code _negation_check}, including the reference's operator precedence at distance 3. */
    private double negationCheck(double v, String[] w, int start, int i) {
        if (start == 0) {
            if (negated(w[i - 1])) v = v * r.negationScalar();
        } else if (start == 1) {
            if (w[i - 2].equals("never") && soOrThis(w[i - 1])) {
                v = v * r.neverSoScalar();
            } else if (w[i - 2].equals("without") && w[i - 1].equals("doubt")) {
                // "without doubt": not a negation
            } else if (negated(w[i - 2])) {
                v = v * r.negationScalar();
            }
        } else {
            // Python: never and (so or this) or (so or this) — the second "so/this" test stands alone
            if ((w[i - 3].equals("never") && soOrThis(w[i - 2])) || soOrThis(w[i - 1])) {
                v = v * r.neverSoScalar();
            } else if (w[i - 3].equals("without") && (w[i - 2].equals("doubt") || w[i - 1].equals("doubt"))) {
                // "without (…) doubt": not a negation
            } else if (negated(w[i - 3])) {
                v = v * r.negationScalar();
            }
        }
        return v;
    }

    private static boolean soOrThis(String s) {
        return s.equals("so") || s.equals("this");
    }

    /** {@code _special_idioms_check}; only reached with i ≥ 3. */
    private double specialIdiomsCheck(double v, String[] w, int n, int i) {
        String w0 = w[i];
        String w1 = w[i - 1];
        String w2 = w[i - 2];
        String w3 = w[i - 3];
        // the reference tries "1 0", "2 1 0", "2 1", "3 2 1", "3 2" and takes the first special case
        Double sc = phrase(w1, w0);
        if (sc == null) sc = phrase(w2, w1, w0);
        if (sc == null) sc = phrase(w2, w1);
        if (sc == null) sc = phrase(w3, w2, w1);
        if (sc == null) sc = phrase(w3, w2);
        if (sc != null) v = sc;
        if (n - 1 > i) {
            Double z = phrase(w0, w[i + 1]);
            if (z != null) v = z;
        }
        if (n - 1 > i + 1) {
            Double z = phrase(w0, w[i + 1], w[i + 2]);
            if (z != null) v = z;
        }
        // booster phrases ("kind of", "sort of") before the word add their scalar unsigned
        v = addBoosterPhrase(v, w3, w2, w1);
        v = addBoosterPhrase(v, w3, w2, null);
        v = addBoosterPhrase(v, w2, w1, null);
        return v;
    }

    private Double phrase(String a, String b) {
        if (!lexicon.isPhraseWord(a) || !lexicon.isPhraseWord(b)) return null;
        return lexicon.specialCase(a + ' ' + b);
    }

    private Double phrase(String a, String b, String c) {
        if (!lexicon.isPhraseWord(a) || !lexicon.isPhraseWord(b) || !lexicon.isPhraseWord(c)) return null;
        return lexicon.specialCase(a + ' ' + b + ' ' + c);
    }

    private double addBoosterPhrase(double v, String a, String b, String c) {
        if (!lexicon.isPhraseWord(a) || !lexicon.isPhraseWord(b) || (c != null && !lexicon.isPhraseWord(c))) return v;
        Double s = lexicon.boosterOf(c == null ? a + ' ' + b : a + ' ' + b + ' ' + c);
        return s == null ? v : v + s;
    }

    /** {@code _least_check}: "least X" negates X unless it reads "at least" or "very least". */
    private double leastCheck(double v, String[] w, boolean[] inLex, int i) {
        if (i > 1 && !inLex[i - 1] && w[i - 1].equals("least")) {
            if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) v = v * r.negationScalar();
        } else if (i > 0 && !inLex[i - 1] && w[i - 1].equals("least")) {
            v = v * r.negationScalar();
        }
        return v;
    }

    /**
     * {@code _but_check}: sentiment before the first "but" × 0.5, after it × 1.5. Reproduces the reference's
     * {@code list.index(value)} quirk: each value is written back at the first position holding an equal
     * value, so a later word whose value equals an earlier (already weighted) one re-weights the earlier
     * word and keeps its own. Zeros are skipped (weighting them changes nothing).
     */
    private void butCheck(String[] w, double[] s) {
        int bi = -1;
        for (int k = 0; k < w.length && k < s.length; k++) {
            if (w[k].equals("but")) {
                bi = k;
                break;
            }
        }
        if (bi < 0) return;
        for (int k = 0; k < s.length; k++) {
            double x = s[k];
            if (x == 0) continue;
            int si = 0;
            while (s[si] != x) si++;
            if (si < bi) s[si] = x * r.butBefore();
            else if (si > bi) s[si] = x * r.butAfter();
        }
    }

    /** {@code score_valence} with {@code _punctuation_emphasis} and {@code _sift_sentiment_scores}. */
    private VaderScores scoreValence(double[] sentiments, SentiText st) {
        double sum = 0.0;
        for (double s : sentiments) sum += s;
        double amplifier = Math.min(st.exclamations, r.exclamationMaxCount()) * r.exclamationIncrement();
        if (st.questions > 1) {
            amplifier += st.questions <= r.questionMaxCount() ? st.questions * r.questionIncrement() : r.questionCap();
        }
        if (sum > 0) sum += amplifier;
        else if (sum < 0) sum -= amplifier;
        double compound = sum / Math.sqrt(sum * sum + r.normalizeAlpha());
        compound = Math.max(-1.0, Math.min(1.0, compound));

        double posSum = 0.0;
        double negSum = 0.0;
        int neuCount = 0;
        for (double s : sentiments) {
            if (s > 0) posSum += s + 1; // +1 / −1 compensate for neutral words counting 1
            if (s < 0) negSum += s - 1;
            if (s == 0) neuCount++;
        }
        if (posSum > Math.abs(negSum)) posSum += amplifier;
        else if (posSum < Math.abs(negSum)) negSum -= amplifier;
        double total = posSum + Math.abs(negSum) + neuCount;
        return new VaderScores(Math.abs(negSum / total), Math.abs(neuCount / total), Math.abs(posSum / total), compound);
    }
}
