package framelab.sentiment.vader;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Everything VADER reads from data: the valence lexicon, the negation words, boosters and dampeners, special
 * idioms, the rule constants and (optionally) the emoji descriptions. Immutable and safe to share between
 * threads; build a {@link VaderScorer} on it.
 *
 * <p>{@link #bundled()} is the lexicon and rule data of vaderSentiment at commit 44fc044 (Hutto &amp; Gilbert
 * 2014; MIT), shipped under {@code framelab/lexicons/vader/} with {@code PROVENANCE.md}. It has no emoji
 * lexicon (see {@link #withEmojiLexicon(Path)}).
 */
public final class VaderLexicon {
    private final String source;
    private final Map<String, Double> valences;
    private final Set<String> negations;
    private final Map<String, Double> boosters;
    private final Map<String, Double> specialCases;
    private final Map<String, Double> ladenIdioms;
    private final Map<Integer, String> emojis;
    private final VaderRules rules;
    /** Words that occur in a multi-word special case or booster: a phrase lookup needs all its words here. */
    private final Set<String> phraseWords;
    private final boolean[] stripChar = new boolean[128];
    private final int minEmoji;

    private VaderLexicon(String source, Map<String, Double> valences, Set<String> negations,
                         Map<String, Double> boosters, Map<String, Double> specialCases,
                         Map<String, Double> ladenIdioms, Map<Integer, String> emojis, VaderRules rules) {
        this.source = source;
        this.valences = Collections.unmodifiableMap(new HashMap<>(valences));
        this.negations = Set.copyOf(negations);
        this.boosters = Collections.unmodifiableMap(new HashMap<>(boosters));
        this.specialCases = Collections.unmodifiableMap(new HashMap<>(specialCases));
        this.ladenIdioms = Collections.unmodifiableMap(new HashMap<>(ladenIdioms));
        this.emojis = Collections.unmodifiableMap(new HashMap<>(emojis));
        this.rules = rules;
        Set<String> pw = new HashSet<>();
        for (String phrase : specialCases.keySet()) collectPhraseWords(phrase, pw);
        for (String phrase : boosters.keySet()) collectPhraseWords(phrase, pw);
        this.phraseWords = Set.copyOf(pw);
        for (char c : rules.stripPunctuation().toCharArray()) stripChar[c] = true;
        this.minEmoji = emojis.keySet().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }

    private static void collectPhraseWords(String phrase, Set<String> into) {
        if (phrase.indexOf(' ') < 0) return;
        for (String w : phrase.split(" ")) into.add(w);
    }

    /** The bundled vaderSentiment (commit 44fc044) lexicon and rules, loaded once and shared. */
    public static VaderLexicon bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final VaderLexicon INSTANCE = load(
                "vaderSentiment 44fc044 (bundled)",
                VaderFiles.lexicon(VaderFiles.readResource("vader_lexicon.txt"),
                        "classpath:" + VaderFiles.RESOURCE_DIR + "vader_lexicon.txt"));
    }

    /**
     * A user-supplied lexicon in the VADER format ({@code token<TAB>mean[<TAB>sd<TAB>ratings]}, UTF-8) with
     * the bundled rules, negations, boosters and idioms.
     *
     * @throws framelab.corpus.CorpusInputException naming {@code file:line} when a line is malformed
     */
    public static VaderLexicon read(Path lexiconFile) {
        Objects.requireNonNull(lexiconFile, "lexiconFile");
        return load(lexiconFile.toString(), VaderFiles.lexicon(VaderFiles.readFile(lexiconFile), lexiconFile.toString()));
    }

    private static VaderLexicon load(String source, Map<String, Double> valences) {
        String dir = "classpath:" + VaderFiles.RESOURCE_DIR;
        VaderRules rules = VaderRules.of(
                VaderFiles.pairs(VaderFiles.readResource("constants.tsv"), dir + "constants.tsv", "NAME<TAB>value"),
                VaderFiles.pairs(VaderFiles.readResource("rules.tsv"), dir + "rules.tsv", "NAME<TAB>value"),
                dir);
        return new VaderLexicon(source, valences,
                VaderFiles.words(VaderFiles.readResource("negations.txt"), dir + "negations.txt"),
                VaderFiles.phrases(VaderFiles.readResource("boosters.tsv"), dir + "boosters.tsv"),
                VaderFiles.phrases(VaderFiles.readResource("special_cases.tsv"), dir + "special_cases.tsv"),
                VaderFiles.phrases(VaderFiles.readResource("idioms.tsv"), dir + "idioms.tsv"),
                Map.of(), rules);
    }

    /**
     * This lexicon plus emoji conversion: before scoring, every character listed in {@code emojiFile}
     * (vaderSentiment's {@code emoji_utf8_lexicon.txt}: {@code emoji<TAB>description}) is replaced by its
     * description, as the reference does. Only single-character entries can match, as in the reference.
     */
    public VaderLexicon withEmojiLexicon(Path emojiFile) {
        Objects.requireNonNull(emojiFile, "emojiFile");
        Map<Integer, String> e = VaderFiles.emojis(VaderFiles.readFile(emojiFile), emojiFile.toString());
        return new VaderLexicon(source + " + emoji " + emojiFile, valences, negations, boosters, specialCases,
                ladenIdioms, e, rules);
    }

    /** Where the valences came from: "vaderSentiment 44fc044 (bundled)" or the file's path. */
    public String source() {
        return source;
    }

    /** Number of distinct tokens in the valence lexicon. */
    public int size() {
        return valences.size();
    }

    /**
     * The valence the scorer gives {@code token} on its own: the entry for its Python-lower-cased form, as
     * the reference looks it up (so an entry written with capitals, such as ":D", never matches).
     */
    public OptionalDouble valence(String token) {
        Double v = valences.get(PyText.lower(token));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public VaderRules rules() {
        return rules;
    }

    public Set<String> negations() {
        return negations;
    }

    /** Boosters (positive) and dampeners (negative), single words and phrases such as "kind of". */
    public Map<String, Double> boosters() {
        return boosters;
    }

    /** Phrases that replace the valence of the lexicon word in them ("the shit", "kiss of death"). */
    public Map<String, Double> specialCases() {
        return specialCases;
    }

    /** Loaded for completeness; unused in scoring, as in the reference at this commit ("future work"). */
    public Map<String, Double> sentimentLadenIdioms() {
        return ladenIdioms;
    }

    /** Whether emoji are replaced by their descriptions before scoring. */
    public boolean convertsEmojis() {
        return !emojis.isEmpty();
    }

    @Override
    public String toString() {
        return "VaderLexicon[" + source + ", " + valences.size() + " tokens"
                + (emojis.isEmpty() ? "" : ", " + emojis.size() + " emoji") + "]";
    }

    // --- package-private lookups for the scorer (hot path: no copies, no boxing beyond the map's own) ---

    Double valenceOfLower(String lower) {
        return valences.get(lower);
    }

    Double boosterOf(String lower) {
        return boosters.get(lower);
    }

    boolean isNegationWord(String lower) {
        return negations.contains(lower);
    }

    boolean isPhraseWord(String lower) {
        return phraseWords.contains(lower);
    }

    Double specialCase(String phrase) {
        return specialCases.get(phrase);
    }

    boolean stripsChar(char c) {
        return c < 128 && stripChar[c];
    }

    /** Emoji replaced by descriptions, as {@code polarity_scores} does before {@code SentiText}. */
    String replaceEmojis(String text) {
        if (emojis.isEmpty()) return text;
        int n = text.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= minEmoji || Character.isSurrogate(c)) {
                if (emojis.containsKey(text.codePointAt(i))) {
                    first = i;
                    break;
                }
            }
        }
        if (first < 0) return text;
        StringBuilder sb = new StringBuilder(n + 32).append(text, 0, first);
        boolean prevSpace = first == 0 || text.charAt(first - 1) == ' ';
        for (int i = first; i < n; ) {
            int cp = text.codePointAt(i);
            String description = emojis.get(cp);
            if (description != null) {
                if (!prevSpace) sb.append(' ');
                sb.append(description);
                prevSpace = false;
            } else {
                sb.appendCodePoint(cp);
                prevSpace = cp == ' ';
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
