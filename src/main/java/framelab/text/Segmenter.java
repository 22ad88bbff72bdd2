package framelab.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a document into units. Paragraphs: blank-line separated when the text has blank lines,
 * otherwise one paragraph per line (database exports put one paragraph per line). Sentences:
 * OpenNLP's English sentence model (UD English-EWT, opennlp-models-sentdetect-en 1.3.0) inside
 * each paragraph, so a sentence never spans paragraphs. Not thread-safe (OpenNLP's detector keeps
 * state): use one per thread.
 */
public final class Segmenter {
    private static final String SENTENCE_MODEL = OpenNlpModels.SENTENCE;
    private final Unit unit;
    private SentenceDetectorME sentences;

    public Segmenter(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    public String spec() {
        return unit.label() + (unit == Unit.SENTENCE ? "(opennlp " + SENTENCE_MODEL.substring(1) + ")" : "")
                + (unit == Unit.PARAGRAPH ? "(blank-line, else line)" : "");
    }

    public List<Segment> segments(String docId, String text) {
        if (unit == Unit.DOCUMENT) return List.of(new Segment(docId, text, 0));
        List<Segment> paras = paragraphs(docId, text);
        if (unit == Unit.PARAGRAPH) return paras;
        List<Segment> out = new ArrayList<>();
        for (Segment p : paras) {
            for (Span s : detector().sentPosDetect(p.text())) {
                out.add(new Segment(docId + "#s" + (out.size() + 1), s.getCoveredText(p.text()).toString(), p.start() + s.getStart()));
            }
        }
        return out;
    }

    /** Sentences of a piece of text (no paragraph logic), for scorers that work on single strings. */
    public List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Segment p : paragraphs("", text)) for (String s : detector().sentDetect(p.text())) out.add(s);
        return out;
    }

    static List<Segment> paragraphs(String docId, String text) {
        boolean blankLines = hasBlankLine(text);
        List<Segment> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = blankLines ? nextBlankLine(text, i) : lineEnd(text, i);
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Segment(docId + "#p" + (out.size() + 1), text.substring(s, e), s));
            i = end + 1;
        }
        return out;
    }

    private static boolean hasBlankLine(String text) {
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            int j = nl + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r' || text.charAt(j) == '\u00A0')) j++;
            if (j < text.length() && text.charAt(j) == '\n') return true;
        }
        return false;
    }

    private static int lineEnd(String text, int from) {
        int e = text.indexOf('\n', from);
        return e < 0 ? text.length() : e;
    }

    private static int nextBlankLine(String text, int from) {
        int i = from;
        while (true) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) return text.length();
            int j = nl + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r' || text.charAt(j) == '\u00A0')) j++;
            if (j >= text.length() || text.charAt(j) == '\n') return j >= text.length() ? text.length() : j;
            i = j;
        }
    }

    private SentenceDetectorME detector() {
        if (sentences == null) sentences = new SentenceDetectorME(OpenNlpModels.sentence());
        return sentences;
    }
}
