package framelab.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's outputs into a fresh staging directory beside the target ({@code .results.tmp-…})
 * and moves each finished file into the target only when every file is written — {@code run.json}
 * last — so a crash or kill never leaves a half-written CSV where a user would read it. Files of
 * other commands in the same directory (kwic.csv, say) are left alone. Each run also writes
 * results/README.md (the column dictionary) so the directory is self-describing.
 */
public final class ResultsDirectory implements AutoCloseable {
    static final String README_RESOURCE = "/framelab/results-README.md";
    private final Path target;
    private final Path staging;
    private boolean committed;

    private ResultsDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static ResultsDirectory open(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.getParent());
            removeAbandoned(abs);
            Path staging = Files.createTempDirectory(abs.getParent(), stagingPrefix(abs) + ProcessHandle.current().pid() + "-");
            try (InputStream in = ResultsDirectory.class.getResourceAsStream(README_RESOURCE)) {
                if (in != null) Files.copy(in, staging.resolve("README.md"));
            }
            return new ResultsDirectory(abs, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output directory next to " + abs, e);
        }
    }

    private static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".tmp-";
    }

    /** Staging directories of runs that were killed (their process no longer exists) are deleted. */
    private static void removeAbandoned(Path target) throws IOException {
        String prefix = stagingPrefix(target);
        List<Path> stale;
        try (Stream<Path> s = Files.list(target.getParent())) {
            stale = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
        for (Path p : stale) {
            String rest = p.getFileName().toString().substring(prefix.length());
            int dash = rest.indexOf('-');
            try {
                long pid = Long.parseLong(dash > 0 ? rest.substring(0, dash) : rest);
                if (ProcessHandle.of(pid).isEmpty()) deleteTree(p);
            } catch (NumberFormatException ignored) {
                // not ours
            }
        }
    }

    /** Where to write a file now (inside the staging directory). */
    public Path file(String name) {
        return staging.resolve(name);
    }

    public Path target() {
        return target;
    }

    /** Moves the finished files into place, each with an atomic rename, run.json last. */
    public void commit() {
        try {
            Files.createDirectories(target);
            List<Path> files;
            try (Stream<Path> s = Files.list(staging)) {
                files = s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().equals("run.json"))
                        .thenComparing(Path::getFileName)).toList();
            }
            for (Path f : files) move(f, target.resolve(f.getFileName().toString()));
            committed = true;
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + target, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        }
    }

    /** Removes the staging directory when the run did not finish. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // best effort: a leftover .tmp- directory is hidden and never read as results
            }
        }
    }
}
