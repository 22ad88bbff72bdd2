package framelab.topics;

import static org.assertj.core.api.Assertions.assertThat;

import framelab.cli.Main;
import framelab.report.TopicWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs with the same seed give byte-identical files; the seed and (for LDA) the thread count are what changes them. */
class TopicReproducibilityTest {
    @TempDir
    Path tmp;

    private Path run(String name, String... extra) {
        Path out = tmp.resolve(name);
        List<String> args = new ArrayList<>(List.of("topics", "--corpus", "corpus", "--unit", "paragraph", "--k", "3,4", "--iterations", "60",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isZero();
        return out;
    }

    private static List<String> files() {
        List<String> f = new ArrayList<>(TopicWriter.FILES);
        f.addAll(List.of("topics.html", "documents.csv", "cleaning.csv"));
        return f;
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String f : files()) assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }

    @Test
    void ldaWithTheSameSeedAndOneThreadWritesIdenticalFiles() throws IOException {
        Path a = run("a");
        Path b = run("b");
        assertSameFiles(a, b);
        assertThat(Files.readString(a.resolve("topic_models.csv"))).contains("lda_k3,lda,3,paragraph", "lda_k4,lda,4,paragraph");
        Path other = run("seed", "--seed", "7");
        assertThat(Files.readString(other.resolve("topic_units.csv"))).isNotEqualTo(Files.readString(a.resolve("topic_units.csv")));
    }

    @Test
    void ldaWithTwoThreadsIsRepeatableForTheSameThreadCountButNotTheOneThreadModel() throws IOException {
        Path a = run("t2a", "--threads", "2");
        Path b = run("t2b", "--threads", "2");
        assertSameFiles(a, b);
        Path one = run("t1");
        assertThat(Files.readString(a.resolve("topic_units.csv"))).isNotEqualTo(Files.readString(one.resolve("topic_units.csv")));
    }

    @Test
    void clusteringsAreReproducibleToo() throws IOException {
        assertSameFiles(run("km1", "--method", "kmeans"), run("km2", "--method", "kmeans"));
        assertSameFiles(run("hc1", "--method", "hierarchical"), run("hc2", "--method", "hierarchical"));
    }
}
