package dev.b24kit.bench.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;

/**
 * Verified updates/s against plain updates/s, both batched, on the standard plan (50 requests, 2 per second)
 * with real-time latency. Plain: {@code crm.deal.update} in batches of 50. Verified: {@code Writes.applyAll}
 * in runs of 25 changes, each one request holding the 25 updates and their 25 read-backs. The ceiling from
 * the portal's limits for one client sending one request at a time: each request takes the sum of its
 * commands' costs (the cost model's {@code baseWrite} per update, {@code baseRead} per read-back), and the
 * bucket allows 48 requests at once, then 2 per second; whichever takes longer binds.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.writes.VerifiedUpdateBench [updates=2000]}.
 */
public final class VerifiedUpdateBench {

    private VerifiedUpdateBench() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.STANDARD).withLatency(LatencyMode.REALTIME)
                .withData(updates, 10, 10, 10);
        try (TestPortal portal = TestPortal.start(config); BenchWrites bench = BenchWrites.open(portal)) {
            portal.limits().resetBucket().resetOperating();
            double plain = plain(portal, bench, updates);
            portal.limits().resetBucket().resetOperating();
            double verified = verified(portal, bench, updates);
            var costs = portal.limits().costCoefficients();
            BenchWrites.print("verified-update", "verified ÷ plain = %.2f (ceiling from the cost model: %.2f)",
                    verified / plain, costs.get("baseWrite") / (costs.get("baseWrite") + costs.get("baseRead")));
        }
    }

    private static double plain(TestPortal portal, BenchWrites bench, int updates) {
        long mark = BenchWrites.mark(portal);
        long start = System.nanoTime();
        long failed = 0;
        for (int from = 1; from <= updates; from += Batch.MAX_COMMANDS) {
            Batch.Builder batch = Batch.builder();
            for (int id = from; id < Math.min(updates + 1, from + Batch.MAX_COMMANDS); id++) {
                batch.add("crm.deal.update", Params.of("id", id).with("fields", Map.of("TITLE", "plain " + id)));
            }
            failed += bench.client().batch(batch.build()).outcomes().values().stream()
                    .filter(o -> !(o instanceof CommandOutcome.Succeeded)).count();
        }
        double cost = portal.limits().costCoefficients().get("baseWrite");
        return report("plain updates (batches of 50)", portal, mark, start, updates, cost, "failed " + failed);
    }

    private static double verified(TestPortal portal, BenchWrites bench, int updates) {
        long mark = BenchWrites.mark(portal);
        long start = System.nanoTime();
        int confirmed = 0;
        for (int from = 1; from <= updates; from += 25) {
            List<Change> changes = new ArrayList<>();
            for (int id = from; id < Math.min(updates + 1, from + 25); id++) {
                changes.add(Change.update("deal", id, Map.of("TITLE", "verified " + id)));
            }
            confirmed += (int) bench.writes().applyAll(changes).stream().filter(r -> r instanceof Receipt.Confirmed).count();
        }
        var costs = portal.limits().costCoefficients();
        return report("verified updates (runs of 25 + read-backs)", portal, mark, start, updates,
                costs.get("baseWrite") + costs.get("baseRead"), "confirmed " + confirmed);
    }

    private static double report(String what, TestPortal portal, long mark, long start, int updates, double perUpdate,
                                 String outcome) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long requests = BenchWrites.requests(portal, mark);
        double bucketSeconds = Math.max(0, (requests - 48) / 2.0); // 48 at once (the client keeps 2 back), then 2/s
        double workSeconds = updates * perUpdate;
        double ceiling = updates / Math.max(bucketSeconds, workSeconds);
        BenchWrites.print("verified-update", "%s: %d in %.1f s = %.1f updates/s; %d requests; ceiling %.1f updates/s"
                        + " (portal time %.3f s per update: %.0f s; bucket: %.0f s); achieved ÷ ceiling %.2f; %s",
                what, updates, seconds, updates / seconds, requests, ceiling, perUpdate, workSeconds, bucketSeconds,
                (updates / seconds) / ceiling, outcome);
        return updates / seconds;
    }
}
