package framelab.framing.actors;

import framelab.text.OpenNlpModels;
import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal POS tags (UD v2, Petrov et al. 2012 / de Marneffe et al. 2021) from OpenNLP's maximum-entropy
 * tagger with the UD English-EWT model ({@code opennlp-models-pos-en} 1.3.0). The model is shared
 * ({@link OpenNlpModels}); a tagger keeps state, so each worker makes its own.
 */
final class PosTagger {
    static final String MODEL = OpenNlpModels.POS;
    /** The 17 universal POS tags in alphabetical order: window counts are indexed by this list. */
    static final List<String> TAGS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART",
            "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    private static final int X = TAGS.indexOf("X");

    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos(), POSTagFormat.UD);

    /** The tag index (into {@link #TAGS}) of each token; a tag outside the list counts as {@code X}. */
    int[] tag(String[] tokens) {
        String[] tags = tagger.tag(tokens);
        int[] out = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            int k = TAGS.indexOf(tags[i]);
            out[i] = k < 0 ? X : k;
        }
        return out;
    }

    static String spec() {
        return "opennlp " + MODEL.substring(1) + " (UPOS)";
    }
}
