package framelab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SideTasksTest {
    @Test
    void oneThreadRunsTheTaskOnTheCallerWhenJoined() {
        AtomicBoolean ran = new AtomicBoolean();
        Thread caller = Thread.currentThread();
        try (SideTasks side = SideTasks.of(1)) {
            SideTasks.Task<Thread> t = side.start(() -> {
                ran.set(true);
                return Thread.currentThread();
            });
            assertThat(ran).isFalse();
            assertThat(t.join()).isSameAs(caller);
        }
    }

    @Test
    void twoThreadsRunTheTaskBesideTheCaller() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try (SideTasks side = SideTasks.of(2)) {
            SideTasks.Task<String> t = side.start(() -> {
                started.countDown();
                return Thread.currentThread().getName();
            });
            started.await(); // the task runs without being joined
            assertThat(t.join()).startsWith("framelab-side-");
        }
    }

    @Test
    void exceptionsArriveAsThrownWithEitherThreadCount() {
        for (int threads : new int[] {1, 2}) {
            try (SideTasks side = SideTasks.of(threads)) {
                SideTasks.Task<Object> bad = side.start(() -> {
                    throw new IllegalArgumentException("no group 'Reuters'");
                });
                assertThatThrownBy(bad::join).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("no group 'Reuters'");
                SideTasks.Task<Object> io = side.start(() -> {
                    throw new IOException("disk full");
                });
                assertThatThrownBy(io::join).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("disk full");
                SideTasks.Task<Object> unchecked = side.start(() -> {
                    throw new UncheckedIOException(new IOException("gone"));
                });
                assertThatThrownBy(unchecked::join).isExactlyInstanceOf(UncheckedIOException.class);
            }
        }
    }

    @Test
    void closeWaitsForStartedTasks() {
        AtomicBoolean done = new AtomicBoolean();
        try (SideTasks side = SideTasks.of(2)) {
            side.start(() -> {
                Thread.sleep(50);
                done.set(true);
                return null;
            });
        }
        assertThat(done).isTrue();
    }
}
