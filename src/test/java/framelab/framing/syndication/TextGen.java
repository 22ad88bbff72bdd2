package framelab.framing.syndication;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import java.util.Map;
import java.util.Random;

/** Seeded random prose for the syndication tests: words from a large made-up vocabulary, with punctuation. */
final class TextGen {
    private final Random random;

    TextGen(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} words separated by spaces, with a comma or a full stop now and then. */
    String words(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(random.nextInt(12) == 0 ? ". " : random.nextInt(10) == 0 ? ", " : " ");
            sb.append(word());
        }
        return sb.toString();
    }

    String word() {
        String consonants = "bcdfghklmnprstvz";
        String vowels = "aeiou";
        int syllables = 1 + random.nextInt(3);
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        if (random.nextBoolean()) w.append(consonants.charAt(random.nextInt(consonants.length())));
        return w.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    static Document doc(String id, String source, String text) {
        return new Document(id, text, DocMeta.of(Map.of("source", source)), "test:" + id);
    }
}
