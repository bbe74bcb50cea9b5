package dev.b24kit.bench.changes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Signal;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * Benchmark: records re-fetched and recorded per second by {@code Refetcher.drain(workers)} for 1, 4 and
 * 8 workers, on SQLite and PostgreSQL. The test portal waits each call's modelled processing time
 * (a batch of 50 gets takes about a second) on the unlimited plan, so the rate limiter does not decide
 * the result: one worker is bound by that latency, several overlap it.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.changes.RefetchBench [records=1000]
 * [postgresUrl=jdbc:postgresql://127.0.0.1:5432/test?user=postgres|none]}.
 */
public final class RefetchBench {

    private static final int[] WORKERS = {1, 4, 8};

    private RefetchBench() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        String postgres = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        Path folder = Files.createTempDirectory("b24kit-refetch-bench");
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.UNLIMITED).withLatency(LatencyMode.REALTIME)
                .withData(records, 0, 0, 0);
        try (TestPortal portal = TestPortal.start(config);
             Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                     .rateLimiter(RateLimiter.local(new PlanLimits(1_000_000, 1_000_000), InstantSource.system(), Sleeper.SYSTEM))
                     .build()) {
            String origin = portal.baseUrl().toString().replaceAll("/+$", "");
            List<Long> ids = ids(client);
            for (int workers : WORKERS) {
                run("sqlite", folder.resolve("bench-" + workers + ".db").toString(), client, origin, ids, workers);
                if (!postgres.equals("none")) {
                    String schema = "b24kit_bench_" + Long.toHexString(System.nanoTime());
                    execute(postgres, "CREATE SCHEMA " + schema);
                    try {
                        run("postgresql", postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                                client, origin, ids, workers);
                    } finally {
                        execute(postgres, "DROP SCHEMA " + schema + " CASCADE");
                    }
                }
            }
        }
    }

    private static List<Long> ids(Bitrix24Client client) {
        try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("ID").build())) {
            return rows.map(r -> r.get("ID").asLong()).toList();
        }
    }

    private static void run(String name, String location, Bitrix24Client client, String origin, List<Long> ids, int workers) {
        FieldCatalog catalog = FieldCatalog.of(client);
        catalog.entities(); // loaded before the clock starts
        try (Store store = Store.open(location)) {
            List<Signal> signals = new ArrayList<>(ids.size());
            ids.forEach(id -> signals.add(new Signal(origin, "deal", id, "ONCRMDEALUPDATE", ChangeSource.WEBHOOK)));
            store.changes().inbox().add(signals);
            ChangeTracker tracker = ChangeTracker.create(store, client, catalog, TrackerConfig.of(origin, List.of("deal"), "bench"));
            long started = System.nanoTime();
            int recorded = tracker.refetcher().drain(workers).size();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%-10s %d worker(s): %,d records in %.1f s → %,.0f records/s%n", name, workers,
                    recorded, seconds, recorded / seconds);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
