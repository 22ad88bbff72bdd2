package framelab.text;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP models framelab uses, each loaded once from the classpath on first use and shared read-only
 * (models are immutable; the taggers built on them keep state, so each thread makes its own). All three are
 * trained on UD English-EWT: {@code opennlp-models-sentdetect-en}, {@code -pos-en} and {@code -lemmatizer-en}
 * 1.3.0 (Apache-2.0). One holder per model so that sentence splitting never loads the tagger.
 */
public final class OpenNlpModels {
    public static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    public static SentenceModel sentence() {
        return SentenceHolder.MODEL;
    }

    /** The part-of-speech model; its tags are Universal Dependencies UPOS. */
    public static POSModel pos() {
        return PosHolder.MODEL;
    }

    public static LemmatizerModel lemmas() {
        return LemmaHolder.MODEL;
    }

    private static final class SentenceHolder {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class PosHolder {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    private static final class LemmaHolder {
        static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    private interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0)");
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the OpenNLP model " + resource, e);
        }
    }
}
