package dev.b24kit.bench.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * Benchmark 4: 2,000 {@code crm.deal.update}, standard plan, default cost model, real-time latency:
 * explicit batches sent from 8 threads; single updates from 50 threads with write coalescing on; and
 * one update per request (time-boxed: at 2 requests per second the 2,000 take 16 minutes).
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.client.UpdateBench [updates] [oneByOneSeconds]}.
 */
public final class UpdateBench {

    private UpdateBench() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int oneSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.STANDARD).withLatency(LatencyMode.REALTIME)
                .withData(updates, 10, 10, 10);
        try (TestPortal portal = TestPortal.start(config)) {
            double write = Wire.cost(portal).get("baseWrite");
            Line.print("update", "crm.deal.update costs %.3f s; %d updates = %.0f s of portal time", write, updates, updates * write);
            double batched = batched(portal, updates);
            double coalesced = singles(portal, updates, new Coalescing(true, true, Duration.ofMillis(5)), 50, Duration.ofHours(1));
            double alone = singles(portal, updates, Coalescing.OFF, 1, Duration.ofSeconds(oneSeconds));
            Line.print("update", "explicit batches ÷ one by one = %.0f×; coalesced ÷ one by one = %.0f×", batched / alone,
                    coalesced / alone);
        }
    }

    private static Params update(int id) {
        return Params.of("id", id).with("fields", Map.of("COMMENTS", "bench " + id));
    }

    private static double batched(TestPortal portal, int updates) throws Exception {
        portal.limits().resetBucket().resetOperating();
        long mark = Wire.mark(portal);
        long start = System.nanoTime();
        AtomicLong failed = new AtomicLong();
        int threads = 8;
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString())).build()) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t * updates / threads + 1;
                int to = (t + 1) * updates / threads;
                workers.add(Thread.ofVirtual().start(() -> {
                    Batch.Builder batch = Batch.builder();
                    for (int id = from; id <= to; id++) {
                        batch.add("crm.deal.update", update(id));
                    }
                    BatchResult result = client.batch(batch.build());
                    failed.addAndGet(result.outcomes().values().stream()
                            .filter(o -> !(o instanceof dev.b24kit.client.batch.CommandOutcome.Succeeded)).count());
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Line.print("update", "explicit batches (8 threads × %d commands): %d updates in %.1f s = %.0f updates/s; %s; failed: %d",
                updates / threads, updates, seconds, updates / seconds, Wire.since(portal, mark).describe(), failed.get());
        return updates / seconds;
    }

    private static double singles(TestPortal portal, int updates, Coalescing coalescing, int threads, Duration box)
            throws Exception {
        portal.limits().resetBucket().resetOperating();
        long mark = Wire.mark(portal);
        long start = System.nanoTime();
        long deadline = start + box.toNanos();
        AtomicLong next = new AtomicLong(1);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .coalescing(coalescing).build()) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(Thread.ofVirtual().start(() -> {
                    long id;
                    while ((id = next.getAndIncrement()) <= updates && System.nanoTime() < deadline) {
                        try {
                            client.call("crm.deal.update", update((int) id));
                            done.incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done.get() / seconds;
        long left = updates - done.get();
        String projection = left > 0 ? String.format(java.util.Locale.ROOT, "; the %d would take ~%.0f s", updates,
                seconds + left / 2.0) : "";
        Line.print("update", "%s (%d threads): %d updates in %.1f s = %.1f updates/s%s; %s; failed: %d",
                coalescing.writes() ? "coalesced single updates" : "one update per request", threads, done.get(), seconds,
                rate, projection, Wire.since(portal, mark).describe(), failed.get());
        return left > 0 ? updates / (seconds + left / 2.0) : rate;
    }
}
