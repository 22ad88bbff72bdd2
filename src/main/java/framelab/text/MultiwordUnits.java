package framelab.text;

import framelab.corpus.CorpusInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Phrases to treat as one term ("vladimir putin" → {@code vladimir_putin}), matched greedily, longest
 * first, on lowercased tokens before stopword removal (so "prime minister of britain" can be a unit).
 * File format: one phrase per line, words separated by spaces, {@code #} comments.
 */
public record MultiwordUnits(String name, List<List<String>> phrases) {
    public MultiwordUnits {
        phrases = phrases.stream().map(List::copyOf).sorted((a, b) -> b.size() - a.size()).toList();
    }

    public static MultiwordUnits none() {
        return new MultiwordUnits("none", List.of());
    }

    public static MultiwordUnits of(String name, List<String> lines) {
        List<List<String>> out = new ArrayList<>();
        for (String l : lines) {
            String s = l.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (s.isEmpty() || s.startsWith("#")) continue;
            List<String> words = List.of(s.split("\\s+"));
            if (words.size() >= 2) out.add(words);
        }
        return new MultiwordUnits(name, out);
    }

    public static final String DEFAULT_RESOURCE = "/framelab/multiwords/news-en.txt";

    /** {@code none}, {@code default} (the bundled news list) or a path to a phrase-per-line file. */
    public static MultiwordUnits named(String spec) {
        if (spec == null || spec.equals("none")) return none();
        if (spec.equals("default")) {
            try (var in = MultiwordUnits.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                return of("news-en", List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return read(Path.of(spec));
    }

    public static MultiwordUnits read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String s = lines.get(i).strip();
                if (!s.isEmpty() && !s.startsWith("#") && s.split("\\s+").length < 2) {
                    throw new CorpusInputException(file + ":" + (i + 1), "a multiword unit needs two or more words, got '" + s + "'",
                            "write one phrase per line, e.g. 'vladimir putin'");
                }
            }
            return of(file.getFileName().toString(), lines);
        } catch (IOException e) {
            throw new CorpusInputException(file.toString(), "cannot read the multiword list: " + e.getMessage(), "check the path; the file must be UTF-8");
        }
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    public String spec() {
        return isEmpty() ? "none" : name + "(" + phrases.size() + ")";
    }
}
