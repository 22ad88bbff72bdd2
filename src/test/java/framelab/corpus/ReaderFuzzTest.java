package framelab.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Fuzzes every corpus reader with random and mutated input (random bytes, random Unicode with
 * combining marks, right-to-left text, emoji and lone surrogates, long lines, stray quotes): the only
 * exception that may escape is the documented {@link CorpusInputException}, and every record that is
 * not a document is reported as a skip. CI runs a bounded number of tries; for a longer local run,
 * pass {@code -Djqwik.tries.default=5000}.
 */
class ReaderFuzzTest {
    private final Path dir;

    ReaderFuzzTest() throws IOException {
        dir = Files.createTempDirectory("framelab-fuzz");
    }

    @AfterProperty
    void cleanUp() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> structured = Arbitraries.strings().withChars("id,source,text\"\n\r\t\\{}[]:'’ aé\u0301\u05d0\u202e😀\ud800")
                .ofMaxLength(400);
        Arbitrary<String> csvish = Arbitraries.of("id,source,text\n", "id\tsource\ttext\n", "{\"id\":1,\"text\":\"x\"}\n", "")
                .flatMap(h -> structured.map(b -> h + b));
        return Arbitraries.oneOf(unicode, structured, csvish);
    }

    private static void readQuietly(DocumentSource s) {
        int[] n = {0};
        try {
            s.forEach(new DocumentSink() {
                @Override
                public void accept(Document d) {
                    assertThat(d.id()).isNotNull();
                    n[0]++;
                }

                @Override
                public void skip(SkippedDocument sk) {
                    assertThat(sk.reason()).isNotBlank();
                    assertThat(sk.origin()).isNotBlank();
                }
            });
        } catch (CorpusInputException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.location()).isNotBlank();
        }
    }

    @Property(tries = 150)
    void csvTsvAndJsonlReadersOnlyFailWithInputErrors(@ForAll("hostileText") String text) throws IOException {
        for (String name : new String[] {"f.csv", "f.tsv", "f.jsonl"}) {
            Path p = dir.resolve(name);
            Files.write(p, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?': files cannot hold one
            readQuietly(Corpora.open(p, ReadOptions.DEFAULTS));
        }
    }

    @Property(tries = 150)
    void readersSurviveRandomBytes(@ForAll @Size(max = 600) byte[] bytes) throws IOException {
        for (String name : new String[] {"b.csv", "b.tsv", "b.jsonl"}) {
            Path p = dir.resolve(name);
            Files.write(p, bytes);
            readQuietly(Corpora.open(p, ReadOptions.DEFAULTS));
        }
        Path gz = dir.resolve("b.csv.gz");
        Files.write(gz, bytes); // not gzip at all
        readQuietly(Corpora.open(gz, ReadOptions.DEFAULTS));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c.tsv.gz")))) {
            o.write(bytes);
        }
        readQuietly(Corpora.open(dir.resolve("c.tsv.gz"), ReadOptions.DEFAULTS));
    }

    @Property(tries = 100)
    void manifestDirectoriesSurviveHostileManifestsAndFiles(@ForAll("hostileText") String manifest, @ForAll @Size(max = 200) byte[] file)
            throws IOException {
        Path c = Files.createTempDirectory(dir, "c");
        Files.write(c.resolve("manifest.csv"), ("id,file,source\n" + manifest).getBytes(StandardCharsets.UTF_8));
        Files.write(c.resolve("a.txt"), file);
        readQuietly(Corpora.open(c, ReadOptions.DEFAULTS));
    }

    @Property(tries = 30)
    void hugeLinesAreFine(@ForAll @Size(min = 1, max = 3) java.util.List<@net.jqwik.api.constraints.StringLength(max = 20) String> words) throws IOException {
        StringBuilder sb = new StringBuilder("id,source,text\n1,A,\"");
        String w = String.join(" ", words).replace("\"", "\"\"");
        while (sb.length() < 300_000) sb.append(w).append(' ');
        sb.append("\"\n");
        Path p = dir.resolve("huge.csv");
        Files.write(p, sb.toString().getBytes(StandardCharsets.UTF_8));
        readQuietly(Corpora.open(p, ReadOptions.DEFAULTS));
    }
}
