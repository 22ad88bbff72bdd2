import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Corpus;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.framing.events.Event;
import framelab.framing.events.EventAlignment;
import framelab.framing.events.EventComparison;
import framelab.framing.events.EventComparisonOptions;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.events.EventOptions;
import framelab.framing.events.EventResult;
import framelab.report.CsvFormat;
import framelab.report.EventWriter;
import framelab.report.ResultsDirectory;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Event alignment on a large corpus: timings, event counts and size distribution, a seeded sample of
 * multi-outlet events and the largest ones to read, and (with --compare) the keyness/tone comparison.
 * Run by bench/events-benchmark.sh; arguments: CORPUS TEXT_COLUMN GROUP_BY DATE_FIELD OUT_DIR THREADS SAMPLE [--compare].
 */
public class EventsBench {
    public static void main(String[] a) {
        Path corpus = Path.of(a[0]);
        String textColumn = a[1], groupBy = a[2], dateField = a[3];
        Path out = Path.of(a[4]);
        int threads = Integer.parseInt(a[5]), sample = Integer.parseInt(a[6]);
        boolean compare = a.length > 7 && a[7].equals("--compare");
        long t0 = System.nanoTime();
        Corpus raw = Corpora.read(corpus, ReadOptions.DEFAULTS.withTextColumn(textColumn));
        long t1 = System.nanoTime();
        List<Document> docs = CleanedCorpus.of(raw, Cleaner.defaults()).corpus().documents();
        long t2 = System.nanoTime();
        EventOptions o = EventOptions.DEFAULTS.withDateField(dateField).withThreads(threads);
        EventResult r = EventAlignment.run(docs, groupBy, Analyzer.defaults(), Lexicons.actors(), o);
        long t3 = System.nanoTime();
        System.out.printf("documents %d; read %.1f s, clean %.1f s, align %.1f s (threads %d)%n", docs.size(), s(t0, t1), s(t1, t2), s(t2, t3), threads);
        System.out.println("spec: " + r.spec());
        long undated = r.assignments().stream().filter(x -> !x.assigned()).count();
        Map<Integer, Integer> sizes = new TreeMap<>();
        for (Event e : r.events()) sizes.merge(e.size(), 1, Integer::sum);
        List<Event> multi = r.multiGroupEvents();
        System.out.printf("undated %d; events %d (single-document %d); multi-outlet events %d holding %d documents; links %d%n", undated,
                r.events().size(), sizes.getOrDefault(1, 0), multi.size(), multi.stream().mapToInt(Event::size).sum(), r.links().size());
        System.out.println("event sizes (size=count): " + sizes);
        Map<Integer, Integer> outlets = new TreeMap<>();
        for (Event e : multi) outlets.merge(e.groups().size(), 1, Integer::sum);
        System.out.println("outlets per multi-outlet event (outlets=count): " + outlets);
        Map<String, Document> byId = new HashMap<>();
        for (Document d : docs) byId.put(d.id(), d);
        Random rnd = new Random(20220202L);
        System.out.println("\n== " + sample + " multi-outlet events drawn at random (seed 20220202), in id order");
        List<Event> drawn = new java.util.ArrayList<>(multi);
        java.util.Collections.shuffle(drawn, rnd);
        drawn.subList(0, Math.min(sample, drawn.size())).stream().sorted(Comparator.comparing(Event::id)).forEach(e -> print(e, byId, dateField, groupBy));
        System.out.println("\n== the 5 largest events");
        r.events().stream().sorted(Comparator.comparingInt(Event::size).reversed().thenComparing(Event::id)).limit(5)
                .forEach(e -> print(e, byId, dateField, groupBy));
        List<EventComparisonRow> rows = List.of();
        if (compare) {
            long t4 = System.nanoTime();
            rows = EventComparison.keynessAndTone(r, docs, Analyzer.defaults(), EventComparisonOptions.DEFAULTS);
            System.out.printf("%ncomparison of %d multi-outlet events: %d rows in %.1f s%n", multi.size(), rows.size(), s(t4, System.nanoTime()));
        }
        try (ResultsDirectory dir = ResultsDirectory.open(out)) {
            EventWriter.write(dir, CsvFormat.DEFAULT, r, rows);
            dir.commit();
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use at the end %d MB of max %d MB; tables in %s%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, out);
    }

    static void print(Event e, Map<String, Document> byId, String dateField, String groupBy) {
        System.out.printf("%s  %d articles, %d outlets, %s..%s, mean similarity %.3f, label: %s%n", e.id(), e.size(), e.groups().size(), e.firstDate(),
                e.lastDate(), e.meanSimilarity(), e.label());
        for (String id : e.docIds().subList(0, Math.min(8, e.size()))) {
            Document d = byId.get(id);
            String t = d.text().replaceAll("\\s+", " ").strip();
            System.out.printf("    %s  %-24.24s %s%n", d.meta().get(dateField), d.meta().get(groupBy), t.substring(0, Math.min(100, t.length())));
        }
        if (e.size() > 8) System.out.println("    … " + (e.size() - 8) + " more");
    }

    static double s(long from, long to) {
        return (to - from) / 1e9;
    }
}
