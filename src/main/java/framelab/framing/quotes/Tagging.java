package framelab.framing.quotes;

import framelab.text.OpenNlpModels;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags and lemmas from OpenNLP's UD English-EWT models
 * (opennlp-models-pos-en and opennlp-models-lemmatizer-en 1.3.0). The models are shared
 * ({@link OpenNlpModels}); a {@code Tagging} holds the stateful taggers of one thread.
 */
final class Tagging {
    static final String POS_MODEL = OpenNlpModels.POS;
    static final String LEMMA_MODEL = OpenNlpModels.LEMMAS;

    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos(), POSTagFormat.UD);
    private final LemmatizerME lemmatizer = new LemmatizerME(OpenNlpModels.lemmas());

    String[] tags(String[] tokens) {
        return tagger.tag(tokens);
    }

    String[] lemmas(String[] tokens, String[] tags) {
        return lemmatizer.lemmatize(tokens, tags);
    }

    static String spec() {
        return "pos=" + POS_MODEL.substring(1) + "(UD), lemmas=" + LEMMA_MODEL.substring(1);
    }
}
