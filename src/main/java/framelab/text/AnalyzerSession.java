package framelab.text;

import framelab.dtm.TermTable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A single-threaded worker for an {@link Analyzer}: owns a local term table and per-type caches
 * (stopword test and stem computed once per word type, not per token), so the hot loop does one
 * hash probe per token and allocates only when it meets a new word. Ids are local to the session;
 * {@code dtm.DtmBuilder} maps them to a shared sorted vocabulary.
 */
public final class AnalyzerSession {
    private final Analyzer analyzer;
    private final UnaryOperator<String> stem;
    private final TermTable words = new TermTable(1 << 14);
    private final TermTable terms = new TermTable(1 << 14);
    private int[] wordToTerm = new int[1 << 14]; // -2 unknown, -1 dropped, else term id
    private final StringBuilder buf = new StringBuilder(64);
    private int[] wordSeq = new int[1024];
    private int nWords;

    AnalyzerSession(Analyzer analyzer, UnaryOperator<String> stem) {
        this.analyzer = analyzer;
        this.stem = stem;
        Arrays.fill(wordToTerm, -2);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The term for a local term id. */
    public String term(int id) {
        return terms.term(id);
    }

    public int termCount() {
        return terms.size();
    }

    public String word(int id) {
        return words.term(id);
    }

    public AnalyzedText analyze(CharSequence text) {
        nWords = 0;
        analyzer.tokenizer().tokenize(text, this::onToken);
        int[] ws = Arrays.copyOf(wordSeq, nWords);
        int[] out = analyzer.simple() ? simpleTerms(ws) : chainedTerms(ws);
        return new AnalyzedText(out, ws);
    }

    private void onToken(CharSequence text, int start, int end, boolean clitic) {
        if (clitic) return;
        buf.setLength(0);
        boolean ascii = true;
        boolean lower = analyzer.lowercase();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                ascii = false;
                if (c == '\u2019') c = '\'';
            } else if (lower && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            buf.append(c);
        }
        int id;
        if (ascii) {
            id = words.add(buf);
        } else {
            String s = buf.toString();
            if (lower) s = s.toLowerCase(Locale.ROOT);
            id = words.add(Normalizer.normalize(s, Normalizer.Form.NFC));
        }
        if (nWords == wordSeq.length) wordSeq = Arrays.copyOf(wordSeq, nWords * 2);
        wordSeq[nWords++] = id;
    }

    private int termOfWord(int w) {
        if (w >= wordToTerm.length) {
            int old = wordToTerm.length;
            wordToTerm = Arrays.copyOf(wordToTerm, Math.max(w + 1, old * 2));
            Arrays.fill(wordToTerm, old, wordToTerm.length, -2);
        }
        int t = wordToTerm[w];
        if (t == -2) {
            String word = words.term(w);
            t = analyzer.stopwords().contains(word) ? -1 : terms.add(stem.apply(word));
            wordToTerm[w] = t;
        }
        return t;
    }

    private int[] simpleTerms(int[] ws) {
        int[] out = new int[ws.length];
        int n = 0;
        for (int w : ws) {
            int t = termOfWord(w);
            if (t >= 0) out[n++] = t;
        }
        return Arrays.copyOf(out, n);
    }

    private int[] chainedTerms(int[] ws) {
        int[] units = analyzer.multiwords().isEmpty() ? ws : joinMultiwords(ws);
        int[] unigrams = simpleTerms(units);
        int lo = analyzer.ngramMin();
        int hi = analyzer.ngramMax();
        if (lo == 1 && hi == 1) return unigrams;
        int[] out = new int[unigrams.length * (hi - lo + 1)];
        int n = 0;
        StringBuilder sb = new StringBuilder();
        for (int size = lo; size <= hi; size++) {
            for (int i = 0; i + size <= unigrams.length; i++) {
                if (size == 1) {
                    out[n++] = unigrams[i];
                    continue;
                }
                sb.setLength(0);
                for (int k = 0; k < size; k++) {
                    if (k > 0) sb.append('_');
                    sb.append(terms.term(unigrams[i + k]));
                }
                out[n++] = terms.add(sb);
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] joinMultiwords(int[] ws) {
        int[] out = new int[ws.length];
        int n = 0;
        int i = 0;
        outer:
        while (i < ws.length) {
            for (var phrase : analyzer.multiwords().phrases()) {
                int len = phrase.size();
                if (i + len > ws.length) continue;
                boolean match = true;
                for (int k = 0; k < len && match; k++) match = words.term(ws[i + k]).equals(phrase.get(k));
                if (match) {
                    out[n++] = words.add(String.join("_", phrase));
                    i += len;
                    continue outer;
                }
            }
            out[n++] = ws[i++];
        }
        return Arrays.copyOf(out, n);
    }
}
