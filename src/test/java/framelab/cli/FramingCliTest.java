package framelab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.report.ActorWriter;
import framelab.report.EventWriter;
import framelab.report.QuoteWriter;
import framelab.report.SyndicationWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framing tables from the command line: the {@code framing} subcommand, {@code analyze} and its switches. */
class FramingCliTest {
    static final List<String> FILES = List.of("actor_mentions.csv", "actor_cooccurrence.csv", "actor_collocates.csv", "quotes.csv",
            "quote_summary.csv", "syndication_pairs.csv", "shared_passages.csv", "events.csv", "event_comparison.csv");

    @TempDir
    Path tmp;

    @Test
    void framingWritesEveryFileWithItsDocumentedHeader() throws IOException {
        Path out = tmp.resolve("f");
        CliTest.Run r = CliTest.run("framing", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("framelab framing: 5 documents", "4 events (1 covered by two or more source values)");
        header(out, "actor_mentions.csv", ActorWriter.MENTION_COLUMNS);
        header(out, "actor_collocates.csv", ActorWriter.COLLOCATE_COLUMNS);
        header(out, "quotes.csv", QuoteWriter.QUOTE_COLUMNS);
        header(out, "quote_summary.csv", QuoteWriter.SUMMARY_COLUMNS);
        header(out, "syndication_pairs.csv", SyndicationWriter.PAIR_COLUMNS);
        header(out, "shared_passages.csv", SyndicationWriter.PASSAGE_COLUMNS);
        header(out, "events.csv", EventWriter.EVENT_COLUMNS);
        header(out, "event_comparison.csv", EventWriter.COMPARISON_COLUMNS);
        // the seeds' one comparable event: The Moscow Times (001) and AP (004) on the 2 February deployment
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        String e001 = events.stream().filter(l -> l.contains(",001,")).findFirst().orElseThrow().split(",")[0];
        String e004 = events.stream().filter(l -> l.contains(",004,")).findFirst().orElseThrow().split(",")[0];
        String e002 = events.stream().filter(l -> l.contains(",002,")).findFirst().orElseThrow().split(",")[0];
        assertThat(e001).isEqualTo(e004).isNotEqualTo(e002);
        List<String> cmp = Files.readAllLines(out.resolve("event_comparison.csv"));
        for (String signal : List.of(",keyness,", ",tone,", ",quote,")) {
            assertThat(cmp).as(signal).anyMatch(l -> l.startsWith(e001 + signal + "The Moscow Times,"))
                    .anyMatch(l -> l.startsWith(e001 + signal + "AP (via ABC News),"));
        }
        assertThat(cmp).anyMatch(l -> l.startsWith(e001 + ",quote,The Moscow Times,,John Kirby,quotes,"));
        assertThat(Files.readString(out.resolve("quotes.csv"))).contains("John Kirby,Pentagon spokesman,say,direct,");
    }

    @Test
    void analyzeWritesFramingFilesAndTheReportSectionUnlessSwitchedOff() throws IOException {
        Path on = tmp.resolve("on");
        CliTest.Run r = CliTest.run("analyze", "--out", on.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : FILES) assertThat(on.resolve(f)).as(f).exists();
        String html = Files.readString(on.resolve("report.html"));
        assertThat(html).contains("<section id=\"framing\">", "id=\"framing-actors\"", "id=\"framing-quotes\"", "id=\"framing-syndication\"",
                "id=\"framing-events\"", "<h4 id=\"event-e0002\">", "John Kirby");
        // the sourcing table shows quote_summary.csv's numbers: The Moscow Times' direct and indirect counts and its top speaker
        List<String> summary = Files.readAllLines(on.resolve("quote_summary.csv"));
        long direct = Math.round(Double.parseDouble(value(summary, "source,The Moscow Times,direct_quotes,,")));
        long indirect = Math.round(Double.parseDouble(value(summary, "source,The Moscow Times,indirect_quotes,,")));
        long kirby = Math.round(Double.parseDouble(value(summary, "source,The Moscow Times,speaker,John Kirby,")));
        assertThat(html).contains("<td class=s>The Moscow Times</td><td class=n>" + (direct + indirect) + "</td><td class=n>" + direct
                + "</td><td class=n>" + indirect + "</td>", "John Kirby " + kirby + ",");
        assertThat(Files.readString(on.resolve("run.json"))).contains("\"quotes.csv\"", "\"event_comparison.csv\"", "\"framing\" : {",
                "\"syndication\" : \"shingles=5 words", "\"events_ms\"");

        Path off = tmp.resolve("off");
        assertThat(CliTest.run("analyze", "--no-framing", "--out", off.toString()).code()).isZero();
        for (String f : FILES) assertThat(off.resolve(f)).as(f).doesNotExist();
        assertThat(Files.readString(off.resolve("report.html"))).doesNotContain("<section id=\"framing\">");
    }

    @Test
    void withoutAnActorDictionaryThereAreNoActorFilesButEverythingElse() throws IOException {
        Path out = tmp.resolve("none");
        CliTest.Run r = CliTest.run("framing", "--actors", "none", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("actor_mentions.csv")).doesNotExist();
        assertThat(out.resolve("quotes.csv")).exists();
        assertThat(out.resolve("events.csv")).exists();
    }

    @Test
    void aCorpusWithoutDatesHasNoEventsButEveryOtherFramingTable() throws IOException {
        Path csv = tmp.resolve("nodates.csv");
        Files.writeString(csv, "id,source,text\n1,A,\"\"\"We will not back down,\"\" the minister said.\"\n"
                + "2,B,Officials said the talks would go on.\n");
        Path out = tmp.resolve("nd");
        CliTest.Run r = CliTest.run("analyze", "--corpus", csv.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertThat(events).hasSize(3);
        assertThat(events.get(1)).startsWith(",1,A,").contains("no 'date' field in this corpus", "--event-date-field");
        assertThat(Files.readString(out.resolve("quotes.csv"))).contains("We will not back down,");
        // a date field named by the user must exist: a typo is an error, not an empty events.csv
        CliTest.Run typo = CliTest.run("framing", "--corpus", csv.toString(), "--event-date-field", "published", "--out", tmp.resolve("t").toString());
        assertThat(typo.code()).isEqualTo(Main.INPUT_ERROR);
        assertThat(typo.err()).contains("'published'");
    }

    @Test
    void badFramingOptionsAreUsageErrorsNamingTheOption() {
        CliTest.Run r = CliTest.run("framing", "--shingle-size", "1", "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(Main.INPUT_ERROR);
        assertThat(r.err()).contains("shingle size must be 2..12, got 1");
        CliTest.Run w = CliTest.run("framing", "--event-window", "-2", "--out", tmp.resolve("y").toString());
        assertThat(w.code()).isEqualTo(Main.INPUT_ERROR);
        assertThat(w.err()).contains("-2");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError("no row " + prefix))
                .substring(prefix.length());
    }

    private static void header(Path dir, String file, List<String> columns) throws IOException {
        assertThat(Files.readAllLines(dir.resolve(file)).get(0)).as(file).isEqualTo(String.join(",", columns));
    }
}
