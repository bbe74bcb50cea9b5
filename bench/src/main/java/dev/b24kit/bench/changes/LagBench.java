package dev.b24kit.bench.changes;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.PortalEvents;
import dev.b24kit.testportal.TestPortal;

/**
 * Benchmark: lag from a change in the portal to its entry in the feed, p50 and p99, with the portal's
 * cloud-like delivery ({@link EventDelivery#CLOUD}: 0.5 s plus an exponential extra of mean 1.5 s, at
 * most 20 s, 1 s bursts, reordering). A user changes {@code changes} deals, one at a time at
 * {@code perSecond}; a tracker as {@code sync} runs it (the intake, then drain the inbox every 200 ms;
 * its client paced for the standard plan) records them. Real time, real-time latency, the unlimited plan
 * (so the user's edits do not take the tracker's requests).
 *
 * <p>The floor printed beside it: no tracker can see a change before the portal sends its event, so the
 * portal's own delivery delay (raised → sent, from its delivery log) bounds the lag from below; floor ÷
 * achieved says how close the tracker comes, and "ours" is what it adds (sent → in the feed). Beside it
 * in the same run, the naive way: a second tracker on its own store that polls {@code crm.deal.list}
 * ({@code filter[>=DATE_MODIFY]}) every {@code pollSeconds}, with its lag and its requests.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.changes.LagBench [changes=300]
 * [perSecond=10] [pollSeconds=10]}.
 */
public final class LagBench {

    private static final String NAME = "lag";
    /** As {@code sync}'s loop: drain, then wait this long. */
    private static final Duration POLL = Duration.ofMillis(200);

