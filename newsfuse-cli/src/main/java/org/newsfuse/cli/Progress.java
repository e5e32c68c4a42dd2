package org.newsfuse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr for long work — only when stderr is a terminal, so that piped or
 * redirected runs stay quiet.
 */
public final class Progress implements AutoCloseable {
    private ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar for {@code total} steps, or a silent one when stderr is not a terminal or the work is short. */
    public static Progress start(String task, long total, long showFrom) {
        return start(task, total, showFrom, false);
    }

    /** As {@link #start(String, long, long)}; none at all when {@code quiet} ({@code --quiet}). */
    public static Progress start(String task, long total, long showFrom, boolean quiet) {
        if (total < showFrom || quiet || !stderrIsTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200)
                .clearDisplayOnFinish().build());
    }

    /** A bar for work of unknown size (documents streamed as they are read), shown only on a terminal. */
    public static Progress open(String task) {
        if (!stderrIsTerminal()) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200)
                .clearDisplayOnFinish().build());
    }

    public void stepTo(long n) {
        if (bar != null) {
            bar.stepTo(n);
        }
    }

    /** Changes the number of steps the bar counts to (when more work turns up, e.g. the stories). */
    public void maxHint(long total) {
        if (bar != null) {
            bar.maxHint(total);
        }
    }

    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** True when file descriptor 2 is a terminal (Linux: a tty or pts device; elsewhere: a console). */
    public static boolean stderrIsTerminal() {
        if (System.getenv("CI") != null) {
            return false;
        }
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
            String t = target.toString();
            return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
