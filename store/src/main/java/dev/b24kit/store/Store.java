package dev.b24kit.store;

import java.util.function.Function;

import dev.b24kit.store.internal.SqlStore;

/**
 * The persistence layer: opens (and migrates) the database named by a location and hands out its
 * tables. Every call on a table is one transaction, committed durably before the call returns; use
 * {@link #transaction} to make several calls commit together or not at all.
 *
 * <p>On SQLite all calls of one store run one at a time (one connection, one writer), so no caller
 * ever sees {@code SQLITE_BUSY} from another thread; another process on the same file is waited for.
 * On PostgreSQL calls run in parallel on a pool of connections.
 *
 * <p>Thread-safe. Methods never return {@code null}. Failures are {@link StoreException}s; a call
 * after {@link #close()} throws {@link IllegalStateException}.
 */
public interface Store extends Session, AutoCloseable {

    /** Opens the store at a file path or JDBC URL with the system clock; see {@link #open(StoreConfig)}. */
    static Store open(String location) {
        return open(StoreConfig.of(location));
    }

    /**
     * Opens the store, creating the SQLite file and its folders when absent, and brings its schema up to
     * this build's version.
     *
     * @throws InvalidLocation the location is neither a file path nor a supported JDBC URL
     * @throws StoreUnavailable the database cannot be reached or opened
     * @throws NotAStoreDatabase the file is not SQLite, or the database holds tables but not b24kit's
     * @throws SchemaMismatch an applied migration differs from this build's
     * @throws SchemaTooNew a newer b24kit migrated this database
     */
    static Store open(StoreConfig config) {
        return SqlStore.open(config);
    }

    /**
     * Runs {@code work} in one transaction and commits when it returns; when it throws, rolls back and
     * rethrows. Inside, use only the session it is given: a call on this store's own tables (or a nested
     * {@code transaction}) from the same thread throws {@link IllegalStateException}. On SQLite a call
     * from another thread waits until the transaction ends, so {@code work} must not wait for other
     * threads that use this store.
     */
    <T> T transaction(Function<Session, T> work);

    /** The database this store runs on. */
    Backend backend();

    /** Where the store is, without passwords. */
    String location();

    /** Closes connections; idempotent. */
    @Override
    void close();
}
