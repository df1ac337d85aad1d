package org.nkululeko.core.util;

import java.util.concurrent.atomic.AtomicLong;
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
        return start(task, total, System.console() != null);
    }

    /**
     * @param task the name shown before the bar
     * @param total the number of steps expected, at least 0
     * @param visible whether to draw the bar on stderr
     * @return a running progress
     */
    static Progress start(String task, long total, boolean visible) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, got " + total);
        }
        if (!visible) {
            return new Progress(null);
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUpdateIntervalMillis(500)
                .build();
        return new Progress(bar);
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
