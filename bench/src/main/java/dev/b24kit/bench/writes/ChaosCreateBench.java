package dev.b24kit.bench.writes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;
import tools.jackson.databind.JsonNode;

/**
 * Chaos: {@code creates} deals under keys while the portal drops the connection after committing 5 % of
 * the requests that carry {@code crm.deal.add} (writes send creates inside {@code batch}, so the fault is
 * set on {@code batch}, which also strikes lookups and read-backs) and answers 503 to 5 % of all requests.
 * Creates go in runs of 25; a run's unknown receipts are retried with the same keys until every key is
 * settled. Then the portal is the witness: duplicates (keys held by more than one deal; target 0), receipts
 * that disagree with the portal (a confirmed or adopted record that does not exist or does not hold its key,
 * a key settled without a record; target 0), and creates/s.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.writes.ChaosCreateBench [creates=2000] [plan=standard]}.
 */
public final class ChaosCreateBench {

    private ChaosCreateBench() {
    }

    public static void main(String[] args) throws Exception {
        int creates = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Plan plan = args.length > 1 && args[1].equalsIgnoreCase("unlimited") ? Plan.UNLIMITED : Plan.STANDARD;
        PortalConfig config = PortalConfig.defaults().withPlan(plan).withLatency(LatencyMode.REALTIME).withData(10, 10, 10, 10);
        try (TestPortal portal = TestPortal.start(config); BenchWrites bench = BenchWrites.open(portal)) {
            portal.faults().add(FaultRule.parse("drop-after-commit@batch,p=0.05"));
            portal.faults().add(FaultRule.parse("query-limit@*,p=0.05"));
            long mark = BenchWrites.mark(portal);
            long start = System.nanoTime();
            Map<String, Receipt> settled = new HashMap<>();
            int rounds = 0;
            List<Change> pending = new ArrayList<>();
            for (int i = 1; i <= creates; i++) {
                pending.add(Change.create("deal", Map.of("TITLE", "chaos " + i, "OPPORTUNITY", Integer.toString(i)), "chaos-" + i));
            }
            while (!pending.isEmpty() && rounds++ < 20) {
                List<Change> again = new ArrayList<>();
                for (int from = 0; from < pending.size(); from += 25) {
                    List<Change> run = pending.subList(from, Math.min(pending.size(), from + 25));
                    List<Receipt> receipts = bench.writes().applyAll(run);
                    for (int i = 0; i < run.size(); i++) {
                        if (receipts.get(i) instanceof Receipt.Unknown) {
                            again.add(run.get(i));
                        } else {
                            settled.put(run.get(i).key(), receipts.get(i));
                        }
                    }
                }
                pending = again;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long requests = BenchWrites.requests(portal, mark);
            portal.faults().clear();
            witness(bench, settled, creates, pending.size(), seconds, requests, rounds);
        }
    }

    private static void witness(BenchWrites bench, Map<String, Receipt> settled, int creates, int unsettled, double seconds,
                                long requests, int rounds) {
        Map<String, List<Long>> byKey = new HashMap<>();
        try (var rows = bench.client().list("crm.deal.list", dev.b24kit.client.listing.ListQuery.builder()
                .filter("ORIGINATOR_ID", "b24kit").select("ID", "ORIGIN_ID").build())) {
            rows.forEach((JsonNode row) -> byKey.computeIfAbsent(row.get("ORIGIN_ID").asString(), k -> new ArrayList<>())
                    .add(row.get("ID").asLong()));
        }
        long duplicates = byKey.values().stream().filter(ids -> ids.size() > 1).count();
        long disagreeing = 0;
        long adopted = 0;
        for (Map.Entry<String, Receipt> e : settled.entrySet()) {
            List<Long> ids = byKey.getOrDefault(e.getKey(), List.of());
            Receipt r = e.getValue();
            boolean agrees = switch (r) {
                case Receipt.Confirmed c -> ids.equals(List.of(c.recordId()));
                case Receipt.Drifted d -> ids.equals(List.of(d.recordId()));
                case Receipt.Refused x -> ids.isEmpty();
                case Receipt.Unknown u -> true;
                case Receipt.Proposed p -> ids.isEmpty();
            };
            disagreeing += agrees ? 0 : 1;
            adopted += r instanceof Receipt.Confirmed c && c.adopted() ? 1 : 0;
        }
        BenchWrites.print("chaos-create", "%d creates settled in %.1f s = %.1f creates/s over %d rounds, %d requests; "
                        + "%d adopted after a lost answer; unsettled %d; deals with a key %d; duplicates %d (target 0); "
                        + "receipts that disagree with the portal %d (target 0)",
                settled.size(), seconds, settled.size() / seconds, rounds, requests, adopted, unsettled, byKey.size(),
                duplicates, disagreeing);
    }
}
