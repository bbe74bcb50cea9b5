package dev.b24kit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh databases for a test class, on both backends: a new SQLite file in a temporary folder, or a
 * new PostgreSQL schema ({@code b24kit_test_<random>}, named in the URL by {@code currentSchema}).
 * Everything made is removed after the class. Register as a static {@code @RegisterExtension} field.
 */
final class TestDatabases implements AfterAllCallback {

    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final Random random = new Random();
    private final AtomicLong seeds = new AtomicLong();
    private Path folder;

    /** A location no test has used yet. PostgreSQL skips or fails the test when it is down (see {@link StorePostgres}). */
    synchronized String fresh(Backend backend) {
        return switch (backend) {
            case SQLITE -> folder().resolve("store-" + Long.toHexString(random.nextLong()) + ".db").toString();
            case POSTGRESQL -> freshSchema();
        };
    }

    /**
     * Opens the store at {@code location} with a fake clock and ids from a seeded generator, a different
     * seed for every store: two stores on one database are two processes, whose ids must differ.
     */
    Store open(String location, FakeClock clock) {
        return Store.open(new StoreConfig(location, clock, IdSource.timeOrdered(clock, new Random(seeds.incrementAndGet()))));
    }

    /** Opens a store at a fresh location. */
    Store openFresh(Backend backend) {
        return open(fresh(backend), new FakeClock());
    }

    /** A plain JDBC connection to the database behind {@code location}, past the store: for what the store's API cannot do. */
    static Connection connect(String location) throws SQLException {
        return DriverManager.getConnection(location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location);
    }

    /** Runs one statement on {@code location} past the store. */
    static void execute(String location, String sql) throws SQLException {
        try (Connection connection = connect(location); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String freshSchema() {
        String base = StorePostgres.url();
        String schema = "b24kit_test_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        try {
            execute(base, "CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        schemas.add(schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("b24kit-store-test");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return folder;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        for (String schema : schemas) {
            execute(StorePostgres.url(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
        if (folder != null) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
            folder = null;
        }
    }
}
