package framelab.report;

import framelab.framing.actors.ActorCollocateRow;
import framelab.framing.actors.ActorCooccurrenceRow;
import framelab.framing.actors.ActorMentionRow;
import framelab.framing.actors.ActorResult;
import java.util.List;

/** The three actor tables as tidy CSV, rows in the result's order (columns documented in results/README.md). */
public final class ActorWriter {
    public static final String MENTIONS_FILE = "actor_mentions.csv";
    public static final String COOCCURRENCE_FILE = "actor_cooccurrence.csv";
    public static final String COLLOCATES_FILE = "actor_collocates.csv";
    public static final List<String> MENTION_COLUMNS = List.of("group_by", "group", "actor", "mentions", "documents", "docs_in_group",
            "tokens", "per10k", "ci_low", "ci_high");
    public static final List<String> COOCCURRENCE_COLUMNS = List.of("group_by", "group", "actor_a", "actor_b", "sentences", "sentences_a",
            "sentences_b", "sentences_total", "jaccard", "log_dice", "pmi");
    public static final List<String> COLLOCATE_COLUMNS = List.of("group_by", "group", "actor", "collocate", "pos", "pos_share",
            "cooccurrences", "actor_freq", "collocate_freq", "log_dice", "rank");

    private ActorWriter() {
    }

    /** Writes the three files into {@code dir}; returns their names. */
    public static List<String> write(ResultsDirectory dir, CsvFormat f, ActorResult r) {
        try (CsvWriter w = CsvWriter.open(dir.file(MENTIONS_FILE), f, MENTION_COLUMNS)) {
            for (ActorMentionRow x : r.mentions()) {
                w.row(x.groupBy(), x.group(), x.actor(), x.mentions(), x.documents(), x.docsInGroup(), x.tokens(), x.per10k(),
                        x.ciLow(), x.ciHigh());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file(COOCCURRENCE_FILE), f, COOCCURRENCE_COLUMNS)) {
            for (ActorCooccurrenceRow x : r.cooccurrence()) {
                w.row(x.groupBy(), x.group(), x.actorA(), x.actorB(), x.sentences(), x.sentencesA(), x.sentencesB(), x.sentencesTotal(),
                        x.jaccard(), x.logDice(), x.pmi());
            }
        }
        try (CsvWriter w = CsvWriter.open(dir.file(COLLOCATES_FILE), f, COLLOCATE_COLUMNS)) {
            for (ActorCollocateRow x : r.collocates()) {
                w.row(x.groupBy(), x.group(), x.actor(), x.collocate(), x.pos(), x.posShare(), x.cooccurrences(), x.actorFreq(),
                        x.collocateFreq(), x.logDice(), x.rank());
            }
        }
        return List.of(MENTIONS_FILE, COOCCURRENCE_FILE, COLLOCATES_FILE);
    }
}
