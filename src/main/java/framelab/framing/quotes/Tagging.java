package framelab.framing.quotes;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags and lemmas from OpenNLP's UD English-EWT models
 * (opennlp-models-pos-en and opennlp-models-lemmatizer-en 1.3.0). The models load once and are shared
 * read-only; a {@code Tagging} holds the stateful taggers of one thread.
 */
final class Tagging {
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private final POSTaggerME tagger = new POSTaggerME(Models.POS, POSTagFormat.UD);
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMAS);

    String[] tags(String[] tokens) {
        return tagger.tag(tokens);
    }

    String[] lemmas(String[] tokens, String[] tags) {
        return lemmatizer.lemmatize(tokens, tags);
    }

    static String spec() {
        return "pos=" + POS_MODEL.substring(1) + "(UD), lemmas=" + LEMMA_MODEL.substring(1);
    }

    /** Loaded on first use, then shared: OpenNLP models are immutable. */
    private static final class Models {
        static final POSModel POS = pos();
        static final LemmatizerModel LEMMAS = lemmas();

        private static POSModel pos() {
            try (InputStream in = open(POS_MODEL)) {
                return new POSModel(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot load the part-of-speech model " + POS_MODEL, e);
            }
        }

        private static LemmatizerModel lemmas() {
            try (InputStream in = open(LEMMA_MODEL)) {
                return new LemmatizerModel(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot load the lemmatizer model " + LEMMA_MODEL, e);
            }
        }

        private static InputStream open(String resource) {
            InputStream in = Tagging.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
            return in;
        }
    }
}
