package dev.b24kit.writes;

import java.io.IOException;
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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.b24kit.store.Backend;

/**
 * Fresh store locations on both backends, as the store's own tests make them: a SQLite file in a
 * temporary folder, or a PostgreSQL schema ({@code b24kit_test_<random>}) from {@code B24KIT_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}), dropped after the class. When
 * PostgreSQL is down the test is skipped, or fails with {@code B24KIT_REQUIRE_SERVICES=true}.
 */
final class WritesDatabases implements AfterAllCallback {

    /**
     * The backend the writes tests keep their store on: SQLite, or PostgreSQL in the second surefire
     * run of this module (system property {@code b24kit.test.store=postgresql}, see writes/pom.xml).
     */
    static Backend backendUnderTest() {
        return "postgresql".equalsIgnoreCase(System.getProperty("b24kit.test.store", "sqlite").strip())
                ? Backend.POSTGRESQL : Backend.SQLITE;
    }

    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final Random random = new Random();

    String fresh(Backend backend) throws IOException, SQLException {
        if (backend == Backend.SQLITE) {
            return Files.createTempDirectory("b24kit-writes").resolve("store.db").toString();
        }
        String base = postgres();
        String schema = "b24kit_test_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        execute(base, "CREATE SCHEMA " + schema);
        schemas.add(schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String postgres() {
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

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        dropAll();
    }

    /** Drops the PostgreSQL schemas made so far. */
    void dropAll() throws SQLException {
        for (String schema : schemas) {
            execute(postgres(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
    }
}
