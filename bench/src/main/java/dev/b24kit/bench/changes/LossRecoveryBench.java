package dev.b24kit.bench.changes;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.testportal.VirtualClock;

/**
 * Benchmark: loss recovery. The portal (a virtual clock, so the 5-minute reconcile interval passes at
 * once) holds {@code deals} deals, all loaded into the mirror first. Then {@code changes} changes
 * (90 % updates of random deals, some more than once, 5 % creates, 5 % deletes) are made while the
 * portal loses {@code loss} of its events, duplicates {@code duplicates} and reorders them (its cloud
 * profile otherwise). The events go to the intake; the refetcher drains the inbox.
 *
 * <p>Printed, in the same run: the differences between mirror and portal with webhooks only (the naive
 * way: stale, missing, deleted but still mirrored), then after one reconcile interval (reconcile and
 * sweep; target 0), and the HTTP requests the reconciler made beside a naive full re-fetch of every
 * record (one {@code crm.deal.get} each, or 50 per {@code batch}).
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.changes.LossRecoveryBench
 * [changes=10000] [deals=10000] [loss=0.3] [duplicates=0.3]}.
 */
public final class LossRecoveryBench {

    private static final String NAME = "loss-recovery";

    private LossRecoveryBench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int deals = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        double loss = args.length > 2 ? Double.parseDouble(args[2]) : 0.3;
        double duplicates = args.length > 3 ? Double.parseDouble(args[3]) : 0.3;
        VirtualClock clock = VirtualClock.startingAtDefault();
        PortalConfig config = PortalConfig.fast().withData(deals, 10, 10, 10).withClock(clock);
        try (TestPortal portal = TestPortal.start(config); Bitrix24Client user = BenchTracking.client(portal, false);
             Bitrix24Client client = BenchTracking.client(portal, false); Store store = BenchTracking.sqlite(NAME)) {
            String origin = BenchTracking.origin(portal);
            ChangeTracker tracker = ChangeTracker.create(store, client, FieldCatalog.of(client),
                    TrackerConfig.of(origin, List.of("deal"), "bench"));
            tracker.reconcileIfLeader(); // the initial load
            int port = BenchTracking.freePort();
            String token = portal.events().addOutgoingWebhook(URI.create("http://127.0.0.1:" + port + "/events"),
                    List.of("ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE")).applicationToken();
            portal.events().delivery(EventDelivery.CLOUD.withLoss(loss).withDuplicates(duplicates).withReorder(true));
            try (EventIntake intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", port), origin, token),
                    store.changes().inbox())) {
                Run run = new Run(portal, clock, user, tracker, store, origin);
                int distinct = run.webhooksOnly(changes, deals);
                run.reconcileOnce(distinct - changes / 20); // the records changed that still exist (deletes are a twentieth)
            }
        }
    }

    /** One benchmark run on a portal whose initial load is in the mirror. */
    private record Run(TestPortal portal, VirtualClock clock, Bitrix24Client user, ChangeTracker tracker, Store store,
                       String origin) {

        /** Makes the changes, delivers what the portal does not lose, drains; prints the differences; answers the records touched. */
        int webhooksOnly(int changes, int deals) {
            long started = System.nanoTime();
            int distinct = change(user, new ArrayList<>(BenchTracking.portalDeals(user).keySet()), changes);
            clock.advance(Duration.ofMinutes(1));
            int delivered = portal.events().deliverDue();
            tracker.refetcher().drain();
            BenchTracking.print(NAME, "%,d changes to %,d records (%,d deals before): %,d deliveries, %s; made, delivered"
                    + " and drained in %.1f s", changes, distinct, deals, delivered, portal.events().outcomes(),
                    (System.nanoTime() - started) / 1e9);
            long[] naive = BenchTracking.differences(BenchTracking.portalDeals(user), BenchTracking.mirror(store, origin));
            BenchTracking.print(NAME, "webhooks only (the naive way): %,d differences (%,d stale, %,d missing, %,d deleted"
                    + " but still mirrored)", naive[0] + naive[1] + naive[2], naive[0], naive[1], naive[2]);
            return distinct;
        }

        /** One reconcile interval later: reconcile and sweep; prints the differences and the requests. */
        void reconcileOnce(long modified) {
            clock.advance(tracker.config().reconcileEvery());
            long mark = BenchTracking.mark(portal);
            long started = System.nanoTime();
            int entries = tracker.reconcileIfLeader().size();
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> requests = BenchTracking.requests(portal, mark);
            Map<String, Long> commands = BenchTracking.commands(portal, mark);
            Map<Long, JsonNode> now = BenchTracking.portalDeals(user);
            long[] after = BenchTracking.differences(now, BenchTracking.mirror(store, origin));
            report(requests, entries, seconds, after, now.size());
            long pages = (modified + 49) / 50 + (now.size() + 49) / 50;
            long listed = commands.getOrDefault("crm.deal.list", 0L) + requests.getOrDefault("crm.deal.list", 0L);
            BenchTracking.print(NAME, "inside them: %s; the floor for listing what changed (%,d modified records) and every"
                    + " ID for the sweep (%,d) at 50 rows a page: %,d pages; floor ÷ pages listed = %.2f", commands, modified,
                    now.size(), pages, (double) pages / listed);
        }
    }

    private static void report(Map<String, Long> requests, int entries, double seconds, long[] after, int records) {
        long total = requests.values().stream().mapToLong(Long::longValue).sum();
        long batched = (records + Batch.MAX_COMMANDS - 1) / Batch.MAX_COMMANDS;
        BenchTracking.print(NAME, "after one reconcile interval (reconcile + sweep, %.1f s, %,d feed entries): %,d differences"
                + " (target 0: %s)", seconds, entries, after[0] + after[1] + after[2],
                after[0] + after[1] + after[2] == 0 ? "met" : "MISSED");
        BenchTracking.print(NAME, "the reconciler's HTTP requests: %,d %s", total, requests);
        BenchTracking.print(NAME, "naive full re-fetch of the %,d records: %,d requests one get each (reconciler ÷ naive = %.4f),"
                + " %,d in batches of 50 (reconciler ÷ naive = %.3f)", records, records, (double) total / records, batched,
                (double) total / batched);
    }

    /** Makes the changes in batches of 50 as a user of the portal would; answers how many records they touched. */
    private static int change(Bitrix24Client user, List<Long> ids, int changes) {
        Random random = new Random(42);
        Collections.shuffle(ids, random);
        int deletes = changes / 20;
        int creates = changes / 20;
        List<Long> deleted = ids.subList(0, deletes);
        List<Long> kept = ids.subList(deletes, ids.size());
        java.util.Set<Long> touched = new java.util.HashSet<>(deleted);
        List<Params> work = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        for (int i = 0; i < changes - deletes - creates; i++) {
            long id = kept.get(random.nextInt(kept.size()));
            touched.add(id);
            methods.add("crm.deal.update");
            work.add(Params.of("id", id).with("fields", Map.of("TITLE", "Change " + i, "OPPORTUNITY", random.nextInt(100_000))));
        }
        for (int i = 0; i < creates; i++) {
            methods.add("crm.deal.add");
            work.add(Params.of("fields", Map.of("TITLE", "Created " + i)));
        }
        for (long id : deleted) {
            methods.add("crm.deal.delete");
            work.add(Params.of("id", id));
        }
        for (int from = 0; from < work.size(); from += Batch.MAX_COMMANDS) {
            Batch.Builder batch = Batch.builder();
            for (int i = from; i < Math.min(work.size(), from + Batch.MAX_COMMANDS); i++) {
                batch.add("c" + i, methods.get(i), work.get(i));
            }
            user.batch(batch.build());
        }
        return touched.size() + creates;
    }
}
