package dev.b24kit.bench.agentday;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.bench.changes.BenchTracking;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.testportal.TestPortal;

/**
 * The harness's own view of the portal (its API, read with a client of its own) and of what the gateways
 * stored (mirror, feed), for the invariants. Reads made while the day runs go through the portal's bucket
 * like anyone's; the final reads are made once the faults are cleared.
 *
 * <p>Thread-safe for reads.
 */
final class Witness {

    final TestPortal portal;
    final Store store;
    final String origin;
    private final PlanLimits limits;

    /** {@code limits}: the portal's plan, so that the harness's own reads are not refused by the portal's bucket. */
    Witness(TestPortal portal, Store store, PlanLimits limits) {
        this.portal = portal;
        this.limits = limits;
        this.store = store;
        this.origin = portal.baseUrl().toString().replaceAll("/+$", "");
    }

    /** Every deal as {@code crm.deal.list} with {@code *} and {@code UF_*} answers it, by ID. */
    Map<Long, JsonNode> portalDeals() {
        Map<Long, JsonNode> all = new HashMap<>();
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .rateLimiter(RateLimiter.local(limits, InstantSource.system(), Sleeper.SYSTEM))
                .build();
             Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("*", "UF_*").build())) {
            rows.forEach(r -> all.put(r.get("ID").asLong(), r));
        }
        return all;
    }

    Map<Long, JsonNode> mirror() {
        return BenchTracking.mirror(store, origin);
    }

    List<FeedEntry> feed() {
        List<FeedEntry> all = new ArrayList<>();
        long after = 0;
        List<FeedEntry> page;
        while (!(page = store.changes().feed().after(after, 5_000)).isEmpty()) {
            page.stream().filter(e -> e.portal().equals(origin) && e.entity().equals("deal")).forEach(all::add);
            after = page.getLast().seq();
        }
        return all;
    }

    /** Waits until the gateways' first reconcile has loaded every deal into the mirror. */
    void awaitInitialLoad(Duration limit) throws InterruptedException {
        int deals = portalDeals().size();
        Instant deadline = Instant.now().plus(limit);
        while (mirror().size() < deals) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the gateways did not load the portal's " + deals + " deals into the mirror in "
                        + limit.toSeconds() + " s");
            }
            Thread.sleep(500);
        }
    }

    /**
     * Waits, at most {@code limit}, until the mirror equals the portal; answers how long it took after the work
     * ended, or {@code limit} when it never did (the invariant then reports the differences).
     */
    Duration awaitMirror(Duration limit) throws InterruptedException {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
            long[] diff = BenchTracking.differences(portalDeals(), mirror());
            if (diff[0] + diff[1] + diff[2] == 0) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(1_000);
        }
        return limit;
    }
}
