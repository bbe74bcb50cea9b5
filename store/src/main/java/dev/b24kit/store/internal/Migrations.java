package dev.b24kit.store.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;

import dev.b24kit.store.Backend;
import dev.b24kit.store.NotAStoreDatabase;
import dev.b24kit.store.SchemaMismatch;
import dev.b24kit.store.SchemaTooNew;
import dev.b24kit.store.StoreException;
import dev.b24kit.store.StoreFailure;
import dev.b24kit.store.StoreUnavailable;

/**
 * Brings a database to this build's schema with Flyway. Migrations live in {@code common/} when the
 * SQL is the same on both databases, and in {@code sqlite/} and {@code postgresql/} (one file each,
 * same version) where it is not; a version is in one place or the other, never both.
 */
final class Migrations {

    /** Where the migrations are, below the class path root. */
    static final String ROOT = "dev/b24kit/store/migration";
    /** b24kit's own history table, so that it cannot be mistaken for another application's. */
    static final String HISTORY_TABLE = "b24kit_schema_history";

    private Migrations() {
    }

    /** The folders Flyway reads for {@code backend}: {@code common} and the backend's own. */
    static String[] locations(Backend backend) {
        return new String[] {"classpath:" + ROOT + "/common", "classpath:" + ROOT + "/" + backend.name().toLowerCase(Locale.ROOT)};
    }

    /**
     * Migrates, after refusing a database that a newer build migrated (Flyway would ignore the versions
     * it does not know) or whose applied migrations differ from this build's.
     */
    static void apply(DataSource dataSource, Backend backend, String location) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(backend))
                .table(HISTORY_TABLE)
                .loggers("slf4j") // never the console: stdout may carry a protocol
                .failOnMissingLocations(true)
                .load();
        try {
            refuseNewer(flyway.info().all(), location);
            flyway.migrate();
        } catch (FlywayValidateException e) {
            throw new SchemaMismatch("the schema of the store at " + location + " does not match this build's migrations; "
                    + "a different build of b24kit migrated it. Nothing was migrated: open it with that build, or give "
                    + "--db (or B24KIT_DB) a new location. Flyway said: " + e.getMessage(), location, e);
        } catch (FlywayException e) {
            throw translate(e, location);
        }
    }

    private static void refuseNewer(MigrationInfo[] migrations, String location) {
        Optional<MigrationInfo> newest = Arrays.stream(migrations)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (newest.isPresent()) {
            String known = Arrays.stream(migrations).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                    .reduce((first, second) -> second).map(m -> m.getVersion().getVersion()).orElse("none");
            throw new SchemaTooNew(newest.get().getVersion().getVersion(), known, location);
        }
    }

    private static StoreException translate(FlywayException e, String location) {
        if (e.getErrorCode() == CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
            return new NotAStoreDatabase("the database at " + location + " holds tables but no b24kit schema history ("
                    + HISTORY_TABLE + "): it belongs to something else. Nothing was changed; give --db (or B24KIT_DB) a new "
                    + "SQLite file, an empty database, or a PostgreSQL schema of its own (currentSchema=b24kit)", location, e);
        }
        if (e.getErrorCode() == CoreErrorCode.DB_CONNECTION) {
            return new StoreUnavailable("cannot connect to the store at " + location + " to migrate it (" + e.getMessage()
                    + "); check that the database runs and is reachable", location, e);
        }
        return new StoreFailure("migrating the store at " + location + " failed: " + e.getMessage(), location, e);
    }
}
