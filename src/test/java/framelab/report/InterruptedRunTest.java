package framelab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code framelab analyze} with SIGKILL while it writes and shows that the previous results are
 * intact and that nothing half-written sits where a user reads results.
 */
class InterruptedRunTest {
    @TempDir
    Path tmp;

    private Process analyze(Path corpus, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "framelab.cli.Main", "analyze",
                "--corpus", corpus.toString(), "--out", out.toString(), "--threads", "1");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }

    @Test
    void killDuringARunLeavesThePreviousResultsIntact() throws Exception {
        Path out = tmp.resolve("results");
        Process first = analyze(Path.of("corpus").toAbsolutePath(), out);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(tmp.resolve("log.txt"))).isZero();
        Map<String, byte[]> before = snapshot(out);

        // a corpus big enough that the run is still busy when we kill it: writing keyness for many groups
        Path big = tmp.resolve("big.csv");
        Random rnd = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("id,source,text\n");
            for (int i = 0; i < 40_000; i++) {
                StringBuilder t = new StringBuilder();
                for (int k = 0; k < 60; k++) t.append("w").append(rnd.nextInt(60_000)).append(' ');
                w.write(i + ",s" + (i % 40) + "," + t + "\n");
            }
        }
        Process second = analyze(big, out);
        // wait until it has started writing (its staging directory exists), then kill -9
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean staging = false;
        while (System.nanoTime() < deadline && second.isAlive() && !staging) {
            try (Stream<Path> s = Files.list(tmp)) {
                staging = s.anyMatch(p -> p.getFileName().toString().startsWith(".results.tmp-"));
            }
            if (!staging) Thread.sleep(20);
        }
        assertThat(staging).as("the second run reached the writing stage").isTrue();
        Thread.sleep(300);
        assertThat(second.isAlive()).as("still running when killed (else the test proves nothing)").isTrue();
        new ProcessBuilder("kill", "-9", Long.toString(second.pid())).start().waitFor();
        second.waitFor(30, TimeUnit.SECONDS);

        assertThat(snapshot(out)).as("results after the kill").containsOnlyKeys(before.keySet().toArray(String[]::new));
        Map<String, byte[]> after = snapshot(out);
        for (var e : before.entrySet()) assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        // the only leftover is a hidden staging directory, never a file inside results/
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(tmp)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertThat(names).allMatch(n -> n.equals("results") || n.equals("big.csv") || n.equals("log.txt") || n.startsWith(".results.tmp-"));

        // the next run clears the killed run's staging directory and writes normally
        Process third = analyze(Path.of("corpus").toAbsolutePath(), out);
        assertThat(third.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(third.exitValue()).isZero();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".results.tmp-"));
        }
        assertThat(Files.readAllBytes(out.resolve("keyness.csv"))).isEqualTo(before.get("keyness.csv"));
    }
}
