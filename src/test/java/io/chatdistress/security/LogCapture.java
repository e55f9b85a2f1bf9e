package io.chatdistress.security;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures, in memory, every log event of this JVM's log4j2 context while open: an appender added
 * to the root logger (and to every non-additive logger). Each event is kept as logger name, level,
 * formatted message and the full stack trace of its throwable, so a secret in an exception message
 * is caught too. Optionally lowers the level of some loggers while open, so that the capture holds
 * more than warnings; {@link #close()} removes the appender and restores those levels.
 */
final class LogCapture implements AutoCloseable {
    private final LoggerContext context;
    private final Appender appender;
    private final List<LoggerConfig> nonAdditive = new ArrayList<>();
    /** Logger name → its own level before, or null if this capture created the logger config. */
    private final Map<String, Level> previousLevels = new LinkedHashMap<>();

    private LogCapture(Map<String, Level> levels) {
        context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        appender = new Appender("log-capture-" + UUID.randomUUID());
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        for (LoggerConfig logger : config.getLoggers().values()) {
            if (!logger.isAdditive()) {
                logger.addAppender(appender, Level.ALL, null);
                nonAdditive.add(logger);
            }
        }
        levels.forEach((name, level) -> {
            LoggerConfig existing = config.getLoggers().get(name);
            if (existing != null) {
                previousLevels.put(name, existing.getLevel());
                existing.setLevel(level);
            } else {
                previousLevels.put(name, null);
                config.addLogger(name, new LoggerConfig(name, level, true));
            }
        });
        context.updateLoggers();
    }

    /** Starts capturing; {@code levels} are applied while capturing (e.g. a Kafka package at INFO). */
    static LogCapture start(Map<String, Level> levels) {
        return new LogCapture(levels);
    }

    /** Everything captured so far, one event per line (stack traces span several). */
    String text() {
        return String.join("\n", appender.events);
    }

    int events() {
        return appender.events.size();
    }

    @Override
    public void close() {
        Configuration config = context.getConfiguration();
        config.getRootLogger().removeAppender(appender.getName());
        nonAdditive.forEach(logger -> logger.removeAppender(appender.getName()));
        previousLevels.forEach((name, level) -> {
            if (level == null) {
                config.removeLogger(name);
            } else {
                config.getLoggers().get(name).setLevel(level);
            }
        });
        context.updateLoggers();
        appender.stop();
    }

    private static final class Appender extends AbstractAppender {
        private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();

        Appender(String name) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder()
                    .append(event.getLevel()).append(' ')
                    .append(event.getLoggerName()).append(" - ")
                    .append(event.getMessage() == null ? "" : event.getMessage().getFormattedMessage());
            Throwable thrown = event.getThrown();
            if (thrown != null) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            events.add(line.toString());
        }
    }
}
