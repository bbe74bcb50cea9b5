package dev.b24kit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings the store's durability rests on, read from the connection the store writes through. */
class SqliteSettingsTest {

    @Test
    void theWriterRunsInWalModeSyncingEveryCommitAndWaitsForOtherProcesses(@TempDir Path folder) {
        Path file = folder.resolve("b24kit.db");
        try (SqliteDatabase database = SqliteDatabase.open(new Location.SqliteFile(file, file.toString()))) {
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(database, "synchronous")).as("FULL").isEqualTo("2");
            assertThat(pragma(database, "busy_timeout")).isEqualTo(Integer.toString(SqliteDatabase.BUSY_TIMEOUT_MILLIS));
            assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
        }
    }

    private static String pragma(SqliteDatabase database, String name) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
