package dev.b24kit.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import dev.b24kit.gateway.page.Catch;
import dev.b24kit.gateway.page.TrustReport;
import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.store.Store;
import dev.b24kit.store.proposals.ProposalState;

/**
 * The gateway's meters, in the Prometheus registry {@code /metrics} renders (beside the client's, when the
 * client records into the same registry through {@code MicrometerListener}):
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>Meter</th><th>Type</th><th>Tags</th></tr>
 *   <tr><td>{@code b24kit.gateway.tool.calls}</td><td>timer</td><td>tool, outcome ({@code ok}, {@code refused})</td></tr>
 *   <tr><td>{@code b24kit.gateway.receipts}</td><td>counter</td><td>kind (confirmed, adopted, drifted, refused, unknown, proposed)</td></tr>
 *   <tr><td>{@code b24kit.gateway.proposals.pending}</td><td>gauge</td><td>open proposals of the portal (read from the store at each scrape)</td></tr>
 *   <tr><td>{@code b24kit.gateway.feed.pending}</td><td>gauge</td><td>records waiting in the change inbox</td></tr>
 *   <tr><td>{@code b24kit.gateway.feed.lag.seconds}</td><td>gauge</td><td>how long the inbox has not been empty</td></tr>
 *   <tr><td>{@code b24kit.trust.*} ({@code b24kit_trust_refused_total}, …)</td><td>function counter</td><td>what b24kit caught, as the trust page counts it (refreshed every 10 s)</td></tr>
 * </table>
 *
 * <p>Tags carry tool names and receipt kinds only: never a token, a webhook URL or a value. Thread-safe.
 */
public final class GatewayMetrics {

    private final PrometheusMeterRegistry registry;
    private final InstantSource clock;
    private final AtomicReference<Instant> inboxOldest = new AtomicReference<>();
    private volatile long inboxPending;

    /**
     * Meters in {@code registry}; the pending-proposals gauge reads {@code store} for {@code portal}.
     */
    public GatewayMetrics(PrometheusMeterRegistry registry, Store store, String portal, InstantSource clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("b24kit.gateway.proposals.pending", () -> store.proposals().list(portal, ProposalState.OPEN).size())
                .description("Open proposals waiting for a person").register(registry);
        Gauge.builder("b24kit.gateway.feed.pending", () -> inboxPending)
                .description("Records waiting in the change inbox to be re-read").register(registry);
        Gauge.builder("b24kit.gateway.feed.lag.seconds", () -> feedLag().toMillis() / 1000.0)
                .description("Age of the longest-waiting record in the change inbox (its first signal)").register(registry);
        TrustTotals trust = new TrustTotals(store, portal, clock);
        for (Catch kind : Catch.values()) {
            FunctionCounter.builder(kind.meterName(), trust, t -> t.total(kind))
                    .description("What b24kit caught: " + kind.description()).register(registry);
        }
    }

    /** The trust page's totals, read from the store at most every {@link #FRESH} (a scrape reads the whole period). */
    private static final class TrustTotals {
        private static final Duration FRESH = Duration.ofSeconds(10);
        private final Store store;
        private final String portal;
        private final InstantSource clock;
        private Map<Catch, Long> totals = Map.of();
        private Instant readAt = Instant.MIN;

        TrustTotals(Store store, String portal, InstantSource clock) {
            this.store = store;
            this.portal = portal;
            this.clock = clock;
        }

        synchronized double total(Catch kind) {
            Instant now = clock.instant();
            if (readAt.plus(FRESH).isBefore(now)) {
                totals = TrustReport.of(store, portal, Instant.EPOCH, now.plusMillis(1)).totals();
                readAt = now;
            }
            return totals.getOrDefault(kind, 0L);
        }
    }

    /** The registry, for {@code /metrics} and for the client's listener. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Runs a tool call, timing it by tool and outcome and counting the receipt it answers, if any. */
    public ToolResult timed(String tool, Supplier<ToolResult> call) {
        long start = System.nanoTime();
        ToolResult result = call.get();
        Timer.builder("b24kit.gateway.tool.calls").description("Tool calls, by tool and outcome")
                .tags("tool", tool, "outcome", result.refused() ? "refused" : "ok")
                .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
        String kind = result.json().path("receipt").path("kind").asString("");
        if (!kind.isEmpty()) {
            Counter.builder("b24kit.gateway.receipts").description("Write receipts, by kind").tags("kind", kind)
                    .register(registry).increment();
        }
        return result;
    }

    /**
     * The change tracking loop saw {@code pending} records in the inbox, the longest-waiting one's first signal
     * stored at {@code oldest} ({@code null} when none waits).
     */
    public void inbox(long pending, Instant oldest) {
        inboxPending = pending;
        inboxOldest.set(pending == 0 ? null : oldest);
    }

    /**
     * How far change tracking is behind: the age of the longest-waiting record in the inbox (zero when it is
     * empty). A busy inbox that is never empty but drained promptly stays near zero.
     */
    public Duration feedLag() {
        Instant oldest = inboxOldest.get();
        if (inboxPending == 0 || oldest == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(oldest, clock.instant());
        return age.isNegative() ? Duration.ZERO : age;
    }
}
