package dev.b24kit.changes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.b24kit.store.Backend;
import dev.b24kit.testing.services.ExternalService;

/**
 * Fresh store locations for a test class, as the store's own tests make them: a new SQLite file in a
 * temporary folder, or a new PostgreSQL schema named in the URL by {@code currentSchema}. The schemas
 * are dropped after the class. Register as a static {@code @RegisterExtension} field.
 */
public final class TestStores implements AfterAllCallback {

    private final List<String> schemas = new CopyOnWriteArrayList<>();
    private final Random random = new Random();
    private Path folder;

    /** A location no test has used yet; PostgreSQL skips or fails the test when it is down. */
    public synchronized String fresh(Backend backend) {
        return switch (backend) {
            case SQLITE -> folder().resolve("changes-" + Long.toHexString(random.nextLong()) + ".db").toString();
            case POSTGRESQL -> freshSchema();
        };
    }

    private String freshSchema() {
        String base = ExternalService.fromEnvironment().postgres().require();
        String schema = "b24kit_changes_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        execute(base, "CREATE SCHEMA " + schema);
        schemas.add(schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("b24kit-changes-test");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return folder;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        for (String schema : schemas) {
            execute(ExternalService.fromEnvironment().postgres().url(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        schemas.clear();
    }
}
