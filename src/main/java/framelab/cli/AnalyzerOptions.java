package framelab.cli;

import framelab.text.Analyzer;
import framelab.text.MultiwordUnits;
import framelab.text.Stopwords;
import framelab.text.Unit;
import picocli.CommandLine.Option;

/** How text becomes terms. */
final class AnalyzerOptions {
    @Option(names = "--stopwords", defaultValue = "default", paramLabel = "default|none|FILE",
            description = "Stopword list: the bundled Snowball English list, none, or a word-per-line file. Default: ${DEFAULT-VALUE}")
    String stopwords;

    @Option(names = "--stem", defaultValue = "none", paramLabel = "none|porter|snowball", description = "Stemmer. Default: ${DEFAULT-VALUE}")
    String stem;

    @Option(names = "--ngrams", defaultValue = "1", paramLabel = "N or MIN..MAX", description = "n-gram sizes, e.g. 1..2. Default: ${DEFAULT-VALUE}")
    String ngrams;

    @Option(names = "--multiwords", defaultValue = "none", paramLabel = "none|default|FILE",
            description = "Phrases to count as one term: none, the bundled news list (vladimir putin, united states, ...), or a file with one phrase per line. Default: ${DEFAULT-VALUE}")
    String multiwords;

    @Option(names = "--keep-case", description = "Do not lowercase.")
    boolean keepCase;

    @Option(names = "--unit", defaultValue = "document", paramLabel = "document|paragraph|sentence", description = "Unit of analysis. Default: ${DEFAULT-VALUE}")
    String unit;

    Analyzer analyzer() {
        int lo;
        int hi;
        try {
            String[] p = ngrams.split("\\.\\.");
            lo = Integer.parseInt(p[0].strip());
            hi = p.length > 1 ? Integer.parseInt(p[1].strip()) : lo;
            if (p.length == 1 && lo > 1) lo = 1; // "--ngrams 2" means unigrams and bigrams
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--ngrams takes N or MIN..MAX (e.g. 1..2), got '" + ngrams + "'");
        }
        Analyzer.Builder b = Analyzer.builder().stopwords(Stopwords.named(stopwords)).stemmer(stem).ngrams(lo, hi).lowercase(!keepCase);
        b.multiwords(MultiwordUnits.named(multiwords));
        return b.build();
    }

    Unit unit() {
        return Unit.parse(unit);
    }
}