    private LagBench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        double perSecond = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        int pollSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.UNLIMITED).withData(Math.max(changes, 500), 10, 10, 10);
        LongAdder hookRequests = new LongAdder();
        LongAdder pollRequests = new LongAdder();
        try (TestPortal portal = TestPortal.start(config); Bitrix24Client user = BenchTracking.client(portal, false);
             Bitrix24Client hookClient = counted(portal, hookRequests); Bitrix24Client pollClient = counted(portal, pollRequests);
             Store hooks = BenchTracking.sqlite("lag-webhooks"); Store polls = BenchTracking.sqlite("lag-polling")) {
            String origin = BenchTracking.origin(portal);
            ChangeTracker hookTracker = ChangeTracker.create(hooks, hookClient, FieldCatalog.of(hookClient),
                    TrackerConfig.of(origin, List.of("deal"), "bench-webhooks"));
            ChangeTracker pollTracker = ChangeTracker.create(polls, pollClient, FieldCatalog.of(pollClient),
                    TrackerConfig.of(origin, List.of("deal"), "bench-polling").withReconcileEvery(Duration.ofSeconds(pollSeconds)));
            hookTracker.reconcileIfLeader(); // the initial loads, before any change
            pollTracker.reconcileIfLeader();
            hookRequests.reset();
            pollRequests.reset();
            int port = BenchTracking.freePort();
            String token = portal.events().addOutgoingWebhook(URI.create("http://127.0.0.1:" + port + "/events"),
                    List.of("ONCRMDEALUPDATE")).applicationToken();
            portal.events().delivery(EventDelivery.CLOUD);
            List<Long> ids = BenchTracking.portalDeals(user).keySet().stream().sorted().limit(changes).toList();
            try (EventIntake intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", port), origin, token),
                    hooks.changes().inbox())) {
                race(user, ids, perSecond, new Contender(hooks, POLL, () -> hookTracker.refetcher().drain()),
                        new Contender(polls, Duration.ofSeconds(pollSeconds), pollTracker::reconcileIfLeader));
            }
            report(portal, ids, detected(hooks), detected(polls), hookRequests.sum(), pollRequests.sum(), pollSeconds, perSecond);
        }
    }

    /** A tracker's store and its loop: {@code pass}, then wait {@code every}. */
    private record Contender(Store store, Duration every, Runnable pass) {

        Thread start(AtomicBoolean stop) {
            return Thread.ofPlatform().start(() -> loop(stop, every, pass));
        }

        boolean holds(int entries) {
            return store.changes().feed().last() >= entries;
        }
    }

    /** Runs both trackers while the user makes the changes, until both feeds hold them all (or a minute more passed). */
    private static void race(Bitrix24Client user, List<Long> ids, double perSecond, Contender webhooks, Contender polling)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> loops = List.of(webhooks.start(stop), polling.start(stop));
        change(user, ids, perSecond);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).plus(polling.every()).toNanos();
        while (System.nanoTime() < deadline && !(webhooks.holds(ids.size()) && polling.holds(ids.size()))) {
            Thread.sleep(200);
        }
        stop.set(true);
        for (Thread loop : loops) {
            loop.join();
        }
    }

    private static void report(TestPortal portal, List<Long> ids, Map<Long, Instant> hooks, Map<Long, Instant> polls,
                               long hookRequests, long pollRequests, int pollSeconds, double perSecond) {
        Map<Long, Instant> raised = new HashMap<>();
        Map<Long, Instant> sent = new HashMap<>();
        for (PortalEvents.Delivery d : portal.events().deliveries(0, null, 1_000_000)) {
            long id = Long.parseLong(d.entityId());
            raised.merge(id, d.raisedAt(), (a, b) -> a.isBefore(b) ? a : b);
            if (d.outcome().equals("DELIVERED")) {
                sent.merge(id, d.sentAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        long[] floor = ids.stream().filter(sent::containsKey).mapToLong(id -> millis(raised.get(id), sent.get(id))).toArray();
        long[] lag = ids.stream().filter(hooks::containsKey).mapToLong(id -> millis(raised.get(id), hooks.get(id))).toArray();
        long[] ours = ids.stream().filter(id -> hooks.containsKey(id) && sent.containsKey(id))
                .mapToLong(id -> millis(sent.get(id), hooks.get(id))).toArray();
        long[] naive = ids.stream().filter(polls::containsKey).mapToLong(id -> millis(raised.get(id), polls.get(id))).toArray();
        long f50 = BenchTracking.quantile(floor, 0.5);
        long f99 = BenchTracking.quantile(floor, 0.99);
        long l50 = BenchTracking.quantile(lag, 0.5);
        long l99 = BenchTracking.quantile(lag, 0.99);
        BenchTracking.print(NAME, "%d changes at %.0f/s to %d deals; cloud delivery: 0.5 s + exp(mean 1.5 s), at most 20 s, 1 s bursts,"
                + " reordering", ids.size(), perSecond, ids.size());
        BenchTracking.print(NAME, "floor, the portal's own delivery delay (raised → sent; nothing sees a change before its event):"
                + " p50 %,d ms, p99 %,d ms", f50, f99);
        BenchTracking.print(NAME, "webhooks → intake → refetch → feed: p50 %,d ms, p99 %,d ms; floor ÷ achieved: p50 %.2f, p99 %.2f;"
                + " %d of %d in the feed; %,d HTTP requests", l50, l99, (double) f50 / l50, (double) f99 / l99, lag.length,
                ids.size(), hookRequests);
        BenchTracking.print(NAME, "what the tracker adds (sent → in the feed; sync's loop drains every %d ms): p50 %,d ms, p99 %,d ms",
                POLL.toMillis(), BenchTracking.quantile(ours, 0.5), BenchTracking.quantile(ours, 0.99));
        BenchTracking.print(NAME, "naive, polling crm.deal.list every %d s: p50 %,d ms, p99 %,d ms; %d of %d in its feed; %,d HTTP"
                + " requests (a listing per poll, changes or not); polling p50 ÷ webhooks p50 = %.2f", pollSeconds,
                BenchTracking.quantile(naive, 0.5), BenchTracking.quantile(naive, 0.99), naive.length, ids.size(), pollRequests,
                (double) BenchTracking.quantile(naive, 0.5) / l50);
    }

    /** Updates the deals one at a time at {@code perSecond}. */
    private static void change(Bitrix24Client user, List<Long> ids, double perSecond) throws InterruptedException {
        long started = System.nanoTime();
        for (int i = 0; i < ids.size(); i++) {
            long due = started + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            user.call("crm.deal.update", Params.of("id", ids.get(i)).with("fields", Map.of("TITLE", "Lag " + i)));
        }
    }

    /** Runs the pass, waits {@code every}, again, until stopped (as sync's loop waits after each pass). */
    private static void loop(AtomicBoolean stop, Duration every, Runnable pass) {
        while (!stop.get()) {
            pass.run();
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The first feed entry's time per record. */
    private static Map<Long, Instant> detected(Store store) {
        Map<Long, Instant> first = new HashMap<>();
        for (FeedEntry e : store.changes().feed().after(0, 1_000_000)) {
            first.putIfAbsent(e.recordId(), e.detectedAt());
        }
        return first;
    }

    private static Bitrix24Client counted(TestPortal portal, LongAdder requests) {
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .listener(event -> {
                    if (event instanceof ClientEvent.CallStarted) {
                        requests.increment();
                    }
                }).build();
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
