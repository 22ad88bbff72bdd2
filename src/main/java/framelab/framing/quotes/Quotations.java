package framelab.framing.quotes;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.LexiconMatch;
import framelab.text.Analyzer;
import framelab.text.Segmenter;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Quotations, their speakers and speech verbs: who is given a voice, and how their words are introduced.
 *
 * <p>Direct quotations come from quotation marks ({@link QuoteMarks}); speakers from the speech verbs and
 * noun phrases around them, with OpenNLP part-of-speech tags and lemmas (a rule-based attribution in the
 * manner of Pouliquen, Steinberger &amp; Best 2007, "Automatic detection of quotations in multilingual
 * news", RANLP, and of the quote-attribution heuristics in O'Keefe et al. 2012, "A sequence labelling
 * approach to quote attribution", EMNLP); indirect speech from a speech verb with a reported clause. In
 * text without quotation marks (a lowercased export) only indirect speech is found. Speaker categories
 * come from an actor dictionary ({@code DictionaryScorer} matches on the speaker, then the title) and
 * else from the bundled role list. See {@link Quote} for the fields, {@link QuoteSummaryRow} for the
 * summary.
 *
 * <p>Documents are read in parallel; the output is in input order and does not depend on the thread
 * count or on the order of the other documents (each document is read on its own).
 */
public final class Quotations {
    private Quotations() {
    }

    private record DocOut(List<Quote> quotes, long words, long characters) {
    }

    /**
     * Reads the quotations of {@code cleaned}.
     *
     * @param cleaned  documents after cleaning (offsets index their text)
     * @param groupBy  the metadata field to summarise by ("source", "outlet_type")
     * @param analyzer its tokenizer counts the words for the per-1,000-word rates and matches the actor dictionary
     * @param actors   the actor dictionary for speaker categories (e.g. {@code Lexicons.actors()}), or null for the
     *                 role list's categories only
     * @param o        options
     */
    public static QuotationResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, CategoryLexicon actors, QuoteOptions o) {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(o, "options");
        if (groupBy.isBlank()) throw new IllegalArgumentException("groupBy must name a metadata field (e.g. source), got a blank string");
        QuoteRules rules = QuoteRules.bundled();
        DictionaryScorer scorer = actors == null ? null : DictionaryScorer.of(actors, analyzer);
        ThreadLocal<Tagging> taggers = ThreadLocal.withInitial(Tagging::new);
        List<DocOut> outs = IntStream.range(0, cleaned.size()).parallel()
                .mapToObj(i -> document(cleaned.get(i), groupBy, analyzer, rules, taggers.get(), scorer, actors, o)).toList();
        List<Quote> quotes = new ArrayList<>();
        Map<String, long[]> sizes = new HashMap<>();
        for (int i = 0; i < outs.size(); i++) {
            DocOut d = outs.get(i);
            quotes.addAll(d.quotes());
            long[] s = sizes.computeIfAbsent(cleaned.get(i).meta().get(groupBy), g -> new long[3]);
            s[0]++;
            s[1] += d.words();
            s[2] += d.characters();
        }
        List<QuoteSummaryRow> summary = QuoteSummary.of(quotes, sizes, rules, o.topSpeakers());
        return new QuotationResult(groupBy, quotes, summary, spec(rules, analyzer, actors, o));
    }

    private static DocOut document(Document d, String groupBy, Analyzer analyzer, QuoteRules rules, Tagging tagging,
                                   DictionaryScorer scorer, CategoryLexicon actors, QuoteOptions o) {
        String group = d.meta().get(groupBy);
        String text = d.text();
        List<Quote> out = new ArrayList<>();
        for (Draft x : new DocumentQuotes(rules, tagging, o).read(text)) {
            Attribution a = x.attribution;
            out.add(new Quote(d.id(), group, a.speaker(), a.role(), a.verb(), x.kind, text.substring(x.start, x.end), x.start, x.end, category(a, scorer, actors)));
        }
        long[] words = {0};
        analyzer.tokenizer().tokenize(text, (t, s, e, clitic) -> {
            if (!clitic) words[0]++;
        });
        return new DocOut(out, words[0], text.length());
    }

    /** The actor dictionary's category of the speaker, else of the title; else the role list's; else "". */
    static String category(Attribution a, DictionaryScorer scorer, CategoryLexicon actors) {
        if (a.speaker().isEmpty()) return "";
        if (scorer != null) {
            String c = actor(a.speaker(), scorer, actors);
            if (c.isEmpty()) c = actor(a.role(), scorer, actors);
            if (!c.isEmpty()) return c;
        }
        return a.roleCategory();
    }

    private static String actor(String text, DictionaryScorer scorer, CategoryLexicon actors) {
        if (text.isEmpty()) return "";
        for (LexiconMatch m : scorer.matches(text)) {
            for (String c : actors.categories()) if (m.counted().containsKey(c)) return c;
        }
        return "";
    }

    private static String spec(QuoteRules rules, Analyzer analyzer, CategoryLexicon actors, QuoteOptions o) {
        return "quotes(" + rules.spec() + "; " + Tagging.spec() + "; sentences=" + new Segmenter(Unit.SENTENCE).spec()
                + "; " + o.spec() + "; actors=" + (actors == null ? "none" : actors.name() + "(" + actors.size() + " entries)")
                + "; words=" + analyzer.tokenizer().spec() + ")";
    }
}
