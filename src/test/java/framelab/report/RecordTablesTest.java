package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.framing.actors.ActorCollocateRow;
import framelab.framing.actors.ActorCooccurrenceRow;
import framelab.framing.actors.ActorMentionRow;
import framelab.framing.events.EventAssignment;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.quotes.Quote;
import framelab.framing.quotes.QuoteKind;
import framelab.framing.syndication.SharedPassage;
import framelab.framing.syndication.SyndicationPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Notebook tables from records carry the CSV files' column names and the records' values. */
class RecordTablesTest {
    @Test
    void columnNamesAreTheCsvHeaders() {
        assertThat(names(ActorMentionRow.class)).isEqualTo(ActorWriter.MENTION_COLUMNS);
        assertThat(names(ActorCooccurrenceRow.class)).isEqualTo(ActorWriter.COOCCURRENCE_COLUMNS);
        assertThat(names(ActorCollocateRow.class)).isEqualTo(ActorWriter.COLLOCATE_COLUMNS);
        assertThat(names(Quote.class)).isEqualTo(QuoteWriter.QUOTE_COLUMNS);
        assertThat(names(SyndicationPair.class)).isEqualTo(SyndicationWriter.PAIR_COLUMNS);
        assertThat(names(EventAssignment.class)).isEqualTo(EventWriter.EVENT_COLUMNS);
        assertThat(names(EventComparisonRow.class)).isEqualTo(EventWriter.COMPARISON_COLUMNS);
        // the passage table has the whole text; the CSV cuts it and adds its length
        assertThat(SyndicationWriter.PASSAGE_COLUMNS).containsAll(names(SharedPassage.class));
    }

    @Test
    void valuesKeepTheirTypeAndEnumsTheirLabel() {
        Table t = RecordTables.of("quotes", Quote.class, List.of(
                new Quote("001", "MT", "John Kirby", "Pentagon spokesman", "say", QuoteKind.DIRECT, "abc", 10, 13, "United States")));
        assertThat(t.rowCount()).isEqualTo(1);
        assertThat(t.stringColumn("kind").get(0)).isEqualTo("direct");
        assertThat(t.intColumn("char_end").get(0)).isEqualTo(13);
        assertThat(t.stringColumn("speaker").get(0)).isEqualTo("John Kirby");
        assertThat(RecordTables.of("none", Quote.class, List.of()).columnCount()).isEqualTo(10);
    }

    @Test
    void snakeCase() {
        assertThat(RecordTables.snake("docId")).isEqualTo("doc_id");
        assertThat(RecordTables.snake("per10k")).isEqualTo("per10k");
        assertThat(RecordTables.snake("containmentA")).isEqualTo("containment_a");
        assertThat(RecordTables.snake("logDice")).isEqualTo("log_dice");
    }

    private static <R extends Record> List<String> names(Class<R> type) {
        return RecordTables.of("t", type, List.of()).columnNames();
    }
}
