package framelab.text;

import framelab.corpus.CorpusInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A stopword list read from a text file: one word per line, {@code #} starts a comment, blank lines
 * ignored, words lowercased. The bundled default is the Snowball English list (the list quanteda's
 * {@code stopwords("en")} returns); {@code none} turns removal off.
 */
public record Stopwords(String name, Set<String> words) {
    public static final String DEFAULT_RESOURCE = "/framelab/stopwords/en-snowball.txt";

    public Stopwords {
        words = Set.copyOf(words);
    }

    public static Stopwords none() {
        return new Stopwords("none", Set.of());
    }

    public static Stopwords english() {
        InputStream in = Stopwords.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new Stopwords("en-snowball", parse(r, DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code default}/{@code en}, {@code none}, or a path to a word-per-line file. */
    public static Stopwords named(String spec) {
        if (spec == null || spec.equals("default") || spec.equals("en")) return english();
        if (spec.equals("none")) return none();
        Path p = Path.of(spec);
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return new Stopwords(p.getFileName().toString(), parse(r, p.toString()));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CorpusInputException(p.toString(), "the stopword file is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            throw new CorpusInputException(p.toString(), "cannot read the stopword file: " + e.getMessage(),
                    "give --stopwords a word-per-line UTF-8 file, 'default' or 'none'");
        }
    }

    private static Set<String> parse(BufferedReader r, String where) throws IOException {
        Set<String> out = new HashSet<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            int hash = line.indexOf('#');
            String w = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (w.isEmpty()) continue;
            if (w.chars().anyMatch(Character::isWhitespace)) {
                throw new CorpusInputException(where + ":" + lineNo, "a stopword line holds more than one word: '" + w + "'",
                        "put one word per line");
            }
            out.add(w);
        }
        return out;
    }

    /** A copy with extra words added. */
    public Stopwords plus(Set<String> extra) {
        Set<String> all = new HashSet<>(words);
        for (String w : extra) all.add(w.toLowerCase(Locale.ROOT));
        return new Stopwords(name + "+" + extra.size(), all);
    }

    public boolean contains(String w) {
        return words.contains(w);
    }
}
