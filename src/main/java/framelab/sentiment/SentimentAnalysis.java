package framelab.sentiment;

import framelab.corpus.Document;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.sentiment.lexicon.LexiconMatch;
import framelab.text.Analyzer;
import framelab.text.Segment;
import framelab.text.Segmenter;
import framelab.text.Token;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Tone per unit, per group and toward actors. Units are scored with every lexicon; with
 * {@link Unit#DOCUMENT} VADER scores the whole text as one string (as the reference implementation
 * does), with {@link Unit#SENTENCE} each sentence (OpenNLP) on its own. Tone toward an actor uses the
 * sentences that mention it (whatever the unit) and, as a second measure, the ±window tokens around
 * each mention. Documents are processed in parallel; the output order is the input order.
 */
public final class SentimentAnalysis {
    private SentimentAnalysis() {
    }

    private record DocOut(List<SentimentRow> units, List<ActorRow> actors) {
    }

    public static SentimentResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, SentimentOptions o) {
        return run(cleaned, groupBy, analyzer, o, Scorers.actorLexicon(o.actors(), null));
    }

    /**
     * As {@link #run(List, String, Analyzer, SentimentOptions)} with an actor dictionary given as a value (null for
     * none) instead of {@code o.actors()}: for callers that already hold one (the framing analyses).
     */
    public static SentimentResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, SentimentOptions o,
                                      framelab.sentiment.lexicon.CategoryLexicon actorLexicon) {
        List<ToneScorer> scorers = Scorers.of(o.lexicons(), o.format(), analyzer);
        DictionaryScorer actors = Scorers.actors(actorLexicon, analyzer);
        List<DocOut> outs = IntStream.range(0, cleaned.size()).parallel()
                .mapToObj(i -> document(cleaned.get(i), groupBy, analyzer, scorers, actors, o)).toList();
        List<SentimentRow> units = new ArrayList<>();
        List<ActorRow> actorRows = new ArrayList<>();
        for (DocOut d : outs) {
            units.addAll(d.units());
            actorRows.addAll(d.actors());
        }
        List<GroupSummary> groups = SentimentAggregates.summarize(groupBy, units, o.bootstrap());
        List<GroupDifference> diffs = SentimentAggregates.differences(groupBy, units, o.bootstrap(), o.adjust());
        List<String> specs = scorers.stream().map(ToneScorer::spec).toList();
        return new SentimentResult(groupBy, o.unit().label(), units, groups, diffs, summarizeActors(groupBy, actorRows, o),
                specs, actors == null ? "none" : actors.spec() + " window=" + o.window());
    }

    private static DocOut document(Document d, String groupBy, Analyzer analyzer, List<ToneScorer> scorers, DictionaryScorer actors,
                                   SentimentOptions o) {
        String group = d.meta().get(groupBy);
        List<SentimentRow> rows = new ArrayList<>();
        Segmenter unitSegmenter = new Segmenter(o.unit());
        for (Segment s : unitSegmenter.segments(d.id(), d.text())) {
            for (ToneScorer sc : scorers) {
                double[] v = sc.score(s.text());
                for (int m = 0; m < v.length; m++) rows.add(new SentimentRow(d.id(), o.unit().label(), s.unitId(), group, sc.lexicon(), sc.measures().get(m), v[m]));
            }
        }
        List<ActorRow> actorRows = actors == null ? List.of() : actorTone(d, group, analyzer, scorers, actors, o.window());
        return new DocOut(rows, actorRows);
    }

    private static List<ActorRow> actorTone(Document d, String group, Analyzer analyzer, List<ToneScorer> scorers,
                                            DictionaryScorer actors, int window) {
        List<ActorRow> out = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        analyzer.tokenizer().tokenize(d.text(), (t, s, e, clitic) -> {
            if (!clitic) tokens.add(new Token(t.subSequence(s, e).toString(), s, e));
        });
        for (Segment s : new Segmenter(Unit.SENTENCE).segments(d.id(), d.text())) {
            List<LexiconMatch> mentions = actors.matches(s.text());
            if (mentions.isEmpty()) continue;
            Set<String> named = new LinkedHashSet<>();
            for (LexiconMatch m : mentions) named.addAll(new java.util.TreeSet<>(m.counted().keySet()));
            for (ToneScorer sc : scorers) {
                if (sc.toneMeasure() == null) continue;
                double v = sc.score(s.text())[sc.measures().indexOf(sc.toneMeasure())];
                for (String a : named) out.add(new ActorRow(d.id(), group, a, "sentence", sc.lexicon(), sc.toneMeasure(), v));
            }
            for (LexiconMatch m : mentions) {
                int start = s.start() + m.start();
                int end = s.start() + m.end();
                String text = window(d.text(), tokens, start, end, window);
                for (ToneScorer sc : scorers) {
                    if (sc.toneMeasure() == null) continue;
                    double v = sc.score(text)[sc.measures().indexOf(sc.toneMeasure())];
                    for (String a : new java.util.TreeSet<>(m.counted().keySet())) {
                        out.add(new ActorRow(d.id(), group, a, "window", sc.lexicon(), sc.toneMeasure(), v));
                    }
                }
            }
        }
        return out;
    }

    /** The text from {@code window} word tokens before the mention to {@code window} after it. */
    static String window(String text, List<Token> tokens, int start, int end, int window) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= start) first++;
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) last++;
        int from = Math.max(0, first - window);
        int to = Math.min(tokens.size() - 1, last + window);
        if (tokens.isEmpty()) return text.substring(start, end);
        return text.substring(Math.min(tokens.get(from).start(), start), Math.max(tokens.get(to).end(), end));
    }

    private static List<ActorSummary> summarizeActors(String groupBy, List<ActorRow> rows, SentimentOptions o) {
        Map<List<String>, List<Double>> byKey = new TreeMap<>((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) return c;
            }
            return 0;
        });
        for (ActorRow r : rows) {
            if (Double.isNaN(r.value())) continue;
            byKey.computeIfAbsent(List.of(r.actor(), r.group(), r.context(), r.lexicon(), r.measure()), k -> new ArrayList<>()).add(r.value());
        }
        List<ActorSummary> out = new ArrayList<>();
        Map<List<String>, double[]> arrays = new LinkedHashMap<>();
        byKey.forEach((k, v) -> arrays.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        arrays.forEach((k, x) -> {
            double mean = 0;
            for (double v : x) mean += v;
            mean /= x.length;
            double ss = 0;
            for (double v : x) ss += (v - mean) * (v - mean);
            double[] ci = o.bootstrap().forKey(String.join("\u0000", k)).meanInterval(x);
            out.add(new ActorSummary(groupBy, k.get(1), k.get(0), k.get(2), k.get(3), k.get(4), x.length, mean,
                    x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : Double.NaN, ci[0], ci[1]));
        });
        return out;
    }
}
