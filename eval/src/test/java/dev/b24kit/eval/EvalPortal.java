package dev.b24kit.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Random;
import java.util.function.UnaryOperator;

import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.StoreConfig;
import dev.b24kit.testing.services.ExternalService;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * A seeded test portal (standard plan, no modelled latency, prompt events) and a fresh store on the backend
 * under test, with eval runs against them. The store is SQLite, or a fresh PostgreSQL schema in this module's
 * second surefire run ({@code b24kit.test.store=postgresql}, see eval/pom.xml); the schema is dropped on close.
 */
final class EvalPortal implements AutoCloseable {

    final TestPortal portal;
    final Store store;
    private final String schema;

    private final boolean unlimited;

    /** A portal on the standard plan, as a cloud portal: the eval's client paces itself. */
    EvalPortal() {
        this(false);
    }

    /** With {@code unlimited}, a portal without a request limit, and a client that does not pace (faster runs). */
    EvalPortal(boolean unlimited) {
        this.unlimited = unlimited;
        portal = TestPortal.start(PortalConfig.defaults().withLatency(LatencyMode.NONE).withData(300, 60, 20, 30)
                .withPlan(unlimited ? dev.b24kit.testportal.Plan.UNLIMITED : dev.b24kit.testportal.Plan.STANDARD));
        portal.events().delivery(EventDelivery.PROMPT);
        String location;
        if (backendUnderTest() == Backend.SQLITE) {
            schema = null;
            try {
                location = Files.createTempDirectory("b24kit-eval-test").resolve("store.db").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            String base = ExternalService.fromEnvironment().postgres().require();
            schema = "b24kit_eval_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
            execute(base, "CREATE SCHEMA " + schema);
            location = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        store = Store.open(StoreConfig.of(location));
    }

    /** SQLite, or PostgreSQL in the module's second surefire run. */
    static Backend backendUnderTest() {
        return "postgresql".equalsIgnoreCase(System.getProperty("b24kit.test.store", "sqlite").strip())
                ? Backend.POSTGRESQL : Backend.SQLITE;
    }

    /** {@code http://127.0.0.1:PORT}, as the store names the portal. */
    String origin() {
        URI base = portal.baseUrl();
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** The configuration of a run: the test portal's field map, events watched with a 10 s bound. */
    EvalConfig config() {
        return EvalConfig.of(portal.webhookUrl().toString(), store, origin())
                .withPlan(unlimited ? new dev.b24kit.client.PlanLimits(100_000, 100_000) : dev.b24kit.client.PlanLimits.STANDARD)
                .withFieldMap(EvalConfig.testPortalMap(), MapResolution.NONE)
                .withEvents(new EventWatch.Automatic(java.time.Duration.ofSeconds(10))).withBurst(60);
    }

    EvalReport run() {
        return run(c -> c);
    }

    EvalReport run(UnaryOperator<EvalConfig> change) {
        return Eval.run(change.apply(config()), EvalProgress.NONE);
    }

    static ProbeResult probe(EvalReport report, String id) {
        return report.probes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            portal.close();
            if (schema != null) {
                execute(ExternalService.fromEnvironment().postgres().url(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void execute(String url, String sql) {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A folder under target/ for reports a test writes. */
    static Path buildFolder(String name) {
        try {
            return Files.createDirectories(Path.of("target", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
