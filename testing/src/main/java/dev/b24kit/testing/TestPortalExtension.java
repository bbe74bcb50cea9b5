package dev.b24kit.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.PortalEvents;
import dev.b24kit.testportal.PortalFaults;
import dev.b24kit.testportal.PortalLimits;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.testportal.VirtualClock;

/**
 * Runs a test portal for your tests. Register it in a {@code static} field to share one portal per
 * class (its state is reset before every test), or in an instance field for a fresh portal per test:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();
 *
 * @Test
 * void reactsToADealUpdate() {
 *     portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUPDATE"));
 *     myIntegration.updateDeal(portal.webhookUrl(), 42);
 *     assertThat(portal.takeCall().method()).isEqualTo("crm.deal.update");
 *     portal.advance(Duration.ofSeconds(30));               // events fall due in virtual time
 *     assertThat(portal.receiver().take(Duration.ofSeconds(5)).entityId()).isEqualTo("42");
 * }
 * }</pre>
 *
 * Between tests: data reseeded, subscriptions, queued events, faults, the call log, limit counters and
 * run-time switches reset, received events forgotten. Thread-safe for use from the test and the code
 * under test.
 */
public final class TestPortalExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(5);

    private final PortalConfig config;
    private TestPortal portal;
    private EventReceiver receiver;
    private boolean perClass;
    private long lastTaken;
    private final Deque<RecordedCall> untaken = new ArrayDeque<>();

    private TestPortalExtension(PortalConfig config) {
        this.config = config;
    }

    /** A builder starting from {@link PortalConfig#fast()}: unlimited plan, no latency, small data. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the extension. Not thread-safe. */
    public static final class Builder {
        private PortalConfig config = PortalConfig.fast();

        /** Starts from this configuration instead (the clock is replaced if {@link #virtualTime()} is used). */
        public Builder config(PortalConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Runs the portal on a {@link VirtualClock} starting at {@code start}; time moves only when the test says. */
        public Builder virtualTime(Instant start) {
            this.config = config.withClock(new VirtualClock(start));
            return this;
        }

        /** Runs the portal on a {@link VirtualClock} starting at 2026-01-15T06:00:00Z. */
        public Builder virtualTime() {
            return virtualTime(VirtualClock.startingAtDefault().instant());
        }

        public TestPortalExtension build() {
            return new TestPortalExtension(config);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (portal == null) {
            start();
        } else if (perClass) {
            portal.reset();
            if (receiver != null) {
                receiver.answerWith(200).answerAfter(Duration.ZERO).clear();
            }
            untaken.clear();
            lastTaken = 0;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private void start() {
        portal = TestPortal.start(config);
        lastTaken = 0;
        untaken.clear();
    }

    private void stop() {
        if (receiver != null) {
            receiver.close();
            receiver = null;
        }
        if (portal != null) {
            portal.close();
            portal = null;
        }
    }

    /** The running portal (limits, events, faults, reset, calls). */
    public TestPortal portal() {
        if (portal == null) {
            throw new IllegalStateException("the test portal runs only while a test runs; register the extension with"
                    + " @RegisterExtension");
        }
        return portal;
    }

    /** The incoming-webhook URL, ending in {@code /}. */
    public URI webhookUrl() {
        return portal().webhookUrl();
    }

    public PortalLimits limits() {
        return portal().limits();
    }

    public PortalEvents events() {
        return portal().events();
    }

    public PortalFaults faults() {
        return portal().faults();
    }

    /**
     * The next call the portal served that this method has not returned yet (batch sub-commands
     * included, after their batch), waiting up to 5 s for one; fails the test when none comes.
     */
    public synchronized RecordedCall takeCall() {
        long deadline = System.nanoTime() + TAKE_TIMEOUT.toNanos();
        while (untaken.isEmpty()) {
            List<RecordedCall> calls = portal().calls(lastTaken, 1_000);
            untaken.addAll(calls);
            if (!calls.isEmpty()) {
                lastTaken = calls.getLast().sequence();
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the test portal served no further call within " + TAKE_TIMEOUT.toSeconds() + " s");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a call", e);
            }
        }
        return untaken.removeFirst();
    }

    /** Every call served since the test began. */
    public List<RecordedCall> calls() {
        return portal().calls(0, 100_000);
    }

    /** A loopback endpoint that receives outbound events; started on first use, emptied between tests. */
    public synchronized EventReceiver receiver() {
        if (receiver == null) {
            receiver = EventReceiver.start();
        }
        return receiver;
    }

    /** The virtual clock; throws when the extension was not built with {@link Builder#virtualTime()}. */
    public VirtualClock clock() {
        if (!(portal().clock() instanceof VirtualClock clock)) {
            throw new IllegalStateException("this portal runs on the system clock; build the extension with virtualTime()");
        }
        return clock;
    }

    /** Moves virtual time forward and delivers, in this thread, the events that fell due; answers how many. */
    public int advance(Duration duration) {
        clock().advance(duration);
        return portal().events().deliverDue();
    }
}
