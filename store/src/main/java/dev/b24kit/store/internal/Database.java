package dev.b24kit.store.internal;

import dev.b24kit.store.Backend;

/** An open, migrated database: SQLite behind one connection, or PostgreSQL behind a pool. Thread-safe. */
interface Database extends SqlAccess, AutoCloseable {

    Backend backend();

    /** Translates this database's {@link java.sql.SQLException}s; knows the location, without passwords. */
    Failures failures();

    /** Idempotent; afterwards every call throws {@link IllegalStateException}. */
    @Override
    void close();
}
