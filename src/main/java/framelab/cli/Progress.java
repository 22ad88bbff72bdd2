package framelab.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr while documents are read — only when stderr is a terminal (none in pipes, CI or logs). */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(String task) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        if (!terminal) return new Progress(null);
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1).setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
        return new Progress(bar);
    }

    LongConsumer listener() {
        return bar == null ? n -> { } : bar::stepTo;
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
