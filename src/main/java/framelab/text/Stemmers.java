package framelab.text;

import java.util.function.UnaryOperator;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/** Stemmers from OpenNLP, by name: {@code none}, {@code porter} (Porter 1980), {@code snowball} (Snowball English, "Porter2"). */
final class Stemmers {
    private Stemmers() {
    }

    static void validate(String name) {
        if (!name.equals("none") && !name.equals("porter") && !name.equals("snowball")) {
            throw new IllegalArgumentException("unknown stemmer '" + name + "'; use none, porter or snowball");
        }
    }

    /** A new (not thread-safe) stemmer function; OpenNLP's stemmers keep internal buffers. */
    static UnaryOperator<String> create(String name) {
        return switch (name) {
            case "porter" -> {
                PorterStemmer p = new PorterStemmer();
                yield w -> p.stem(w);
            }
            case "snowball" -> {
                SnowballStemmer s = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
                yield w -> s.stem(w).toString();
            }
            default -> UnaryOperator.identity();
        };
    }
}
