package framelab.topics;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.cli.Main;
import framelab.report.TopicWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topics command and analyze --topics end to end: files, columns as documented, errors that say what to do. */
class TopicsCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static String header(Path f) throws IOException {
        return Files.readAllLines(f).getFirst();
    }

    @Test
    void topicsWritesEveryFileWithTheDocumentedColumns() throws IOException {
        Path out = tmp.resolve("r");
        Run r = cli("topics", "--unit", "paragraph", "--k", "4", "--iterations", "50", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("lda_k4 on 176 paragraph units: LL/token").doesNotContain("INFO", "Mallet", "LL/token: ");
        assertThat(header(out.resolve("topics.csv"))).isEqualTo("model,k,topic,rank,term,weight");
        assertThat(header(out.resolve("topic_units.csv"))).isEqualTo("model,k,doc_id,unit_id,group,topic,proportion");
        assertThat(header(out.resolve("topic_groups.csv"))).isEqualTo(String.join(",", TopicWriter.GROUP_COLUMNS))
                .contains("group,topic", "share,ci_low,ci_high");
        assertThat(header(out.resolve("topic_quality.csv"))).isEqualTo(String.join(",", TopicWriter.QUALITY_COLUMNS))
                .contains("topic,label,size", "coherence_umass,coherence_npmi,exclusivity");
        assertThat(header(out.resolve("topic_examples.csv"))).isEqualTo(String.join(",", TopicWriter.EXAMPLE_COLUMNS));
        assertThat(header(out.resolve("topic_models.csv"))).isEqualTo(String.join(",", TopicWriter.MODEL_COLUMNS));
        assertThat(Files.readAllLines(out.resolve("topic_units.csv"))).hasSize(1 + 176 * 4);
        assertThat(Files.readAllLines(out.resolve("topic_examples.csv"))).hasSize(1 + 4 * 5);
        assertThat(Files.readString(out.resolve("topics.html"))).contains("<section id=\"topics\">", "<svg", "Topic shares by source")
                .doesNotContain("<script", "http://", "https://");
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"command\" : \"topics\"", "topic_models.csv");
    }

    @Test
    void everyTopicColumnIsDocumentedInTheResultsReadme() throws IOException {
        String readme = Files.readString(Path.of("results/README.md"));
        for (List<String> cols : List.of(TopicWriter.MODEL_COLUMNS, TopicWriter.TERM_COLUMNS, TopicWriter.QUALITY_COLUMNS, TopicWriter.GROUP_COLUMNS,
                TopicWriter.DIFFERENCE_COLUMNS, TopicWriter.UNIT_COLUMNS, TopicWriter.EXAMPLE_COLUMNS, TopicWriter.TRACE_COLUMNS)) {
            for (String c : cols) assertThat(readme).as(c).contains(c);
        }
        for (String f : TopicWriter.FILES) assertThat(readme).as(f).contains("## " + f);
    }

    @Test
    void analyzeWithTopicsAddsTheFilesAndAReportSection() throws IOException {
        Path out = tmp.resolve("a");
        Run r = cli("analyze", "--unit", "paragraph", "--topics", "--k", "3", "--iterations", "40", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : TopicWriter.FILES) assertThat(out.resolve(f)).exists();
        assertThat(out.resolve("keyness.csv")).exists();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<a href=\"#topics\">Topics</a>", "<section id=\"topics\">", "Topic shares by source — lda_k3");
        Path plain = tmp.resolve("p");
        assertThat(cli("analyze", "--out", plain.toString()).code()).isZero();
        assertThat(Files.readString(plain.resolve("report.html"))).doesNotContain("id=\"topics\"");
        assertThat(plain.resolve("topics.csv")).doesNotExist();
    }

    @Test
    void clusteringsRunFromTheCommandLine() throws IOException {
        for (String m : List.of("kmeans", "hierarchical")) {
            Path out = tmp.resolve(m);
            Run r = cli("topics", "--unit", "paragraph", "--method", m, "--k", "3,5", "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            List<String> units = Files.readAllLines(out.resolve("topic_units.csv"));
            // one row per unit and model: its cluster, proportion 1
            assertThat(units.subList(1, units.size())).allMatch(l -> l.endsWith(",1"));
            assertThat(Files.readString(out.resolve("topic_models.csv"))).contains(m + "_k3," + m + ",3", m + "_k5," + m + ",5");
            assertThat(Files.readAllLines(out.resolve("topic_examples.csv")).get(1)).matches(".*,1,[0-9.]+,.+");
        }
    }

    @Test
    void badParametersFailWithWhatToDo() {
        Run k = cli("topics", "--k", "1", "--out", tmp.resolve("x").toString());
        assertThat(k.code()).isEqualTo(Main.INPUT_ERROR);
        assertThat(k.err()).contains("--k must be between 2 and 1000, got 1");
        Run seed = cli("topics", "--seed", "0", "--out", tmp.resolve("y").toString());
        assertThat(seed.err()).contains("--seed must be >= 1");
        Run method = cli("topics", "--method", "nmf", "--out", tmp.resolve("z").toString());
        assertThat(method.err()).contains("unknown topic method 'nmf'; use lda, kmeans or hierarchical");
        Run many = cli("topics", "--method", "kmeans", "--k", "6", "--out", tmp.resolve("w").toString());
        assertThat(many.code()).isEqualTo(Main.INPUT_ERROR);
        assertThat(many.err()).contains("cannot make 6 clusters of 5 units", "--unit paragraph");
        assertThat(tmp.resolve("w")).doesNotExist();
    }

    @Test
    void smallCorpusOnDocumentsGetsANote() {
        Run r = cli("topics", "--k", "3", "--iterations", "20", "--out", tmp.resolve("n").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: only 5 document units for up to 3 topics; on a corpus this small, model paragraphs (--unit paragraph)");
    }
}
