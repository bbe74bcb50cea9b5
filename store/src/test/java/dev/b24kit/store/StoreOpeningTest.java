package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.journal.JournalEntry;

class StoreOpeningTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void migrationsApplyOnceAndTheSecondOpenKeepsTheData(Backend backend) throws SQLException {
        String location = databases.fresh(backend);
        JournalEntry kept;
        try (Store store = databases.open(location, new FakeClock())) {
            kept = store.journal().record(Intent.create(PORTAL, "deal", "k", "{}")).entry();
            assertThat(store.backend()).isEqualTo(backend);
        }
        try (Store store = databases.open(location, new FakeClock())) {
            assertThat(store.journal().find(kept.id())).contains(kept);
        }

        assertThat(count(location, "SELECT COUNT(*) FROM b24kit_schema_history WHERE success")).isEqualTo(4);   // V1 to V4
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aChangedMigrationIsRefusedAsASchemaMismatchAndNothingIsMigrated(Backend backend) throws SQLException {
        String location = databases.fresh(backend);
        databases.open(location, new FakeClock()).close();
        TestDatabases.execute(location, "UPDATE b24kit_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        assertThatThrownBy(() -> databases.open(location, new FakeClock()))
                .isInstanceOf(SchemaMismatch.class)
                .hasMessageContaining("a different build of b24kit migrated it")
                .hasMessageContaining("checksum mismatch");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aSchemaMigratedByANewerBuildIsRefusedNamingBothVersions(Backend backend) throws SQLException {
        String location = databases.fresh(backend);
        databases.open(location, new FakeClock()).close();
        TestDatabases.execute(location, "INSERT INTO b24kit_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                + " 'V99__from_the_future.sql', 1, 'test', 1, " + (backend == Backend.SQLITE ? "1" : "true") + ")");

        assertThatThrownBy(() -> databases.open(location, new FakeClock()))
                .isInstanceOfSatisfying(SchemaTooNew.class, e -> {
                    assertThat(e.databaseVersion()).isEqualTo("99");
                    assertThat(e.knownVersion()).isEqualTo("4");
                })
                .hasMessageContaining("upgrade b24kit");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aDatabaseHoldingAnotherApplicationsTablesIsRefusedUntouched(Backend backend) throws SQLException {
        String location = databases.fresh(backend);
        TestDatabases.execute(location, "CREATE TABLE customers (id INTEGER PRIMARY KEY)");

        assertThatThrownBy(() -> databases.open(location, new FakeClock()))
                .isInstanceOf(NotAStoreDatabase.class)
                .hasMessageContaining("holds tables but no b24kit schema history");
        assertThat(count(location, "SELECT COUNT(*) FROM customers")).isZero();
    }

    @Test
    void aFileThatIsNotASqliteDatabaseIsRefusedWithWhatToDo(@TempDir Path folder) throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "shopping list: milk, eggs, flour, sugar\n".repeat(200),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Store.open(notes.toString()))
                .isInstanceOf(NotAStoreDatabase.class)
                .hasMessageContaining("is not a SQLite database")
                .hasMessageContaining("give --db (or B24KIT_DB) the path of a b24kit store");
        assertThat(Files.readString(notes)).startsWith("shopping list");
    }

    @Test
    void aFilePathGetsItsFoldersCreatedAndAWriteAheadLog(@TempDir Path folder) throws SQLException {
        Path file = folder.resolve("nested/deeper/b24kit.db");
        try (Store store = Store.open(file.toString())) {
            store.policies().seen(PORTAL);
            assertThat(store.location()).isEqualTo(file.toString());
            assertThat(store).hasToString("Store[SQLITE " + file + "]");
        }

        assertThat(file).isRegularFile();
        try (Connection connection = TestDatabases.connect(file.toString());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void aJdbcSqliteUrlOpensTheSameFileAsItsPath(@TempDir Path folder) {
        Path file = folder.resolve("b24kit.db");
        try (Store store = Store.open("jdbc:sqlite:" + file)) {
            store.policies().seen(PORTAL);
        }
        try (Store store = Store.open(file.toString())) {
            assertThat(store.policies().find(PORTAL)).isPresent();
        }
    }

    @Test
    void aFolderIsRefusedAsALocation(@TempDir Path folder) {
        assertThatThrownBy(() -> Store.open(folder.toString()))
                .isInstanceOf(InvalidLocation.class).hasMessageContaining("is a folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:sqlite::memory:", ":memory:", "jdbc:sqlite:", "jdbc:mysql://db/b24kit",
            "mysql://db/b24kit", "jdbc:sqlite:/tmp/x.db?synchronous=OFF"})
    void locationsThatAreNotADurableSqliteFileOrPostgresAreRefused(String location) {
        assertThatThrownBy(() -> Store.open(location))
                .isInstanceOf(InvalidLocation.class)
                .hasMessageContaining("Give --db (or B24KIT_DB) a file path");
    }

    @Test
    void anUnreachablePostgresIsReportedWithWhatToDoAndWithoutThePassword() {
        String location = "jdbc:postgresql://127.0.0.1:1/b24kit?user=b24kit&password=hunter2-secret";

        assertThatThrownBy(() -> Store.open(location))
                .isInstanceOfSatisfying(StoreUnavailable.class, e -> assertThat(e.location())
                        .isEqualTo("jdbc:postgresql://127.0.0.1:1/b24kit?user=b24kit&password=****"))
                .hasMessageContaining("check that the server runs")
                .hasMessageNotContaining("hunter2-secret");
    }

    @Test
    void aPasswordInThePostgresUrlIsNeverShown() {
        // a fresh schema, not the database's public one, which other runs and branches migrate too
        String base = databases.fresh(Backend.POSTGRESQL);
        String location = base.replace("jdbc:postgresql://", "jdbc:postgresql://postgres:hunter2-secret@")
                + "&password=hunter2-secret";
        try (Store store = Store.open(location)) {
            store.policies().find(PORTAL);
            assertThat(store.toString()).doesNotContain("hunter2-secret").contains("postgres:****@", "password=****");
            assertThat(store.location()).doesNotContain("hunter2-secret");
        }
        assertThat(StoreConfig.of(location).toString()).doesNotContain("hunter2-secret");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aClosedStoreRefusesCalls(Backend backend) {
        Store store = databases.openFresh(backend);
        store.close();
        store.close();

        assertThatThrownBy(() -> store.policies().find(PORTAL)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDbOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> environment = Map.of("B24KIT_DB", "jdbc:postgresql://db/b24kit");

        assertThat(StoreConfig.location("here.db", environment)).isEqualTo("here.db");
        assertThat(StoreConfig.location(null, environment)).isEqualTo("jdbc:postgresql://db/b24kit");
        assertThat(StoreConfig.location(" ", Map.of())).isEqualTo("./.b24kit/b24kit.db");
    }

    private static long count(String location, String sql) throws SQLException {
        try (Connection connection = TestDatabases.connect(location);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
