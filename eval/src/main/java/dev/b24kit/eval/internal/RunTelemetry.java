package dev.b24kit.eval.internal;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Timing;
import dev.b24kit.eval.Telemetry;

/**
 * Listens to the eval's client: a latency sample per request, the client-side estimate of the portal's
 * leaky bucket after each request (the same arithmetic as the portal, docs/bitrix24-behavior.md §4.1), the
 * operating budget left per method (§4.2), and how often the portal itself refused for a limit. Thread-safe.
 */
final class RunTelemetry implements ClientListener {

    /** More samples than a chart can show are not kept. */
    private static final int MAX_SAMPLES = 20_000;

    private final InstantSource clock;
    private final long startMillis;
    private final PlanLimits plan;
    private final double operatingLimit;
    private final List<Telemetry.Sample> latencies = new ArrayList<>();
    private final List<Telemetry.Sample> bucket = new ArrayList<>();
    private final List<Telemetry.Sample> operating = new ArrayList<>();
    private final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private double level;
    private long lastMillis;

    RunTelemetry(InstantSource clock, PlanLimits plan, double operatingLimit) {
        this.clock = clock;
        this.startMillis = clock.millis();
        this.lastMillis = startMillis;
        this.plan = plan;
        this.operatingLimit = operatingLimit;
    }

    @Override
    public void on(ClientEvent event) {
        switch (event) {
            case ClientEvent.CallStarted started -> request();
            case ClientEvent.CallEnded ended -> add(latencies, ended.method(), ended.elapsed().toNanos() / 1e6);
            case ClientEvent.RetryScheduled retry -> retries.computeIfAbsent(retry.reason(), r -> new AtomicLong()).incrementAndGet();
            default -> { }
        }
    }

    /** Records what an answer said of its method's operating time. */
    void operating(String method, Timing timing) {
        if (timing != Timing.NONE) {
            add(operating, method, Math.max(0, operatingLimit - timing.operating()));
        }
    }

    /** How many attempts were retried for {@code reason} ({@code QUERY_LIMIT_EXCEEDED}, …) so far. */
    long retries(String reason) {
        AtomicLong count = retries.get(reason);
        return count == null ? 0 : count.get();
    }

    /** HTTP requests sent so far (attempts; a batch counts once). */
    long requests() {
        return requests.get();
    }

    /** The lowest operating headroom seen per method, seconds. */
    synchronized Map<String, Double> lowestOperatingHeadroom() {
        Map<String, Double> lowest = new java.util.TreeMap<>();
        for (Telemetry.Sample s : operating) {
            lowest.merge(s.series(), s.value(), Math::min);
        }
        return lowest;
    }

    synchronized Telemetry snapshot() {
        return new Telemetry(latencies, bucket, plan.burst(), operating, operatingLimit);
    }

    private synchronized void request() {
        requests.incrementAndGet();
        long now = clock.millis();
        level = Math.max(0, level - plan.drainPerSecond() * (now - lastMillis) / 1000.0) + 1;
        lastMillis = now;
        if (bucket.size() < MAX_SAMPLES) {
            bucket.add(new Telemetry.Sample(now - startMillis, "bucket", Math.max(0, plan.burst() - level)));
        }
    }

    private synchronized void add(List<Telemetry.Sample> samples, String series, double value) {
        if (samples.size() < MAX_SAMPLES) {
            samples.add(new Telemetry.Sample(clock.millis() - startMillis, series, value));
        }
    }
}
