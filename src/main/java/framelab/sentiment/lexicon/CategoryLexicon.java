package framelab.sentiment.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pattern → categories, each with a weight (1 unless the source gives one): LIWC-style and quanteda-style
 * dictionaries, Lexicoder LSD2015, NRC EmoLex, MPQA, Empath, the General Inquirer. A pattern may belong to
 * several categories (LIWC's {@code abandon*} is affect, negemo and sad); a pattern listed under several
 * keys of a YAML dictionary is one entry with several categories. Categories keep their reading order.
 *
 * <p>A dictionary with a {@link Polarity} is a polarity dictionary: {@link DictionaryScorer} applies its
 * negation rule to the two poles and reports net and log tone. The polarity is detected when categories
 * named {@code positive} and {@code negative} exist ({@link Polarity#detect}); set or change it with
 * {@link #withPolarity}. Immutable.
 */
public final class CategoryLexicon implements Lexicon {
    private final String name;
    private final String source;
    private final boolean globs;
    private final List<String> categories;
    private final Map<String, Map<String, Double>> entries;
    private final Polarity polarity;
    private final List<String> notes;

    private CategoryLexicon(String name, String source, boolean globs, List<String> categories,
                            Map<String, Map<String, Double>> entries, Polarity polarity, List<String> notes) {
        this.name = name;
        this.source = source;
        this.globs = globs;
        this.categories = categories;
        this.entries = entries;
        this.polarity = polarity;
        this.notes = notes;
    }

    public static Builder builder(String name, String source, boolean globs) {
        return new Builder(name, source, globs);
    }

    /** A dictionary built in code: category → patterns, as quanteda's {@code dictionary(list(...))}. */
    public static CategoryLexicon of(String name, Map<String, ? extends List<String>> patternsByCategory, boolean globs) {
        Builder b = builder(name, "built in code", globs);
        patternsByCategory.forEach((cat, patterns) -> {
            b.category(cat);
            for (String p : patterns) b.add(p, cat);
        });
        return b.build();
    }

    @Override public String name() { return name; }
    @Override public String source() { return source; }
    @Override public boolean globs() { return globs; }
    @Override public int size() { return entries.size(); }
    @Override public List<String> patterns() { return List.copyOf(entries.keySet()); }
    @Override public List<String> notes() { return notes; }

    /** The categories in reading order. */
    public List<String> categories() {
        return categories;
    }

    /** Pattern → (category → weight), in reading order; unmodifiable. */
    public Map<String, Map<String, Double>> entries() {
        return entries;
    }

    /** The categories (with weights) of a pattern as written in the lexicon, or an empty map. */
    public Map<String, Double> categoriesOf(String pattern) {
        return entries.getOrDefault(Patterns.normalize(pattern, globs), Map.of());
    }

    /** The patterns of one category, in reading order. */
    public List<String> patternsOf(String category) {
        List<String> out = new ArrayList<>();
        entries.forEach((p, cats) -> {
            if (cats.containsKey(category)) out.add(p);
        });
        return out;
    }

    /** True when some weight differs from 1. */
    public boolean weighted() {
        return entries.values().stream().anyMatch(m -> m.values().stream().anyMatch(w -> w != 1.0));
    }

    public Optional<Polarity> polarity() {
        return Optional.ofNullable(polarity);
    }

    /**
     * The same dictionary with {@code p} as its polarity.
     *
     * @throws IllegalArgumentException when the positive or negative category does not exist
     */
    public CategoryLexicon withPolarity(Polarity p) {
        Objects.requireNonNull(p, "polarity");
        for (String c : List.of(p.positive(), p.negative())) {
            if (!categories.contains(c)) {
                throw new IllegalArgumentException("polarity category '" + c + "' is not a category of " + name
                        + "; categories: " + categories);
            }
        }
        return new CategoryLexicon(name, source, globs, categories, entries, p, notes);
    }

    /** The same dictionary without polarity: no negation, no tone measures. */
    public CategoryLexicon withoutPolarity() {
        return new CategoryLexicon(name, source, globs, categories, entries, null, notes);
    }

    public CategoryLexicon withName(String newName) {
        if (newName == null || newName.isBlank()) throw new IllegalArgumentException("a lexicon needs a name");
        return new CategoryLexicon(newName, source, globs, categories, entries, polarity, notes);
    }

    @Override
    public String toString() {
        return "CategoryLexicon[" + name + ", " + entries.size() + " entries, " + categories.size() + " categories"
                + (polarity == null ? "" : ", polarity " + polarity.positive() + "/" + polarity.negative())
                + ", from " + source + "]";
    }

    /** Collects categories and entries; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final String source;
        private final boolean globs;
        private final LinkedHashSet<String> categories = new LinkedHashSet<>();
        private final Map<String, Map<String, Double>> entries = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String name, String source, boolean globs) {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a lexicon needs a name");
            this.name = name;
            this.source = Objects.requireNonNull(source, "source");
            this.globs = globs;
        }

        /** Declares a category (so it is reported even without entries), keeping first-declaration order. */
        public Builder category(String category) {
            if (category == null || category.isBlank()) throw new IllegalArgumentException("empty category name");
            categories.add(category.strip());
            return this;
        }

        public Builder add(String pattern, String category) {
            return add(pattern, category, 1.0);
        }

        /**
         * Adds {@code pattern} to {@code category} with {@code weight}. Repeating the same entry is harmless
         * (real files repeat words); repeating it with another weight is an error.
         *
         * @throws IllegalArgumentException for a malformed pattern, an empty category, a weight that is not
         *                                  finite, or a conflicting weight
         */
        public Builder add(String pattern, String category, double weight) {
            String p = Patterns.normalize(pattern, globs);
            if (category == null || category.isBlank()) throw new IllegalArgumentException("empty category name");
            if (!Double.isFinite(weight)) throw new IllegalArgumentException("weight of '" + p + "' is " + weight);
            String c = category.strip();
            categories.add(c);
            Map<String, Double> cats = entries.computeIfAbsent(p, k -> new LinkedHashMap<>());
            Double old = cats.putIfAbsent(c, weight);
            if (old != null && old != weight) {
                throw new IllegalArgumentException("'" + p + "' is listed twice in category '" + c + "', with weights "
                        + old + " and " + weight);
            }
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /** The lexicon, with its polarity detected from the category names ({@link Polarity#detect}). */
        public CategoryLexicon build() {
            List<String> cats = List.copyOf(categories);
            Map<String, Map<String, Double>> frozen = new LinkedHashMap<>();
            entries.forEach((p, m) -> frozen.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
            return new CategoryLexicon(name, source, globs, cats, Collections.unmodifiableMap(frozen),
                    Polarity.detect(cats).orElse(null), List.copyOf(notes));
        }
    }
}
