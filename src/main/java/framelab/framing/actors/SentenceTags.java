package framelab.framing.actors;

import framelab.text.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Universal POS tags of one document's tokens, tagging a sentence only when a window first asks for one of
 * its tokens: the sentences that mention an actor and, where a window runs past their edge, their
 * neighbours. The tagger sees the sentence's tokens (the clitic {@code 's} included) with each punctuation
 * character between them as a token of its own, close to the UD English-EWT tokenization it was trained
 * on; framelab's tokenizer drops punctuation, which would cost the tagger its clause boundaries.
 */
final class SentenceTags {
    private static final int UNTAGGED = -1;
    private final String text;
    private final DocTerms dt;
    private final List<Segment> sentences;
    private final PosTagger tagger;
    /** Per token: its sentence, or −1 when it lies outside every sentence. */
    private final int[] sentenceOf;
    /** Per sentence: its first token and one past its last. */
    private final int[] firstToken;
    private final int[] endToken;
    private final int[] tag;

    SentenceTags(String text, DocTerms dt, List<Segment> sentences, PosTagger tagger) {
        this.text = text;
        this.dt = dt;
        this.sentences = sentences;
        this.tagger = tagger;
        this.sentenceOf = new int[dt.tokens];
        this.firstToken = new int[sentences.size()];
        this.endToken = new int[sentences.size()];
        this.tag = new int[dt.tokens];
        Arrays.fill(sentenceOf, -1);
        Arrays.fill(tag, UNTAGGED);
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Segment seg = sentences.get(s);
            int end = seg.start() + seg.text().length();
            while (t < dt.tokens && dt.tokStart[t] < seg.start()) t++;
            firstToken[s] = t;
            while (t < dt.tokens && dt.tokEnd[t] <= end) sentenceOf[t++] = s;
            endToken[s] = t;
        }
    }

    /** The tag index ({@link PosTagger#TAGS}) of token {@code t}; {@code X} for a token outside every sentence. */
    int tagOf(int t) {
        if (tag[t] == UNTAGGED) {
            if (sentenceOf[t] < 0) return PosTagger.TAGS.indexOf("X");
            tagSentence(sentenceOf[t]);
        }
        return tag[t];
    }

    private void tagSentence(int s) {
        Segment seg = sentences.get(s);
        List<String> in = new ArrayList<>();
        int[] at = new int[endToken[s] - firstToken[s]];
        int prev = seg.start();
        for (int t = firstToken[s]; t < endToken[s]; t++) {
            gap(prev, dt.tokStart[t], in);
            at[t - firstToken[s]] = in.size();
            in.add(text.substring(dt.tokStart[t], dt.tokEnd[t]));
            prev = dt.tokEnd[t];
        }
        gap(prev, seg.start() + seg.text().length(), in);
        int[] tags = tagger.tag(in.toArray(String[]::new));
        for (int t = firstToken[s]; t < endToken[s]; t++) tag[t] = tags[at[t - firstToken[s]]];
    }

    /** Every character between two tokens that is not white space, as a token of its own. */
    private void gap(int from, int to, List<String> out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) out.add(String.valueOf(c));
        }
    }
}
