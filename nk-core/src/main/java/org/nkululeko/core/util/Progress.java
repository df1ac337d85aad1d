package org.nkululeko.core.util;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a long task (feature extraction, training epochs). Shows a text progress bar on
 * stderr only when stderr belongs to a terminal ({@code System.console() != null}); in a pipe,
 * a log file or a test it shows nothing and only counts.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("extracting os", files.size())) {
 *     files.parallelStream().forEach(f -> { extract(f); progress.step(); });
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {

    private final ProgressBar bar;
    private final AtomicLong count = new AtomicLong();

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task the name shown before the bar
     * @param total the number of steps expected, at least 0
     * @return a running progress; close it when the task ends
     */
    public static Progress start(String task, long total) {
        checkTotal(total);
        if (System.console() == null) {
            return new Progress(null);
        }
        // the default consumer draws on stderr and adapts to the terminal's width
        return new Progress(builder(task, total).build());
    }

    /**
     * @param task the name shown before the bar
     * @param total the number of steps expected, at least 0
     * @param out where to draw the bar; null for no bar
     * @return a running progress
     */
    static Progress start(String task, long total, PrintStream out) {
        checkTotal(total);
        if (out == null) {
            return new Progress(null);
        }
        return new Progress(builder(task, total)
                .setConsumer(new ConsoleProgressBarConsumer(out, 80)).build());
    }

    private static ProgressBarBuilder builder(String task, long total) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUpdateIntervalMillis(500);
    }

    private static void checkTotal(long total) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, got " + total);
        }
    }

    /** Counts one finished step; safe to call from several threads. */
    public void step() {
        count.incrementAndGet();
        if (bar != null) {
            bar.step();
        }
    }

    /** @return the number of steps counted so far */
    public long count() {
        return count.get();
    }

    /** @return whether a bar is drawn */
    public boolean isVisible() {
        return bar != null;
    }

    /** Ends the bar (a no-op when invisible); calling it twice does no harm. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
