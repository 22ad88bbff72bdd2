package framelab.framing.syndication;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Corpus;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.report.CsvFormat;
import framelab.report.ResultsDirectory;
import framelab.report.SyndicationWriter;
import framelab.text.Analyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process run of {@link Syndication} for bench/syndication-benchmark.sh (not a test: the name does
 * not end in Test). Reads and cleans a corpus, runs, writes the two CSVs, prints phase times and counts.
 *
 * <pre>java -cp target/classes:target/test-classes:DEPS framelab.framing.syndication.SyndicationBench
 *      CORPUS TEXT_COLUMN GROUP_BY THREADS OUT_DIR</pre>
 */
public final class SyndicationBench {
    private SyndicationBench() {
    }

    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: SyndicationBench CORPUS TEXT_COLUMN GROUP_BY THREADS OUT_DIR");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        Corpus raw = Corpora.read(Path.of(args[0]), ReadOptions.DEFAULTS.withTextColumn(args[1]));
        long t1 = System.nanoTime();
        List<Document> docs = CleanedCorpus.of(raw, Cleaner.defaults()).corpus().documents();
        raw = null;
        long t2 = System.nanoTime();
        long chars = 0;
        for (Document d : docs) chars += d.text().length();
        SyndicationOptions o = SyndicationOptions.DEFAULTS.withThreads(Integer.parseInt(args[3]));
        String maxDocs = System.getProperty("maxShingleDocs");
        if (maxDocs != null) o = o.withMaxShingleDocs(Integer.parseInt(maxDocs));
        SyndicationResult r = Syndication.run(docs, args[2], Analyzer.defaults(), o);
        long t3 = System.nanoTime();
        try (ResultsDirectory dir = ResultsDirectory.open(Path.of(args[4]))) {
            SyndicationWriter.write(dir, CsvFormat.DEFAULT, r);
            dir.commit();
        }
        long t4 = System.nanoTime();
        long repeats = r.passages().stream().filter(p -> p.docA().equals(p.docB())).count();
        System.out.printf(Locale.ROOT, "documents %d, characters %d%n", docs.size(), chars);
        System.out.printf(Locale.ROOT, "common shingles ignored %d%n", r.commonShingles());
        System.out.printf(Locale.ROOT, "options %s%n", r.spec());
        System.out.printf(Locale.ROOT, "read %.1f s, clean %.1f s, syndication %.1f s, write %.1f s, total %.1f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t4 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "candidate pairs %d, oversized buckets %d, reported pairs %d, passages %d (within-document repeats %d)%n",
                r.candidatePairs(), r.oversizedBuckets(), r.pairs().size(), r.passages().size(), repeats);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "max heap %d MB%n", rt.maxMemory() >> 20);
    }
}
