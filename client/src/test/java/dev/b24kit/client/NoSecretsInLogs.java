package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Registered for every test of this module (JUnit's extension autodetection): fails a test when any
 * log line written during it (the client's, the test portal's, Jetty's) contains the fixture's webhook
 * secret.
 */
public final class NoSecretsInLogs implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(NoSecretsInLogs.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root().addAppender(appender);
        context.getStore(SPACE).put("appender", appender);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        ListAppender<ILoggingEvent> appender = context.getStore(SPACE).remove("appender", ListAppender.class);
        root().detachAppender(appender);
        appender.list.forEach(e -> assertThat(e.getFormattedMessage() + (e.getThrowableProxy() == null ? ""
                        : e.getThrowableProxy().getMessage())).doesNotContain(PortalFixture.SECRET));
    }

    /**
     * Logback's root logger, once SLF4J has finished starting: while a class on another thread (tests run two
     * classes at a time) is starting it, SLF4J hands out stand-in loggers.
     */
    static Logger root() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("SLF4J did not finish starting Logback within 10 s");
            }
            Thread.onSpinWait();
        }
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
