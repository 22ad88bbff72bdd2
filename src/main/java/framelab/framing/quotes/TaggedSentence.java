package framelab.framing.quotes;

import framelab.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The tokens of one sentence as the attribution rules see them: words (framelab's {@link Tokenizer}, the
 * possessive {@code 's} a token of its own), punctuation marks, and each direct quotation as one token
 * tagged {@link #QUOTE} (its words are not tagged: what a speaker says is not part of the frame around it).
 * Words and punctuation carry UD part-of-speech tags and lemmas. Offsets index the document text.
 */
final class TaggedSentence {
    static final String QUOTE = "QUOTE";

    /** A quotation inside the sentence: its marks span [markStart, markEnd) and it is draft {@code id}. */
    record QuoteRef(int markStart, int markEnd, int id) {
    }

    final int n;
    final String[] text;
    final String[] lower;
    final String[] tag;
    private final String[] lemma;
    private Tagging tagging;
    final int[] start;
    final int[] end;
    final int[] quote;
    private final boolean[] isWord;

    private TaggedSentence(List<Object[]> toks) {
        n = toks.size();
        text = new String[n];
        lower = new String[n];
        tag = new String[n];
        lemma = new String[n];
        start = new int[n];
        end = new int[n];
        quote = new int[n];
        isWord = new boolean[n];
        for (int i = 0; i < n; i++) {
            Object[] t = toks.get(i);
            text[i] = (String) t[0];
            start[i] = (int) t[1];
            end[i] = (int) t[2];
            quote[i] = (int) t[3];
            isWord[i] = t.length > 4;
            lower[i] = text[i].replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Tokens of {@code doc[s, e)} with the quotations {@code quotes} (sorted, inside the range) as single tokens.
     * {@code dotted} says which lowercased words keep a following dot ("mr." → one token "Mr.").
     */
    static TaggedSentence of(String doc, int s, int e, List<QuoteRef> quotes, Tagging tagging, Predicate<String> dotted) {
        List<Object[]> toks = new ArrayList<>();
        int pos = s;
        for (QuoteRef q : quotes) {
            gap(doc, pos, q.markStart(), toks, dotted);
            toks.add(new Object[]{doc.substring(q.markStart(), q.markEnd()), q.markStart(), q.markEnd(), q.id()});
            pos = q.markEnd();
        }
        gap(doc, pos, e, toks, dotted);
        TaggedSentence t = new TaggedSentence(toks);
        t.tag(tagging);
        return t;
    }

    private static void gap(String doc, int a, int b, List<Object[]> toks, Predicate<String> dotted) {
        if (b <= a) return;
        int[] last = {a};
        Tokenizer.DEFAULT.tokenize(doc.subSequence(a, b), (t, ts, te, clitic) -> {
            punctuation(doc, last[0], a + ts, toks);
            toks.add(new Object[]{doc.substring(a + ts, a + te), a + ts, a + te, -1, true});
            last[0] = a + te;
        });
        punctuation(doc, last[0], b, toks);
        for (int i = toks.size() - 2; i >= 0; i--) {
            Object[] w = toks.get(i);
            Object[] d = toks.get(i + 1);
            if (".".equals(d[0]) && (int) d[1] == (int) w[2] && w.length > 4
                    && dotted.test(((String) w[0]).toLowerCase(Locale.ROOT) + ".")) {
                toks.set(i, new Object[]{w[0] + ".", w[1], d[2], -1, true});
                toks.remove(i + 1);
            }
        }
    }

    private static void punctuation(String doc, int a, int b, List<Object[]> toks) {
        for (int i = a; i < b; i++) {
            char c = doc.charAt(i);
            if (QuoteMarks.space(c) || Character.isLetterOrDigit(c) || QuoteMarks.family(c) != QuoteMarks.NONE) continue;
            toks.add(new Object[]{String.valueOf(c), i, i + 1, -1});
        }
    }

    /**
     * Tags every word and punctuation mark (lemmas are computed on demand, {@link #lemma(int)}). A quotation goes
     * to the tagger as one quotation mark: the tagger then sees the frame as written ("would be a " calling
     * on …"), where leaving the quotation out would glue its neighbours into a phrase of their own ("a calling").
     */
    private void tag(Tagging tagging) {
        this.tagging = tagging;
        String[] in = new String[n];
        for (int i = 0; i < n; i++) in[i] = quote[i] >= 0 ? "\"" : text[i].replace('\u2019', '\'');
        if (n == 0) return;
        String[] tags = tagging.tags(in);
        for (int i = 0; i < n; i++) {
            if (quote[i] >= 0) {
                tag[i] = QUOTE;
                continue;
            }
            String g = tags[i];
            // a contraction gets a joined tag ("doesn't" AUX+PART): the first part is the word's role
            int plus = g.indexOf('+');
            if (plus > 0) g = g.substring(0, plus);
            // a capitalised word inside a sentence is a name, not a verb ("… well,’ Putin retorted")
            if (g.equals("VERB") && i > 0 && capitalised(i) && !opensClause(i)) g = "PROPN";
            tag[i] = g;
        }
    }

    /** True for the first word of the sentence or of a quotation-free stretch after a colon or bullet. */
    private boolean opensClause(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (quote[k] >= 0) return false;
            if (isWord[k]) return false;
            if (text[k].equals(":") || text[k].equals("\u2022") || text[k].equals("(")) return true;
        }
        return true;
    }

    /**
     * The lemma of token i ("" for a quotation), computed when first asked: OpenNLP's lemmatizer is a sequence
     * model about ten times slower than the tagger, only verbs near a possible speech verb need a lemma, and
     * one word with its tag is enough context for a verb's lemma.
     */
    String lemma(int i) {
        if (quote[i] >= 0) return "";
        if (lemma[i] == null) {
            String w = text[i].replace('\u2019', '\'');
            lemma[i] = tagging.lemmas(new String[]{w}, new String[]{tag[i]})[0].toLowerCase(Locale.ROOT);
        }
        return lemma[i];
    }

    boolean isQuote(int i) { return i >= 0 && i < n && quote[i] >= 0; }
    boolean is(int i, String t) { return i >= 0 && i < n && t.equals(tag[i]); }
    boolean word(int i, String w) { return i >= 0 && i < n && w.equals(lower[i]); }

    /** Punctuation (not a word, not a quotation). */
    boolean punct(int i) {
        return i >= 0 && i < n && quote[i] < 0 && !isWord[i];
    }

    /** Written with a capital first letter. */
    boolean capitalised(int i) {
        return i >= 0 && i < n && quote[i] < 0 && Character.isUpperCase(text[i].charAt(0));
    }

    /** Noun-like: a proper noun or noun. */
    boolean nounish(int i) {
        return is(i, "PROPN") || is(i, "NOUN");
    }
}
