package framelab.sentiment.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pattern → score, for example AFINN-165 (integers −5..+5; Nielsen 2011) or the mean ratings of
 * VADER's lexicon (Hutto &amp; Gilbert 2014) read as a plain word list without VADER's rules. Multiword
 * entries ({@code "fed up"}, {@code "does not work"}) are allowed and are matched before the single words
 * they contain ({@link ValenceScorer}). Immutable.
 */
public final class ValenceLexicon implements Lexicon {
    private final String name;
    private final String source;
    private final boolean globs;
    private final Map<String, Double> scores;
    private final List<String> notes;

    private ValenceLexicon(Builder b) {
        this.name = b.name;
        this.source = b.source;
        this.globs = b.globs;
        this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(b.scores));
        this.notes = List.copyOf(b.notes);
    }

    /** A lexicon built in code from {@code scores} (patterns are normalised, see {@link Patterns}). */
    public static ValenceLexicon of(String name, Map<String, ? extends Number> scores, boolean globs) {
        Builder b = builder(name, "built in code", globs);
        scores.forEach((p, v) -> b.put(p, v.doubleValue()));
        return b.build();
    }

    public static Builder builder(String name, String source, boolean globs) {
        return new Builder(name, source, globs);
    }

    @Override public String name() { return name; }
    @Override public String source() { return source; }
    @Override public boolean globs() { return globs; }
    @Override public int size() { return scores.size(); }
    @Override public List<String> patterns() { return List.copyOf(scores.keySet()); }
    @Override public List<String> notes() { return notes; }

    /** Pattern → score, in reading order; unmodifiable. */
    public Map<String, Double> scores() {
        return scores;
    }

    /** The score of a pattern as written in the lexicon (normalised first), or null. */
    public Double score(String pattern) {
        return scores.get(Patterns.normalize(pattern, globs));
    }

    /** The same entries under another name. */
    public ValenceLexicon withName(String newName) {
        Builder b = builder(newName, source, globs);
        b.scores.putAll(scores);
        b.notes.addAll(notes);
        return b.build();
    }

    @Override
    public String toString() {
        return "ValenceLexicon[" + name + ", " + scores.size() + " entries, from " + source + "]";
    }

    /** Collects entries; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String source;
        private final boolean globs;
        private final Map<String, Double> scores = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String name, String source, boolean globs) {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a lexicon needs a name");
            this.name = name;
            this.source = Objects.requireNonNull(source, "source");
            this.globs = globs;
        }

        /**
         * Adds an entry.
         *
         * @throws IllegalArgumentException for an empty or malformed pattern, a score that is not finite,
         *                                  or a pattern already given another score
         */
        public Builder put(String pattern, double score) {
            String p = Patterns.normalize(pattern, globs);
            if (!Double.isFinite(score)) throw new IllegalArgumentException("score of '" + p + "' is " + score);
            Double old = scores.putIfAbsent(p, score);
            if (old != null && old != score) {
                scores.put(p, old);
                throw new IllegalArgumentException("'" + p + "' is listed twice, with scores " + fmt(old) + " and " + fmt(score));
            }
            return this;
        }

        /** Adds or replaces an entry (the later one wins, as in vaderSentiment's dict built line by line). */
        public Builder replace(String pattern, double score) {
            String p = Patterns.normalize(pattern, globs);
            if (!Double.isFinite(score)) throw new IllegalArgumentException("score of '" + p + "' is " + score);
            scores.put(p, score);
            return this;
        }

        boolean contains(String pattern) {
            return scores.containsKey(Patterns.normalize(pattern, globs));
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public ValenceLexicon build() {
            return new ValenceLexicon(this);
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }
}
