package framelab.sentiment.lexicon;

import framelab.text.Analyzer;
import framelab.text.TokenSink;
import java.util.Arrays;

/**
 * The tokens of one unit of text as the scorers see them: every token of the analyzer's tokenizer,
 * normalised ({@link PatternMatcher#normalize}), with no stopword removal (dictionaries contain "not",
 * "no", "very"). The possessive/contraction clitic {@code 's} stays in the sequence so that patterns such
 * as {@code it's} or {@code let's go} can match, but it is not a word: it is not counted in {@link #words()},
 * a match cannot start on it, and the negation window skips it — as the Analyzer never makes it a term.
 *
 * <p>{@code joined[i]} records whether only white space (or nothing, as before a clitic) separates token
 * {@code i − 1} from token {@code i}: a multiword entry matches only such a run, so "fed up" does not
 * match "fed. Up" or "fed, up" (quanteda, which keeps punctuation as tokens, behaves alike).
 * {@code breakBefore[i]} records whether clause punctuation ({@code . ! ? ; :} or {@code …}) stands in
 * the text between token {@code i − 1} and token {@code i}; dots inside tokens ({@code U.S.}, {@code 3.5})
 * do not count.
 */
final class UnitTokens implements TokenSink {
    private final Analyzer analyzer;
    String[] tokens = new String[16];
    boolean[] clitic = new boolean[16];
    boolean[] breakBefore = new boolean[16];
    boolean[] joined = new boolean[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n;
    private int words;
    private int prevEnd;

    private UnitTokens(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static UnitTokens of(String text, Analyzer analyzer) {
        UnitTokens u = new UnitTokens(analyzer);
        if (text != null) analyzer.tokenizer().tokenize(text, u);
        return u;
    }

    /** The number of word tokens (clitics excluded): the denominator of every rate. */
    int words() {
        return words;
    }

    @Override
    public void token(CharSequence text, int start, int end, boolean isClitic) {
        if (n == tokens.length) {
            int m = n * 2;
            tokens = Arrays.copyOf(tokens, m);
            clitic = Arrays.copyOf(clitic, m);
            breakBefore = Arrays.copyOf(breakBefore, m);
            joined = Arrays.copyOf(joined, m);
            starts = Arrays.copyOf(starts, m);
            ends = Arrays.copyOf(ends, m);
        }
        boolean br = false;
        boolean ws = n > 0;
        if (n > 0) {
            for (int i = prevEnd; i < start; i++) {
                char c = text.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\u2026') br = true;
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) ws = false;
            }
        }
        String raw = text instanceof String str ? str.substring(start, end) : text.subSequence(start, end).toString();
        tokens[n] = PatternMatcher.normalize(analyzer, raw);
        clitic[n] = isClitic;
        breakBefore[n] = br;
        joined[n] = ws;
        starts[n] = start;
        ends[n] = end;
        n++;
        if (!isClitic) words++;
        prevEnd = end;
    }

    /** The number of word tokens (clitics excluded) in {@code [from, to)}. */
    int wordsIn(int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) if (!clitic[i]) c++;
        return c;
    }
}
