package dev.b24kit.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import dev.b24kit.store.Backend;
import dev.b24kit.store.InvalidLocation;
import dev.b24kit.store.StoreUnavailable;

/**
 * SQLite behind one connection that every call takes in turn: the one writer. Write transactions
 * start with {@code BEGIN IMMEDIATE}, so a write lock held by another process is waited for (up to the
 * busy timeout) before anything is read, never discovered halfway through. {@code synchronous=FULL}
 * syncs the WAL on every commit, so an acknowledged write survives a power loss, not only a crash.
 */
final class SqliteDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteDatabase.class);
    /** How long to wait for another process's write lock. */
    static final int BUSY_TIMEOUT_MILLIS = 30_000;
    /** {@code PRAGMA synchronous} answers a number. */
    private static final String[] SYNCHRONOUS_NAMES = {"OFF", "NORMAL", "FULL", "EXTRA"};

    private final ReentrantLock writer = new ReentrantLock();
    private final Connection connection;
    private final Failures failures;
    private boolean closed;

    private SqliteDatabase(Connection connection, Failures failures) {
        this.connection = connection;
        this.failures = failures;
    }

    static SqliteDatabase open(Location.SqliteFile file) {
        Failures failures = new Failures(Backend.SQLITE, file.redacted());
        Path path = file.path();
        createFolder(path, file.redacted());
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        String url = "jdbc:sqlite:" + path;
        Connection connection;
        try {
            connection = config.createConnection(url);
        } catch (SQLException e) {
            throw failures.of(e);
        }
        try {
            String journalMode = pragma(connection, "journal_mode");
            SQLiteDataSource migrating = new SQLiteDataSource(config);
            migrating.setUrl(url);
            Migrations.apply(migrating, Backend.SQLITE, file.redacted());
            LOG.info("store: SQLite at {} (journal_mode={}, synchronous={})", path, journalMode,
                    SYNCHRONOUS_NAMES[Integer.parseInt(pragma(connection, "synchronous")) & 3]);
            return new SqliteDatabase(connection, failures);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failures.of(e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        writer.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw failures.of(e);
        } finally {
            writer.unlock();
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        writer.lock();
        try {
            ensureOpen();
            execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run(connection);
                execute("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw failures.of(e);
        } finally {
            writer.unlock();
        }
    }

    @Override
    public Backend backend() {
        return Backend.SQLITE;
    }

    @Override
    public Failures failures() {
        return failures;
    }

    @Override
    public void close() {
        writer.lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(connection);
            }
        } finally {
            writer.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store at " + failures.location() + " is closed");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Ends the transaction; a failed COMMIT may have ended it already, which the suppressed error then says. */
    private void rollback(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static void createFolder(Path path, String location) {
        if (Files.isDirectory(path)) {
            throw new InvalidLocation("the store location '" + location + "' is a folder; give the path of a file in it,"
                    + " such as " + path.resolve("b24kit.db"), location, null);
        }
        try {
            Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new StoreUnavailable("cannot create the folder " + path.getParent() + " for the store (" + e
                    + "); create it, or give --db (or B24KIT_DB) a path in a writable folder", location, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the SQLite connection failed: {}", e.getMessage());
        }
    }
}
