package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.corpus.DocMeta;
import framelab.corpus.Document;
import framelab.framing.events.EventAlignment;
import framelab.framing.events.EventComparisonRow;
import framelab.framing.events.EventOptions;
import framelab.framing.events.EventResult;
import framelab.text.Analyzer;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events.csv and event_comparison.csv: documented columns, one row per document, missing values empty. */
class EventWriterTest {
    static Document doc(String id, String source, String date, String text) {
        return new Document(id, text, DocMeta.of(Map.of("source", source, "date", date)), "t");
    }

    static final EventResult EVENTS = EventAlignment.run(List.of(doc("a", "AP", "2022-02-02", "Troops move to the border"),
            doc("b", "BBC", "2022-02-03", "Troops move to the border"), doc("c", "CNN", "", "Storm")), "source", Analyzer.defaults(), null,
            EventOptions.DEFAULTS);

    @Test
    void eventsCsvHasTheDocumentedColumnsAndEveryDocument() {
        StringWriter out = new StringWriter();
        EventWriter.writeEvents(out, CsvFormat.DEFAULT, EVENTS);
        assertThat(out.toString().split("\n")).containsExactly(
                "event_id,doc_id,group,date,label,event_size,event_groups,mean_similarity,note",
                "e0001,a,AP,2022-02-02,\"border, move, troops\",2,2,1,",
                "e0001,b,BBC,2022-02-03,\"border, move, troops\",2,2,1,",
                ",c,CNN,,,0,0,,undated: 'date' is empty");
    }

    @Test
    void comparisonCsvWritesRowsAsGiven(@TempDir Path tmp) throws Exception {
        List<EventComparisonRow> rows = List.of(new EventComparisonRow("e0001", "keyness", "AP", "BBC", "troops", "g2", 4.5, "3/7 vs 0/6"),
                new EventComparisonRow("e0001", "quote", "AP", "", "Stoltenberg", "quotes", 2, "say×1; warn×1"));
        try (ResultsDirectory dir = ResultsDirectory.open(tmp.resolve("results"))) {
            assertThat(EventWriter.write(dir, CsvFormat.DEFAULT, EVENTS, rows)).containsExactly("events.csv", "event_comparison.csv");
            dir.commit();
        }
        assertThat(Files.readAllLines(tmp.resolve("results/event_comparison.csv"))).containsExactly(
                "event_id,signal,group,other_group,item,measure,value,detail",
                "e0001,keyness,AP,BBC,troops,g2,4.5,3/7 vs 0/6",
                "e0001,quote,AP,,Stoltenberg,quotes,2,say×1; warn×1");
        assertThat(Files.readAllLines(tmp.resolve("results/events.csv"))).hasSize(4);
    }
}
