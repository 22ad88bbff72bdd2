package framelab.framing.events;

import framelab.corpus.Cleaner;
import framelab.corpus.Corpus;
import framelab.corpus.Document;
import framelab.dtm.DocumentTermMatrix;
import framelab.dtm.DtmBuilder;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.DictionaryScorer;
import framelab.text.Analyzer;
import framelab.text.Unit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Groups articles into events: the same happening reported by several outlets within a few days.
 *
 * <ol>
 *   <li>Each document is dated from {@link EventOptions#dateField()} ({@link EventDates}); undated
 *       documents get an empty event id and a note.</li>
 *   <li>Dated documents, sorted by date then id, become unit-length TF-IDF vectors over the analyzer's
 *       terms (stopwords removed by {@link Analyzer#defaults()}), with idf over the dated documents
 *       ({@link TfIdfVectors}: Salton &amp; Buckley 1988; Manning et al. 2008 §6.2–6.3), and actor sets from
 *       the actor dictionary ({@link ActorSets}).</li>
 *   <li>Only pairs at most {@code windowDays} apart are compared (a sliding window over the sorted dates,
 *       never all pairs): similarity {@code s = (1 − w)·cos + w·J} with w = {@code actorWeight} and J the
 *       Jaccard index of the actor sets; a pair with {@code s ≥ minSimilarity} is a link
 *       ({@link EventLink}).</li>
 *   <li>Events grow along links by average linkage with a median-date window ({@link AverageLink}); every
 *       document left alone is an event of one.</li>
 *   <li>Events are numbered {@code e0001}, … by first date, then first document id (more digits when there
 *       are more than 9,999); the label is the top {@code labelTerms} terms of the summed TF-IDF vectors.</li>
 * </ol>
 * The result depends only on the set of documents (not their order or the thread count).
 */
public final class EventAlignment {
    private EventAlignment() {
    }

    /** The candidate links of one document: later documents within the window whose similarity reached the threshold. */
    private record Links(int[] other, double[] cosine, double[] actors, double[] similarity) {
    }

    /**
     * Aligns the documents into events.
     *
     * @param cleaned  the documents (cleaned as for every other analysis); ids must be unique
     * @param groupBy  the metadata field naming the outlet
     * @param analyzer the analyzer whose terms make the TF-IDF vectors
     * @param actors   the actor dictionary (pattern → actor, e.g. {@code Lexicons.actors()}), or null for text only
     * @throws IllegalArgumentException when no document has {@code groupBy} or the date field, or ids repeat
     */
    public static EventResult run(List<Document> cleaned, String groupBy, Analyzer analyzer, CategoryLexicon actors, EventOptions o) {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(o, "options");
        requireField(cleaned, groupBy);
        requireUniqueIds(cleaned);
        EventDates.Reading dates = EventDates.read(cleaned, o.dateField());
        List<Integer> order = IntStream.range(0, cleaned.size()).filter(i -> dates.days()[i] != EventDates.NONE).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> dates.days()[i]).thenComparing(i -> cleaned.get(i).id())).toList();
        int n = order.size();
        List<Document> docs = order.stream().map(cleaned::get).toList();
        long[] days = order.stream().mapToLong(i -> dates.days()[i]).toArray();
        TfIdfVectors vectors = TfIdfVectors.of(matrix(docs, analyzer, o.threads()));
        DictionaryScorer matcher = actors == null ? null : ActorSets.matcher(actors, analyzer);
        ActorSets sets = actorSets(docs, matcher, o.threads());
        double w = actors == null ? 0.0 : o.actorWeight();
        Links[] links = links(vectors, sets, days, w, o, n);
        int total = 0;
        for (Links l : links) total += l.other().length;
        int[] la = new int[total];
        int[] lb = new int[total];
        double[] ls = new double[total];
        List<EventLink> eventLinks = new ArrayList<>(total);
        int k = 0;
        for (int i = 0; i < n; i++) {
            Links l = links[i];
            for (int j = 0; j < l.other().length; j++) {
                int b = l.other()[j];
                la[k] = i;
                lb[k] = b;
                ls[k++] = l.similarity()[j];
                eventLinks.add(new EventLink(docs.get(i).id(), docs.get(b).id(), Math.toIntExact(days[b] - days[i]), l.cosine()[j],
                        l.actors()[j], l.similarity()[j]));
            }
        }
        AverageLink clustering = new AverageLink(vectors, sets, days, w, o.minSimilarity(), o.windowDays());
        List<Integer> clusters = new ArrayList<>(clustering.cluster(la, lb, ls));
        clusters.sort(Comparator.comparingInt(c -> clustering.members(c)[0])); // first member = first date, then id
        String idFormat = "e%0" + Math.max(4, Integer.toString(clusters.size()).length()) + "d";
        List<Event> events = new ArrayList<>(clusters.size());
        List<EventAssignment> assignments = new ArrayList<>(cleaned.size());
        for (int e = 0; e < clusters.size(); e++) {
            int c = clusters.get(e);
            int[] members = clustering.members(c);
            String id = String.format(idFormat, e + 1);
            String label = clustering.label(c, o.labelTerms());
            TreeSet<String> groups = new TreeSet<>();
            List<String> ids = new ArrayList<>(members.length);
            for (int m : members) {
                groups.add(docs.get(m).meta().get(groupBy));
                ids.add(docs.get(m).id());
            }
            events.add(new Event(id, label, ids, List.copyOf(groups), dates.shown()[order.get(members[0])],
                    dates.shown()[order.get(members[members.length - 1])], clustering.meanPairSimilarity(c)));
            for (int m : members) {
                Document d = docs.get(m);
                assignments.add(new EventAssignment(id, d.id(), d.meta().get(groupBy), dates.shown()[order.get(m)], label, members.length,
                        groups.size(), clustering.memberSimilarity(c, m), ""));
            }
        }
        IntStream.range(0, cleaned.size()).filter(i -> dates.days()[i] == EventDates.NONE).boxed()
                .sorted(Comparator.comparing(i -> cleaned.get(i).id()))
                .forEach(i -> assignments.add(new EventAssignment("", cleaned.get(i).id(), cleaned.get(i).meta().get(groupBy), "", "", 0, 0,
                        Double.NaN, dates.notes()[i])));
        return new EventResult(groupBy, assignments, events, eventLinks, spec(o, dates, n, w, analyzer, matcher));
    }

    private static String spec(EventOptions o, EventDates.Reading dates, int n, double w, Analyzer analyzer, DictionaryScorer matcher) {
        return "events(date=" + dates.spec(o.dateField()) + "; window=" + o.windowDays() + " days"
                + "; similarity=" + (1 - w) + "*cosine(tf-idf: (1+ln tf)*(ln((1+N)/(1+df))+1), unit length, N=" + n + " dated documents)"
                + (matcher == null ? "" : " + " + w + "*jaccard(actor sets, 0 when neither names one)")
                + "; link=|days| <= " + o.windowDays() + " and similarity >= " + o.minSimilarity()
                + "; grouping=average linkage >= " + o.minSimilarity() + " along links, every member within " + o.windowDays()
                + " days of the event's median date; label=top " + o.labelTerms() + " summed tf-idf terms"
                + "; analyzer=" + analyzer.spec() + "; actors=" + (matcher == null ? "none" : matcher.spec()) + ")";
    }

    private static DocumentTermMatrix matrix(List<Document> docs, Analyzer analyzer, int threads) {
        Corpus corpus = new Corpus("dated documents", docs, List.of(), List.of(), List.of());
        // the documents arrive cleaned: count them as they are, one row per document, in this order
        DocumentTermMatrix dtm = DtmBuilder.builder(analyzer).cleaner(Cleaner.none()).unit(Unit.DOCUMENT).threads(threads).build()
                .build(corpus).dtm();
        for (int r = 0; r < dtm.rowCount(); r++) {
            if (!dtm.row(r).docId().equals(docs.get(r).id())) throw new IllegalStateException("matrix rows out of document order at " + r);
        }
        return dtm;
    }

    private static ActorSets actorSets(List<Document> docs, DictionaryScorer matcher, int threads) {
        if (matcher == null) return ActorSets.none(docs.size());
        BitSet[] found = new BitSet[docs.size()];
        forEach(docs.size(), threads, i -> found[i] = ActorSets.actorsIn(docs.get(i).text(), matcher));
        return ActorSets.of(List.of(found), matcher.categories());
    }

    /** For each document, the later documents within the window whose similarity reaches the threshold. */
    private static Links[] links(TfIdfVectors v, ActorSets sets, long[] days, double w, EventOptions o, int n) {
        Links[] out = new Links[n];
        int block = 512;
        forEach((n + block - 1) / block, o.threads(), b -> {
            double[] dense = new double[v.vocabularySize()];
            for (int i = b * block; i < Math.min(n, (b + 1) * block); i++) {
                v.scatter(i, dense, false);
                List<Integer> other = new ArrayList<>();
                List<double[]> values = new ArrayList<>();
                for (int j = i + 1; j < n && days[j] - days[i] <= o.windowDays(); j++) {
                    double cos = v.cosineWithDense(dense, j);
                    double jac = w == 0 ? 0.0 : sets.jaccard(sets.setOf(i), sets.setOf(j));
                    double s = (1 - w) * cos + w * jac;
                    if (s >= o.minSimilarity()) {
                        other.add(j);
                        values.add(new double[] {cos, jac, s});
                    }
                }
                v.scatter(i, dense, true);
                out[i] = new Links(other.stream().mapToInt(Integer::intValue).toArray(), values.stream().mapToDouble(x -> x[0]).toArray(),
                        values.stream().mapToDouble(x -> x[1]).toArray(), values.stream().mapToDouble(x -> x[2]).toArray());
            }
        });
        return out;
    }

    /** Runs body(0..n-1) on {@code threads} workers (inline for one); each index writes only its own slot. */
    private static void forEach(int n, int threads, IntConsumer body) {
        if (threads == 1 || n < 2) {
            for (int i = 0; i < n; i++) body.accept(i);
            return;
        }
        try (ForkJoinPool pool = new ForkJoinPool(threads)) {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
        }
    }

    private static void requireField(List<Document> docs, String field) {
        if (!docs.isEmpty() && docs.stream().noneMatch(d -> d.meta().has(field))) {
            throw new IllegalArgumentException("cannot group by '" + field + "': the documents have the fields "
                    + docs.getFirst().meta().fields().keySet() + " (use --group-by with one of them)");
        }
    }

    private static void requireUniqueIds(List<Document> docs) {
        Map<String, Document> seen = new HashMap<>();
        for (Document d : docs) {
            Document before = seen.putIfAbsent(d.id(), d);
            if (before != null) {
                throw new IllegalArgumentException("document id '" + d.id() + "' occurs twice (" + before.origin() + " and " + d.origin()
                        + "); events.csv is keyed by document id: give every document its own id");
            }
        }
    }
}
