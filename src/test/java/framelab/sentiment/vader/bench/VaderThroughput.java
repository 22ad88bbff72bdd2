package framelab.sentiment.vader.bench;

import framelab.sentiment.vader.VaderLexicon;
import framelab.sentiment.vader.VaderScorer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of {@link VaderScorer} over a one-sentence-per-line file, for {@code bench/vader-benchmark.sh}
 * (not a test: the name does not end in Test).
 *
 * <pre>VaderThroughput SENTENCES N ROUNDS THREADS[,THREADS…] [--compounds K OUT]</pre>
 * N = 0 reads every line. One untimed warm-up pass, then per thread count ROUNDS timed passes over the
 * same sentences, split into contiguous equal slices, one per thread; prints the median wall time and the
 * median CPU time of the scoring threads (GC threads excluded). With
 * {@code --compounds} writes the compound (unrounded) of the first K sentences to OUT, one per line.
 */
public final class VaderThroughput {
    private VaderThroughput() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 7) {
            System.err.println("usage: VaderThroughput SENTENCES N ROUNDS THREADS[,THREADS...] [--compounds K OUT]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int[] threads = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        String[] sentences = read(file, n);
        VaderScorer vader = new VaderScorer(VaderLexicon.bundled());

        long t0 = System.nanoTime();
        double warm = run(vader, sentences, 1, new double[1]);
        System.out.printf(Locale.ROOT, "java warm-up sentences=%d seconds=%.3f checksum=%.4f%n",
                sentences.length, (System.nanoTime() - t0) / 1e9, warm);
        for (int t : threads) {
            double[] seconds = new double[rounds];
            double[] cpu = new double[rounds];
            double checksum = 0;
            for (int r = 0; r < rounds; r++) {
                double[] cpuSeconds = new double[1];
                long start = System.nanoTime();
                checksum = run(vader, sentences, t, cpuSeconds);
                seconds[r] = (System.nanoTime() - start) / 1e9;
                cpu[r] = cpuSeconds[0];
            }
            Arrays.sort(seconds);
            Arrays.sort(cpu);
            double median = seconds[rounds / 2];
            double medianCpu = cpu[rounds / 2];
            System.out.printf(Locale.ROOT, "java threads=%d sentences=%d seconds=%.3f sentences_per_s=%.0f cpu_seconds=%.3f sentences_per_cpu_s=%.0f checksum=%.4f (median of %d)%n",
                    t, sentences.length, median, sentences.length / median, medianCpu, sentences.length / medianCpu, checksum, rounds);
        }
        if (args.length == 7) {
            int k = Math.min(Integer.parseInt(args[5]), sentences.length);
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[6]), StandardCharsets.UTF_8)) {
                for (int i = 0; i < k; i++) {
                    w.write(Double.toString(vader.score(sentences[i]).compound()));
                    w.write('\n');
                }
            }
        }
    }

    static String[] read(Path file, int n) throws IOException {
        List<String> list = new ArrayList<>();
        try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null && (n <= 0 || list.size() < n); ) list.add(line);
        }
        return list.toArray(String[]::new);
    }

    /**
     * Scores every sentence on {@code threads} threads; returns the sum of compounds (keeps the work live) and
     * adds the threads' CPU time to {@code cpuSeconds[0]} (robust when other processes share the cores).
     */
    static double run(VaderScorer vader, String[] sentences, int threads, double[] cpuSeconds) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] sums = new double[threads];
        long[] cpuNanos = new long[threads];
        Thread[] workers = new Thread[threads];
        int slice = (sentences.length + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int id = t;
            int from = Math.min(sentences.length, t * slice);
            int to = Math.min(sentences.length, from + slice);
            workers[t] = Thread.ofPlatform().start(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                double sum = 0;
                for (int i = from; i < to; i++) sum += vader.score(sentences[i]).compound();
                sums[id] = sum;
                cpuNanos[id] = mx.getCurrentThreadCpuTime() - cpu0;
            });
        }
        for (Thread w : workers) w.join();
        for (long c : cpuNanos) cpuSeconds[0] += c / 1e9;
        double total = 0;
        for (double s : sums) total += s;
        return total;
    }
}
