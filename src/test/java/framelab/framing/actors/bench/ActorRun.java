package framelab.framing.actors.bench;

import framelab.corpus.CleanedCorpus;
import framelab.corpus.Cleaner;
import framelab.corpus.Corpora;
import framelab.corpus.Document;
import framelab.corpus.ReadOptions;
import framelab.framing.actors.ActorAnalysis;
import framelab.framing.actors.ActorOptions;
import framelab.framing.actors.ActorResult;
import framelab.report.ActorWriter;
import framelab.report.CsvFormat;
import framelab.report.ResultsDirectory;
import framelab.sentiment.lexicon.CategoryLexicon;
import framelab.sentiment.lexicon.LexiconFormat;
import framelab.sentiment.lexicon.Lexicons;
import framelab.text.Analyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the actor analysis on a corpus and writes the three CSVs, for {@code bench/actors-run.sh} (not a
 * test: the name does not end in Test).
 *
 * <pre>ActorRun CORPUS TEXT_COLUMN GROUP_BY ACTORS(default|FILE) OUT_DIR [nopos]</pre>
 */
public final class ActorRun {
    private ActorRun() {
    }

    public static void main(String[] args) {
        if (args.length < 5) {
            System.err.println("usage: ActorRun CORPUS TEXT_COLUMN GROUP_BY ACTORS(default|FILE) OUT_DIR [nopos]");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<Document> docs = CleanedCorpus.of(Corpora.read(Path.of(args[0]), ReadOptions.DEFAULTS.withTextColumn(args[1])),
                Cleaner.defaults()).corpus().documents();
        long t1 = System.nanoTime();
        CategoryLexicon actors = args[3].equals("default") ? Lexicons.actors()
                : (CategoryLexicon) Lexicons.read(Path.of(args[3]), LexiconFormat.CATEGORY_TABLE);
        ActorOptions o = ActorOptions.DEFAULTS.withPosTags(!(args.length > 5 && args[5].equals("nopos")));
        ActorResult r = ActorAnalysis.run(docs, args[2], Analyzer.defaults(), actors, o);
        long t2 = System.nanoTime();
        try (ResultsDirectory dir = ResultsDirectory.open(Path.of(args[4]))) {
            ActorWriter.write(dir, CsvFormat.DEFAULT, r);
            dir.commit();
        }
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "documents %d; read+clean %.1f s; actors %.1f s; write %.1f s; rows %d mentions, %d pairs, %d collocates%n",
                docs.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, r.mentions().size(), r.cooccurrence().size(),
                r.collocates().size());
        System.out.println(r.spec());
    }
}
