package framelab.report;

import framelab.framing.syndication.SharedPassage;
import framelab.framing.syndication.SyndicationPair;
import framelab.framing.syndication.SyndicationResult;
import java.util.List;

/**
 * Syndication results as tidy CSV (rows in the order of {@link SyndicationResult}).
 * <ul>
 *   <li>{@code syndication_pairs.csv}: one row per document pair that shares text;</li>
 *   <li>{@code shared_passages.csv}: one row per shared passage (or, when {@code doc_a = doc_b}, per passage a
 *       document repeats), with character offsets into both texts. {@code text} is the passage as it
 *       stands in doc_a, cut to its first {@value #TEXT_MAX} characters to keep the file readable;
 *       {@code text_chars} gives the full length ({@code end_a − start_a}), and the offsets recover the whole passage.</li>
 * </ul>
 */
public final class SyndicationWriter {
    public static final String PAIRS_FILE = "syndication_pairs.csv";
    public static final String PASSAGES_FILE = "shared_passages.csv";
    public static final List<String> PAIR_COLUMNS = List.of("doc_a", "doc_b", "group_a", "group_b", "containment_a", "containment_b",
            "jaccard", "shared_chars");
    public static final List<String> PASSAGE_COLUMNS = List.of("doc_a", "doc_b", "group_a", "group_b", "start_a", "end_a", "start_b",
            "end_b", "words", "text_chars", "text");
    /** Longest passage text written to {@code shared_passages.csv}. */
    public static final int TEXT_MAX = 300;

    private SyndicationWriter() {
    }

    /** Writes the two files into {@code dir}; returns their names. */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, SyndicationResult r) {
        try (CsvWriter w = CsvWriter.open(dir.file(PAIRS_FILE), f, PAIR_COLUMNS)) {
            for (SyndicationPair p : r.pairs()) {
                w.row(p.docA(), p.docB(), p.groupA(), p.groupB(), p.containmentA(), p.containmentB(), p.jaccard(), p.sharedChars());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file(PASSAGES_FILE), f, PASSAGE_COLUMNS)) {
            for (SharedPassage p : r.passages()) {
                w.row(p.docA(), p.docB(), p.groupA(), p.groupB(), p.startA(), p.endA(), p.startB(), p.endB(), p.words(),
                        p.text().length(), capped(p.text()));
            }
        }
        return List.of(PAIRS_FILE, PASSAGES_FILE);
    }

    /** The first {@link #TEXT_MAX} characters, not splitting a surrogate pair. */
    static String capped(String s) {
        if (s.length() <= TEXT_MAX) return s;
        int end = Character.isHighSurrogate(s.charAt(TEXT_MAX - 1)) ? TEXT_MAX - 1 : TEXT_MAX;
        return s.substring(0, end);
    }
}
