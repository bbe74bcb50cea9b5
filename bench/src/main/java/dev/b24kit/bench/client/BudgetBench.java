package dev.b24kit.bench.client;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.testportal.VirtualClock;

/**
 * Benchmark 2: an export long enough that the per-method operating budget binds. The portal runs on a
 * virtual clock with its operating limit lowered; the client's waits move that clock, so an hour of
 * portal time passes in seconds. The export loops over the table until {@code windows} ten-minute
 * windows of portal time have passed. Ceiling: the budget admits {@code limit ÷ page cost} pages per
 * ten minutes; achieved = pages listed ÷ windows elapsed. Beside it, the same export with a client
 * that does not pace (it believes the cloud's 480 s), which the portal refuses with 429s that the
 * client then waits out.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.client.BudgetBench [limitSeconds] [windows]}.
 */
public final class BudgetBench {

    private static final Duration WINDOW = Duration.ofMinutes(10);

    private BudgetBench() {
    }

    public static void main(String[] args) {
        int limitSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int windows = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int deals = 50_000;
        for (boolean pacing : new boolean[] {true, false}) {
            VirtualClock clock = VirtualClock.startingAtDefault();
            PortalConfig config = PortalConfig.defaults().withPlan(Plan.STANDARD).withLatency(LatencyMode.NONE)
                    .withClock(clock).withData(deals, 10, 10, 10).withOperatingLimit(Duration.ofSeconds(limitSeconds));
            try (TestPortal portal = TestPortal.start(config)) {
                run(portal, clock, deals, limitSeconds, windows, pacing);
            }
        }
    }

    private static void run(TestPortal portal, VirtualClock clock, int deals, int limitSeconds, int windows,
                            boolean pacing) {
        double page = Wire.keysetPage(portal, deals);
        Sleeper advance = clock::advance;
        AtomicLong pages = new AtomicLong();
        AtomicLong surfaced = new AtomicLong();
        long mark = Wire.mark(portal);
        Instant start = clock.instant();
        Instant end = start.plus(WINDOW.multipliedBy(windows));
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .time(clock, advance).rateLimiter(RateLimiter.local(PlanLimits.STANDARD, clock, advance))
                .operatingLimit(Duration.ofSeconds(pacing ? limitSeconds : 480)).coalescing(Coalescing.OFF)
                .listener(e -> {
                    if (e instanceof ClientEvent.PageFetched) {
                        pages.incrementAndGet();
                    }
                }).build()) {
            while (clock.instant().isBefore(end)) {
                try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("ID", "TITLE", "STAGE_ID")
                        .shards(1).build())) {
                    var it = rows.iterator();
                    while (it.hasNext() && clock.instant().isBefore(end)) {
                        it.next();
                    }
                } catch (RuntimeException e) {
                    surfaced.incrementAndGet();
                    throw e;
                }
            }
        }
        double elapsedWindows = Duration.between(start, clock.instant()).toMillis() / (double) WINDOW.toMillis();
        double perWindow = pages.get() / elapsedWindows;
        double ceiling = limitSeconds / page;
        Wire wire = Wire.since(portal, mark);
        Line.print("budget", "%s: operating limit %d s per 10 min, keyset page %.4f s → ceiling %.0f pages per window;"
                        + " %d pages in %.2f windows of portal time = %.0f pages per window; achieved ÷ ceiling = %.2f"
                        + " (target ≥ 0.9); %s; 429s reaching the caller: %d",
                pacing ? "b24kit pacing" : "no pacing (client believes 480 s)", limitSeconds, page, ceiling, pages.get(),
                elapsedWindows, perWindow, perWindow / ceiling, wire.describe(), surfaced.get());
    }
}
