package dev.b24kit.bench.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * Benchmark 3: 5,000 {@code crm.deal.get} from 50 concurrent virtual threads, standard plan, default
 * cost model, real-time latency; coalescing on, then off (off is time-boxed: at 2 requests per second
 * the 5,000 would take 40 minutes). Calls per second over the whole run and after the bucket's burst.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.client.CoalescingBench [calls] [offSeconds]}.
 */
public final class CoalescingBench {

    private static final int THREADS = 50;

    private CoalescingBench() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int offSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.STANDARD).withLatency(LatencyMode.REALTIME)
                .withData(5_000, 10, 10, 10);
        try (TestPortal portal = TestPortal.start(config)) {
            double get = Wire.cost(portal).get("baseRead") + Wire.cost(portal).get("perRowReturned");
            Line.print("coalescing", "crm.deal.get costs %.4f s; a batch of 50 runs its commands one after another: %.2f s",
                    get, 50 * get);
            double on = run(portal, calls, Coalescing.DEFAULT, Duration.ofHours(1));
            double off = run(portal, calls, Coalescing.OFF, Duration.ofSeconds(offSeconds));
            double bucketCeiling = 50 * 2.0;
            double processingCeiling = THREADS / (50 * get);
            Line.print("coalescing", "ceiling after the burst: bucket 50 calls × 2 requests/s = %.0f calls/s; with %d threads"
                            + " each waiting for its answer, the portal's sequential batch gives %d / (50 × %.4f s) = %.1f calls/s;"
                            + " binding ceiling %.1f calls/s", bucketCeiling, THREADS, THREADS, get, processingCeiling,
                    Math.min(bucketCeiling, processingCeiling));
            Line.print("coalescing", "on ÷ off (after the burst) = %.1f× (target ≥ 20×); on ÷ bucket ceiling = %.2f;"
                            + " on ÷ binding ceiling = %.2f (target ≥ 0.9)", on / off, on / bucketCeiling,
                    on / Math.min(bucketCeiling, processingCeiling));
        }
    }

    /** Answers calls/s after the burst. */
    private static double run(TestPortal portal, int calls, Coalescing coalescing, Duration box) throws Exception {
        portal.limits().resetBucket().resetOperating();
        long mark = Wire.mark(portal);
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong afterBurstAt = new AtomicLong();
        java.util.Queue<Long> completions = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + box.toNanos();
        AtomicLong requests = new AtomicLong();
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .listener(e -> {
                    // the burst is spent once the client has sent 50 requests (its bucket holds 45)
                    if (e instanceof ClientEvent.CallStarted && requests.incrementAndGet() == 50) {
                        afterBurstAt.set(System.nanoTime());
                    }
                })
                .coalescing(coalescing).build()) {
            List<Thread> threads = new ArrayList<>();
            AtomicLong next = new AtomicLong();
            for (int t = 0; t < THREADS; t++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < calls && System.nanoTime() < deadline) {
                        try {
                            client.call("crm.deal.get", Params.of("id", i % 5_000 + 1));
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                        completions.add(System.nanoTime());
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Wire wire = Wire.since(portal, mark);
        boolean burstPassed = afterBurstAt.get() != 0;
        // calls completed after the burst and before the time box closed (waiters past it are not counted)
        long from = burstPassed ? afterBurstAt.get() : start;
        long to = Math.min(deadline, completions.stream().mapToLong(Long::longValue).max().orElse(from));
        long counted = completions.stream().filter(t -> t > from && t <= to).count();
        double after = to > from ? counted / ((to - from) / 1e9) : 0;
        Line.print("coalescing", "%s: %d calls in %.1f s = %.1f calls/s overall, %.1f calls/s %s; %s; errors surfaced: %d",
                coalescing.reads() ? "on" : "off", done.get(), seconds, done.get() / seconds, after,
                burstPassed ? "after the burst" : "(never left the burst)", wire.describe(), errors.get());
        return after;
    }
}
