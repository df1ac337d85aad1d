package org.nkululeko.core.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects the log lines of a test as {@code LEVEL: logger: message}. */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(
            org.slf4j.Logger.ROOT_LOGGER_NAME);

    /** Starts collecting. */
    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** @return the lines so far */
    public List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel().toString().replace("WARN",
                "WARNING") + ": " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    }

    /**
     * @param level e.g. {@code WARNING}
     * @return the lines of that level
     */
    public List<String> lines(String level) {
        return lines().stream().filter(l -> l.startsWith(level + ":")).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
    }
}
