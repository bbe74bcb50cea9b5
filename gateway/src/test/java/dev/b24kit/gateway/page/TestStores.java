package dev.b24kit.gateway.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.b24kit.store.Backend;

/**
 * Store locations for the pages' tests, one fresh per call: a SQLite file in a new temporary folder, or a new
 * PostgreSQL schema in the database {@code B24KIT_TEST_PG_URL} names (default the loopback {@code test}
 * database), dropped when the class ends. PostgreSQL down: the test is skipped, or fails when
 * {@code B24KIT_REQUIRE_SERVICES=true}.
 */
final class TestStores implements AfterAllCallback {

    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();

    String fresh(Backend backend) {
        try {
            if (backend == Backend.SQLITE) {
                return Files.createTempDirectory("b24kit-pages").resolve("store.db").toString();
            }
            String server = postgres();
            String schema = "b24kit_test_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
            run(server, "CREATE SCHEMA " + schema);
            schemas.add(schema);
            return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a PostgreSQL schema for the test: " + e.getMessage(), e);
        }
    }

    static boolean servicesRequired() {
        return "true".equalsIgnoreCase(System.getenv().getOrDefault("B24KIT_REQUIRE_SERVICES", "").strip());
    }

    private static String postgres() {
        String url = System.getenv().getOrDefault("B24KIT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        URI server = URI.create(url.substring("jdbc:".length()));
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()), 2_000);
            return url;
        } catch (IOException e) {
            String why = "PostgreSQL at " + server.getHost() + " cannot be reached (" + e.getMessage() + ")";
            if (servicesRequired()) {
                throw new AssertionError(why + "; B24KIT_REQUIRE_SERVICES=true makes that a failure");
            }
            Assumptions.abort(why + "; skipped (set B24KIT_REQUIRE_SERVICES=true to fail instead)");
            return null;
        }
    }

    private static void run(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        for (String schema : schemas) {
            run(postgres(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
    }
}
