package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

import dev.b24kit.store.Backend;
import dev.b24kit.store.StoreUnavailable;

/**
 * PostgreSQL behind a HikariCP pool. Each write is one {@code READ COMMITTED} transaction on a
 * connection of its own; concurrent writers are the database's business (unique keys and
 * {@code ON CONFLICT}, optimistic state checks), so several processes may share one store.
 */
final class PostgresDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final int POOL_SIZE = 8;
    private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource pool;
    private final Failures failures;

    private PostgresDatabase(HikariDataSource pool, Failures failures) {
        this.pool = pool;
        this.failures = failures;
    }

    static PostgresDatabase open(Location.Postgres server) {
        Failures failures = new Failures(Backend.POSTGRESQL, server.redacted());
        HikariConfig config = new HikariConfig();
        config.setPoolName("b24kit-store");
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setInitializationFailTimeout(1); // try once, now: an unreachable server fails open(), not a later call
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw unreachable(e, failures);
        }
        try {
            Migrations.apply(pool, Backend.POSTGRESQL, server.redacted());
            PostgresDatabase database = new PostgresDatabase(pool, failures);
            database.warnIfCommitsAreNotDurable();
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = connection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failures.of(e);
        }
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failures.of(e);
        }
    }

    @Override
    public Backend backend() {
        return Backend.POSTGRESQL;
    }

    @Override
    public Failures failures() {
        return failures;
    }

    @Override
    public void close() {
        pool.close();
    }

    private Connection connection() throws SQLException {
        if (pool.isClosed()) {
            throw new IllegalStateException("the store at " + failures.location() + " is closed");
        }
        return pool.getConnection();
    }

    /** With {@code synchronous_commit=off} a server crash may lose commits the store already acknowledged. */
    private void warnIfCommitsAreNotDurable() {
        String setting = read(connection -> {
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SHOW synchronous_commit")) {
                return rows.next() ? rows.getString(1) : "";
            }
        });
        if (setting.equalsIgnoreCase("off")) {
            LOG.warn("store: PostgreSQL at {} has synchronous_commit=off; a server crash may lose acknowledged writes."
                    + " Set it to on for this database (ALTER DATABASE ... SET synchronous_commit = on)", failures.location());
        } else {
            LOG.info("store: PostgreSQL at {} (synchronous_commit={})", failures.location(), setting);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Wrong credentials and a missing database say so; anything else is a server that cannot be reached. */
    private static RuntimeException unreachable(HikariPool.PoolInitializationException e, Failures failures) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof SQLException sql && sql.getSQLState() != null && !sql.getSQLState().startsWith("08")
                && failures.of(sql) instanceof StoreUnavailable refused) {
            return refused;
        }
        return new StoreUnavailable("cannot connect to PostgreSQL at " + failures.location() + " (" + cause.getMessage()
                + "); check that the server runs and that --db (or B24KIT_DB) names it", failures.location(), e);
    }
}
