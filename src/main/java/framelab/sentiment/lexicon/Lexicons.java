package framelab.sentiment.lexicon;

import framelab.corpus.CorpusInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where lexicons come from: the bundled ones by name, and files in any {@link LexiconFormat}.
 *
 * <p>Bundled (each with its licence and a PROVENANCE.md under {@code framelab/lexicons/}):
 * <ul>
 *   <li>{@code afinn} — AFINN-165, 3,382 words and phrases scored −5..+5 (Nielsen 2011, "A new ANEW:
 *       evaluation of a word list for sentiment analysis in microblogs", ESWC2011 Workshop on Making Sense
 *       of Microposts, CEUR 718: 93–98). Open Database License 1.0; shipped unmodified.</li>
 *   <li>{@code empath} — Empath's 194 categories (Fast, Chen &amp; Bernstein 2016, "Empath: Understanding
 *       Topic Signals in Large-Scale Text", CHI '16). MIT.</li>
 * </ul>
 * LSD2015, NRC EmoLex, the General Inquirer and MPQA may not be redistributed: read the user's own copy
 * with {@link #read(Path, LexiconFormat)}.
 *
 * <p>A bundled lexicon is read from the classpath on every call (a few milliseconds): keep the value.
 */
public final class Lexicons {
    private Lexicons() {
    }

    static final String RESOURCES = "/framelab/lexicons/";

    /** The names {@link #named} accepts. */
    public static List<String> bundled() {
        return List.of("afinn", "empath");
    }

    /**
     * A bundled lexicon: {@code afinn} (also {@code afinn-165}) or {@code empath}.
     *
     * @throws IllegalArgumentException for any other name, listing the bundled ones
     */
    public static Lexicon named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "afinn", "afinn-165", "afinn165" -> afinn();
            case "empath" -> empath();
            default -> throw new IllegalArgumentException("no bundled lexicon named '" + name + "'; bundled: " + bundled()
                    + " (read your own file with Lexicons.read(path, format))");
        };
    }

    /** AFINN-165 as bundled ({@code framelab/lexicons/afinn-165/AFINN-165.tsv}), named {@code afinn}. */
    public static ValenceLexicon afinn() {
        return ValenceReaders.afinn(resource("afinn-165/AFINN-165.tsv"), "afinn");
    }

    /** Empath's categories as bundled ({@code framelab/lexicons/empath/categories.tsv}), named {@code empath}. */
    public static CategoryLexicon empath() {
        return ListReaders.empath(resource("empath/categories.tsv"), "empath");
    }

    /**
     * The bundled actor dictionary for coverage of the 2021–22 Russia/Ukraine/NATO crisis (pattern → actor:
     * Russia, NATO/West, United States, Ukraine, Belarus, United Kingdom, European Union, Germany, France),
     * a {@link LexiconFormat#CATEGORY_TABLE} named {@code actors}; replace it with any category lexicon.
     */
    public static CategoryLexicon actors() {
        return TableReaders.categoryTable(resource("actors/ukraine-2022.csv"), "actors");
    }

    /** The names {@link #actors(String)} accepts. */
    public static List<String> bundledActors() {
        return List.of("ukraine-2022", "uk-immigration-2014");
    }

    /**
     * A bundled actor dictionary by name: {@code ukraine-2022} (the default, {@link #actors()}) or
     * {@code uk-immigration-2014} (UKIP, Conservatives, Labour, Liberal Democrats, European Union, Home Office,
     * Migrants, Romania/Bulgaria: an example for UK immigration coverage, see its file header).
     *
     * @throws IllegalArgumentException for any other name, listing the bundled ones
     */
    public static CategoryLexicon actors(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ukraine-2022", "default" -> actors();
            case "uk-immigration-2014" -> TableReaders.categoryTable(resource("actors/uk-immigration-2014.csv"), "actors");
            default -> throw new IllegalArgumentException("no bundled actor dictionary named '" + name + "'; bundled: " + bundledActors()
                    + " (or give the path of a pattern,actor file)");
        };
    }

    /**
     * Reads a lexicon whose format follows from the file's extension ({@link LexiconFormat#detect}).
     *
     * @throws IllegalArgumentException when the extension does not say which format it is
     */
    public static Lexicon read(Path file) {
        LexiconFormat f = LexiconFormat.detect(file).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the lexicon format of " + file + " from its extension (.txt and .tsv are used by several formats); "
                        + "name it: one of " + Arrays.toString(LexiconFormat.values()).toLowerCase(Locale.ROOT)));
        return read(file, f);
    }

    /**
     * Reads a lexicon file in {@code format}, named after the file ({@code LSD2015.lc3} → {@code LSD2015}).
     * VADER and AFINN give a {@link ValenceLexicon}, every other format a {@link CategoryLexicon}; a word
     * list gives one category named after the file.
     *
     * @throws CorpusInputException at {@code file:line} for a malformed line, or at {@code file} when it cannot be read
     */
    public static Lexicon read(Path file, LexiconFormat format) {
        Objects.requireNonNull(format, "format");
        return parse(LexiconText.read(file), LexiconText.stem(file), format);
    }

    /**
     * A polarity dictionary from two word lists, as Hu &amp; Liu's opinion lexicon is distributed
     * ({@code positive-words.txt}, {@code negative-words.txt}; Hu &amp; Liu 2004): categories
     * {@code positive} and {@code negative}, named {@code name}.
     */
    public static CategoryLexicon readWordLists(String name, Path positive, Path negative) {
        CategoryLexicon pos = ListReaders.wordList(LexiconText.read(positive), name, "positive");
        CategoryLexicon neg = ListReaders.wordList(LexiconText.read(negative), name, "negative");
        CategoryLexicon.Builder b = CategoryLexicon.builder(name, positive + " + " + negative, false).category("positive").category("negative");
        for (CategoryLexicon l : List.of(pos, neg)) {
            l.entries().forEach((p, cats) -> cats.forEach((c, w) -> b.add(p, c, w)));
            l.notes().forEach(b::note);
        }
        return b.build();
    }

    static Lexicon parse(LexiconText t, String name, LexiconFormat format) {
        return switch (format) {
            case VADER -> ValenceReaders.vader(t, name);
            case AFINN -> ValenceReaders.afinn(t, name);
            case WORD_LIST -> ListReaders.wordList(t, name, name);
            case LIWC -> LiwcReader.read(t, name);
            case CATEGORY_TABLE -> TableReaders.categoryTable(t, name);
            case MEMBERSHIP_TABLE -> TableReaders.membershipTable(t, name);
            case QUANTEDA_YAML -> QuantedaReaders.yaml(t, name);
            case LEXICODER -> QuantedaReaders.lexicoder(t, name);
            case WORDSTAT -> QuantedaReaders.wordstat(t, name);
            case EMPATH -> ListReaders.empath(t, name);
            case NRC_EMOLEX -> ListReaders.nrc(t, name);
            case MPQA -> ListReaders.mpqa(t, name);
        };
    }

    static LexiconText resource(String path) {
        String full = RESOURCES + path;
        try (InputStream in = Lexicons.class.getResourceAsStream(full)) {
            if (in == null) throw new IllegalStateException("bundled resource " + full + " is missing from the classpath");
            return LexiconText.decode(full.substring(1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + full, e);
        }
    }
}
