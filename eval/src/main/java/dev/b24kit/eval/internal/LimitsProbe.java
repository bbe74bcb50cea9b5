package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.Params;

/**
 * Probe 6: a burst of more concurrent calls than the plan's bucket holds goes through the client, and not
 * one {@code QUERY_LIMIT_EXCEEDED} reaches a caller: the client paces and waits out what the portal refuses
 * (docs/bitrix24-behavior.md §4.1). The operating time left per method is read from the answers (§4.2).
 */
final class LimitsProbe implements Probe {

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String id() {
        return "limits";
    }

    @Override
    public String title() {
        return "Limits";
    }

    @Override
    public String writes() {
        return null;
    }

    @Override
    public Outcome run(ProbeContext context) {
        int burst = context.config().burst() > 0 ? context.config().burst()
                : Math.min(MAX_BURST, context.config().plan().burst() + 10);
        long refusedBefore = context.telemetry().retries("QUERY_LIMIT_EXCEEDED");
        long requestsBefore = context.telemetry().requests();
        long started = context.config().clock().millis();
        AtomicInteger answered = new AtomicInteger();
        Map<String, AtomicInteger> reached = new ConcurrentHashMap<>();
        Params page = Params.of("select", List.of("ID")).with("order", Map.of("ID", "ASC")).with("start", -1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                calls.add(threads.submit(() -> {
                    try {
                        context.client().call("crm.deal.list", page);
                        answered.incrementAndGet();
                    } catch (Bitrix24Exception e) {
                        reached.computeIfAbsent(e.error(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the burst", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a call of the burst failed: " + e.getCause(), e.getCause());
        }
        double seconds = (context.config().clock().millis() - started) / 1000.0;
        long refused = context.telemetry().retries("QUERY_LIMIT_EXCEEDED") - refusedBefore;
        long requests = context.telemetry().requests() - requestsBefore;
        int limitErrors = reached.getOrDefault("QUERY_LIMIT_EXCEEDED", new AtomicInteger()).get();
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(Locale.ROOT, "burst: %d concurrent crm.deal.list calls (plan bucket %d, %s per s) took %.1f s "
                + "in %d HTTP requests (the client packs concurrent calls into batch); %d answered, QUERY_LIMIT_EXCEEDED reaching "
                + "a caller: %d; refused by the portal and retried by the client: %d", burst, context.config().plan().burst(),
                trim(context.config().plan().drainPerSecond()), seconds, requests, answered.get(), limitErrors, refused));
        if (!reached.isEmpty()) {
            evidence.add("errors that reached callers: " + reached);
        }
        context.telemetry().lowestOperatingHeadroom().entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(5)
                .forEach(e -> evidence.add(String.format(Locale.ROOT, "operating headroom %s: %.1f s of %.0f s left at the lowest",
                        e.getKey(), e.getValue(), OPERATING_LIMIT)));
        return Outcome.of(reached.isEmpty(), "a burst of " + burst + " calls ended with zero QUERY_LIMIT_EXCEEDED reaching the caller",
                limitErrors + " QUERY_LIMIT_EXCEEDED (and " + (reached.size() - (limitErrors > 0 ? 1 : 0))
                        + " other errors) reached callers of the burst", evidence);
    }

    /** The largest default burst: an Enterprise bucket (250) and ten more. */
    static final int MAX_BURST = 260;

    /** The budget per method per 10 minutes the eval's client assumes (docs/bitrix24-behavior.md §4.2). */
    static final double OPERATING_LIMIT = 480;

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
