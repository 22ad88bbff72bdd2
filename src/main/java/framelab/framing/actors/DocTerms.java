package framelab.framing.actors;

import framelab.text.AnalyzedText;
import framelab.text.Analyzer;
import framelab.text.AnalyzerSession;
import java.util.Arrays;
import java.util.List;

/**
 * One document's tokens and analysed terms with their character offsets, so a dictionary hit (found on
 * the text) can be placed among the terms that {@code framelab.stats.Collocates} counts windows in.
 *
 * <p>{@code tok*} hold every token of the analyzer's tokenizer, the clitic {@code 's} included (the POS
 * tagger wants it). The analyzer's word sequence is the non-clitic tokens, lowercased; its terms follow
 * from them as {@link framelab.text.AnalyzerSession} makes them: multiword units joined with {@code _}
 * (longest phrase first), stopwords dropped, stems kept. Term {@code p} spans {@code termStart[p] ..
 * termEnd[p]} and ends on token {@code termToken[p]}. Works for analyzers without n-grams only.
 */
final class DocTerms {
    int[] tokStart = new int[64];
    int[] tokEnd = new int[64];
    int tokens;
    int[] termId;
    int[] termStart;
    int[] termEnd;
    int[] termToken;
    /** Word tokens (clitics excluded): the rate denominator. */
    int words;

    static DocTerms of(String text, Analyzer analyzer, AnalyzerSession session) {
        DocTerms d = new DocTerms();
        boolean[][] clitic = {new boolean[64]};
        analyzer.tokenizer().tokenize(text, (t, s, e, isClitic) -> {
            if (d.tokens == d.tokStart.length) {
                d.tokStart = Arrays.copyOf(d.tokStart, d.tokens * 2);
                d.tokEnd = Arrays.copyOf(d.tokEnd, d.tokens * 2);
                clitic[0] = Arrays.copyOf(clitic[0], d.tokens * 2);
            }
            d.tokStart[d.tokens] = s;
            d.tokEnd[d.tokens] = e;
            clitic[0][d.tokens++] = isClitic;
        });
        int[] wordTok = new int[d.tokens];
        int nWords = 0;
        for (int t = 0; t < d.tokens; t++) if (!clitic[0][t]) wordTok[nWords++] = t;
        d.place(session.analyze(text), wordTok, nWords, analyzer, session);
        return d;
    }

    private void place(AnalyzedText at, int[] wordTok, int nWords, Analyzer analyzer, AnalyzerSession session) {
        int[] w = at.words();
        int[] terms = at.terms();
        if (w.length != nWords) {
            throw new IllegalStateException("the analyzer saw " + w.length + " words where its tokenizer gave " + nWords
                    + "; actor windows need the two to agree");
        }
        words = nWords;
        termId = terms;
        termStart = new int[terms.length];
        termEnd = new int[terms.length];
        termToken = new int[terms.length];
        List<List<String>> phrases = analyzer.multiwords().phrases();
        int p = 0;
        int i = 0;
        while (i < nWords) {
            int len = phraseAt(phrases, w, i, session);
            String unit = len == 1 ? session.word(w[i]) : String.join("_", phrases.get(-len - 1));
            int span = len == 1 ? 1 : phrases.get(-len - 1).size();
            if (!analyzer.stopwords().contains(unit)) {
                if (p == terms.length) throw new IllegalStateException("more terms placed than the analyzer made (" + terms.length + ")");
                termStart[p] = tokStart[wordTok[i]];
                termToken[p] = wordTok[i + span - 1];
                termEnd[p] = tokEnd[termToken[p]];
                p++;
            }
            i += span;
        }
        if (p != terms.length) throw new IllegalStateException("placed " + p + " terms, the analyzer made " + terms.length);
    }

    /** 1 when no multiword unit starts at word {@code i}, else −(index of the phrase + 1); phrases are longest first. */
    private static int phraseAt(List<List<String>> phrases, int[] w, int i, AnalyzerSession session) {
        for (int k = 0; k < phrases.size(); k++) {
            List<String> ph = phrases.get(k);
            if (i + ph.size() > w.length) continue;
            boolean match = true;
            for (int j = 0; j < ph.size() && match; j++) match = session.word(w[i + j]).equals(ph.get(j));
            if (match) return -k - 1;
        }
        return 1;
    }

    /** The first term whose start is at or after {@code offset} (the number of terms that start before it). */
    int firstTermAtOrAfter(int offset) {
        int lo = 0;
        int hi = termStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (termStart[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
