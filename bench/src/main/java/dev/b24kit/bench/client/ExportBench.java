package dev.b24kit.bench.client;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalValues;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * Benchmark 1: export 50,000 deals ({@code ID,TITLE,STAGE_ID}) from the test portal on the standard
 * plan, default cost model, real-time latency. In one run: b24kit's listing at its defaults (keyset
 * chains in batch, automatic shards), then the same with one shard, then two naive clients for a
 * fixed time each: offset paging one page per request, and keyset one page per request (as the
 * official JS SDK lists). Between contenders the portal's bucket and operating budget are reset, as if
 * each ran on its own portal.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.client.ExportBench [deals] [naiveSeconds]}.
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int naiveSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.STANDARD).withLatency(LatencyMode.REALTIME)
                .withData(deals, 100, 50, 50);
        try (TestPortal portal = TestPortal.start(config)) {
            double page = Wire.keysetPage(portal, deals);
            long pages = (deals + 49) / 50;
            Line.print("export", "%d deals; a keyset page costs %.4f s (baseRead + 50·perRowReturned + %d·pagePerTableRow)",
                    deals, page, deals);
            warmUp(portal);
            double b24kit = listing(portal, deals, 0, page, pages);
            listing(portal, deals, 1, page, pages);
            double offset = naive(portal, deals, naiveSeconds, false);
            double keyset = naive(portal, deals, naiveSeconds, true);
            Line.print("export", "b24kit default ÷ one-page-per-request keyset: %.0f× (target ≥ 50×); ÷ naive offset: %.0f×",
                    b24kit / keyset, b24kit / offset);
        }
    }

    /** One unmeasured export first, so class loading, JIT compilation and connections are not measured. */
    private static void warmUp(TestPortal portal) {
        try (Bitrix24Client client = client(portal, Coalescing.DEFAULT);
             Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("ID", "TITLE", "STAGE_ID")
                     .build())) {
            rows.count();
        }
    }

    private static Bitrix24Client client(TestPortal portal, Coalescing coalescing) {
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString())).coalescing(coalescing).build();
    }

    /** b24kit's listing; answers rows/s. {@code shards} 0 = automatic. */
    private static double listing(TestPortal portal, int deals, int shards, double page, long pages) throws Exception {
        portal.limits().resetBucket().resetOperating();
        long mark = Wire.mark(portal);
        long start = System.nanoTime();
        long rows;
        long distinct;
        try (Bitrix24Client client = client(portal, Coalescing.DEFAULT);
             Stream<JsonNode> stream = client.list("crm.deal.list", ListQuery.builder().select("ID", "TITLE", "STAGE_ID")
                     .shards(shards).build())) {
            java.util.BitSet seen = new java.util.BitSet(deals + 1);
            rows = stream.peek(r -> seen.set((int) PortalValues.asLong(r.get("ID")).orElse(0))).count();
            distinct = seen.cardinality();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Wire wire = Wire.since(portal, mark);
        int n = shards == 0 ? Math.min(8, (int) ((deals + 4_999) / 5_000)) : shards;
        // each shard is one chain: its pages run one after another on the portal
        double chain = Math.ceil((double) pages / n) * page;
        long requests = (pages + 49) / 50 + n + 1;
        double bucket = Math.max(0, requests - 50) / 2.0; // the portal takes 50 at once, then 2 per second
        double ceilingSeconds = Math.max(chain, bucket);
        double ceiling = deals / ceilingSeconds;
        double achieved = rows / seconds;
        Line.print("export", "b24kit %s: %d rows (%d distinct) in %.2f s = %.0f rows/s; %s; errors surfaced: 0",
                shards == 0 ? "default (" + n + " shards, automatic)" : shards + " shard(s)", rows, distinct, seconds,
                achieved, wire.describe());
        Line.print("export", "  ceiling for %d shard(s): max(chain = ⌈%d pages / %d⌉ × %.4f s = %.2f s, bucket = max(0, %d requests − 50) / 2 = %.1f s)"
                        + " → %.0f rows/s; achieved ÷ ceiling = %.2f (target ≥ 0.9)", n, pages, n, page, chain,
                requests, bucket, ceiling, achieved / ceiling);
        return achieved;
    }

    /** A naive client for {@code seconds}: one page per request, offset or keyset; answers rows/s. */
    private static double naive(TestPortal portal, int deals, int seconds, boolean keyset) {
        portal.limits().resetBucket().resetOperating();
        long mark = Wire.mark(portal);
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        long rows = 0;
        long lastId = 0;
        String failure = "none";
        try (Bitrix24Client client = client(portal, Coalescing.OFF)) {
            for (long offset = 0; System.nanoTime() < deadline && rows < deals; offset += 50) {
                Params params = Params.of("select", List.of("ID", "TITLE", "STAGE_ID"));
                params = keyset ? params.with("order", java.util.Map.of("ID", "ASC"))
                        .with("filter", java.util.Map.of(">ID", lastId)).with("start", -1) : params.with("start", offset);
                JsonNode page = client.call("crm.deal.list", params).result();
                if (page.isEmpty()) {
                    break;
                }
                rows += page.size();
                OptionalLong id = PortalValues.asLong(page.get(page.size() - 1).get("ID"));
                lastId = id.orElse(lastId);
            }
        } catch (RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Wire wire = Wire.since(portal, mark);
        // past the time box, each page needs a request: after the burst the bucket gives 2 per second,
        // and a counted page may be slower than that
        long left = (deals - rows + 49) / 50;
        double perPage = keyset ? 0.5 : Math.max(0.5, Wire.countedPage(portal, deals, deals / 2));
        double projected = elapsed + left * perPage;
        double rate = deals / projected;
        Line.print("export", "naive %s, one page per request, %d s time box: %d rows in %.1f s; the %d deals would take "
                        + "~%.0f s (%d pages left at %.2f s each) = %.0f rows/s; %s; failure: %s",
                keyset ? "keyset (like the JS SDK)" : "offset paging", seconds, rows, elapsed, deals, projected, left,
                perPage, rate, wire.describe(), failure);
        if (!keyset) {
            double counted = Wire.countedPage(portal, deals, deals / 2);
            Line.print("export", "  offset: a counted page costs ~%.2f s of operating time, %d pages ≈ %.0f s > the 480 s budget"
                    + " per 10 minutes: blocked (OPERATION_TIME_LIMIT) after ~%.0f pages", counted, (deals + 49) / 50,
                    counted * ((deals + 49) / 50), 480 / counted);
        }
        return rate;
    }
}
