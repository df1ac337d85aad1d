package org.nkululeko.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The experiment's log file: every console line plus stack traces, under
 * {@code <root>/<name>/log/}. The console format ({@code DEBUG: <caller>: <message>}) is set in
 * {@code logback.xml}.
 */
final class Logging {

    /** A logger whose lines go to the log file only: stack traces of user errors. */
    static final String FILE_ONLY = "logfile";

    private Logging() {
    }

    /**
     * @param file the log file to add
     */
    static void addFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%replace(%level){'WARN','WARNING'}: %logger: %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        ch.qos.logback.classic.Logger fileOnly = context.getLogger(FILE_ONLY);
        fileOnly.setAdditive(false);
        fileOnly.addAppender(appender);
    }

    /** Flushes and closes the log file. */
    static void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        if (appender != null) {
            appender.stop();
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            context.getLogger(FILE_ONLY).detachAppender(appender);
        }
    }
}
