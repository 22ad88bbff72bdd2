package framelab;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work that may run beside the calling thread. With more than one thread allowed, a task starts at once on
 * a thread of its own; with one, it runs on the caller when joined — the results are the same either way.
 * Closing waits for every started task, so none outlives the block that started it (no write into a results
 * directory that is being removed). Used for the independent steps after counting: keyness beside the
 * frequencies, keyness.csv beside the other files.
 */
public final class SideTasks implements AutoCloseable {
    private final ExecutorService executor; // null: run each task when it is joined

    private SideTasks(ExecutorService executor) {
        this.executor = executor;
    }

    /** @param threads the run's thread count (its {@code --threads}); 1 runs everything on the caller */
    public static SideTasks of(int threads) {
        return new SideTasks(threads > 1 ? Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("framelab-side-", 0).factory()) : null);
    }

    /** A started (or, with one thread, deferred) task. */
    public interface Task<T> {
        /** Its result; its exception as it was thrown (a RuntimeException or Error is not wrapped). */
        T join();
    }

    public <T> Task<T> start(Callable<T> work) {
        if (executor == null) return () -> call(work);
        Future<T> f = executor.submit(work);
        return () -> {
            try {
                return f.get();
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a side task", e);
            }
        };
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    /** Waits for every started task. */
    @Override
    public void close() {
        if (executor != null) executor.close();
    }
}
