package framelab.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The chain that turns text into terms: {@link Tokenizer} → lowercase (NFC, {@code ’} → {@code '}) →
 * multiword units joined with {@code _} → stopword removal → stemming → n-grams joined with {@code _}.
 * The possessive clitic {@code 's} is never a term. Immutable; build one with {@link #builder()}.
 * {@link #spec()} states the whole chain and is written into every output (as Lucene's
 * {@code CustomAnalyzer.toString()} reproduces its chain).
 */
public final class Analyzer {
    private final Tokenizer tokenizer;
    private final boolean lowercase;
    private final Stopwords stopwords;
    private final String stemmer;
    private final int ngramMin;
    private final int ngramMax;
    private final MultiwordUnits multiwords;

    private Analyzer(Builder b) {
        this.tokenizer = b.tokenizer;
        this.lowercase = b.lowercase;
        this.stopwords = b.stopwords;
        this.stemmer = b.stemmer;
        this.ngramMin = b.ngramMin;
        this.ngramMax = b.ngramMax;
        this.multiwords = b.multiwords;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Snowball English stopwords removed, lowercased, unigrams, no stemming. */
    public static Analyzer defaults() {
        return builder().build();
    }

    public Tokenizer tokenizer() { return tokenizer; }
    public Stopwords stopwords() { return stopwords; }
    public boolean lowercase() { return lowercase; }
    public String stemmer() { return stemmer; }
    public int ngramMin() { return ngramMin; }
    public int ngramMax() { return ngramMax; }
    public MultiwordUnits multiwords() { return multiwords; }

    /** True when each token maps to at most one term on its own (no n-grams, no multiword units). */
    boolean simple() {
        return ngramMax == 1 && multiwords.isEmpty();
    }

    public String spec() {
        return "tokenizer=" + tokenizer.spec() + "; lowercase=" + lowercase + "; multiwords=" + multiwords.spec()
                + "; stopwords=" + stopwords.name() + "(" + stopwords.words().size() + ")"
                + "; stemmer=" + stemmer + "; ngrams=" + ngramMin + ".." + ngramMax;
    }

    @Override
    public String toString() {
        return spec();
    }

    /** The normalised form of a token as the analyzer sees it (before stopwords and stemming). */
    public String normalize(String token) {
        String s = token.replace('\u2019', '\'');
        if (lowercase) s = s.toLowerCase(Locale.ROOT);
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    }

    /** The terms of a text, in order: convenient and allocating; bulk work uses an {@link AnalyzerSession}. */
    public List<String> terms(String text) {
        AnalyzerSession s = newSession();
        int[] ids = s.analyze(text).terms();
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) out.add(s.term(id));
        return out;
    }

    /** A per-thread working session with its own term table and caches. */
    public AnalyzerSession newSession() {
        return new AnalyzerSession(this, Stemmers.create(stemmer));
    }

    public static final class Builder {
        private Tokenizer tokenizer = Tokenizer.DEFAULT;
        private boolean lowercase = true;
        private Stopwords stopwords = Stopwords.english();
        private String stemmer = "none";
        private int ngramMin = 1;
        private int ngramMax = 1;
        private MultiwordUnits multiwords = MultiwordUnits.none();

        public Builder lowercase(boolean v) { this.lowercase = v; return this; }
        public Builder stopwords(Stopwords v) { this.stopwords = Objects.requireNonNull(v, "stopwords"); return this; }

        public Builder stemmer(String v) {
            Stemmers.validate(v);
            this.stemmer = v;
            return this;
        }

        public Builder ngrams(int min, int max) {
            if (min < 1 || max < min || max > 5) {
                throw new IllegalArgumentException("ngrams must satisfy 1 <= min <= max <= 5, got " + min + ".." + max);
            }
            this.ngramMin = min;
            this.ngramMax = max;
            return this;
        }

        public Builder multiwords(MultiwordUnits v) { this.multiwords = Objects.requireNonNull(v, "multiwords"); return this; }

        public Analyzer build() {
            return new Analyzer(this);
        }
    }
}
