package dev.b24kit.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Assumptions;

import dev.b24kit.store.Backend;

/**
 * Store locations for the gateway's tests: a SQLite file in a temporary folder, or a fresh PostgreSQL schema
 * in the module's second surefire run ({@code b24kit.test.store=postgresql}, see gateway/pom.xml), from
 * {@code B24KIT_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}). When
 * PostgreSQL is down the test is skipped, or fails with {@code B24KIT_REQUIRE_SERVICES=true}.
 */
final class TestStores {

    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final Random random = new Random();

    static Backend backendUnderTest() {
        return "postgresql".equalsIgnoreCase(System.getProperty("b24kit.test.store", "sqlite").strip())
                ? Backend.POSTGRESQL : Backend.SQLITE;
    }

    /** A fresh location on the backend under test. */
    String fresh() {
        return fresh(backendUnderTest());
    }

    String fresh(Backend backend) {
        try {
            if (backend == Backend.SQLITE) {
                return Files.createTempDirectory("b24kit-gateway").resolve("store.db").toString();
            }
            String base = postgres();
            String schema = "b24kit_test_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
            execute(base, "CREATE SCHEMA " + schema);
            schemas.add(schema);
            return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a PostgreSQL schema for the test: " + e.getMessage(), e);
        }
    }

    static String postgres() {
        String url = System.getenv().getOrDefault("B24KIT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        URI address = URI.create(url.substring("jdbc:".length()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort()), 2_000);
            return url;
        } catch (IOException e) {
            String message = "PostgreSQL is not reachable at " + address.getHost() + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv().getOrDefault("B24KIT_REQUIRE_SERVICES", "false").strip())) {
                throw new AssertionError(message + "; B24KIT_REQUIRE_SERVICES=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(message + "; skipped because B24KIT_REQUIRE_SERVICES is not true.");
            throw new AssertionError("unreachable");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the PostgreSQL schemas made so far. */
    void dropAll() {
        for (String schema : schemas) {
            try {
                execute(postgres(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop the test's schema " + schema + ": " + e.getMessage(), e);
            }
        }
        schemas.clear();
    }
}
