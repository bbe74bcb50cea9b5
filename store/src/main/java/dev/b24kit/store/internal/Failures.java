package dev.b24kit.store.internal;

import java.sql.SQLException;

import dev.b24kit.store.Backend;
import dev.b24kit.store.NotAStoreDatabase;
import dev.b24kit.store.StoreException;
import dev.b24kit.store.StoreFailure;
import dev.b24kit.store.StoreUnavailable;

/** Turns a {@link SQLException} into the store's exception that says what to do. */
record Failures(Backend backend, String location) {

    // SQLite primary result codes (https://sqlite.org/rescode.html)
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    StoreException of(SQLException failure) {
        return backend == Backend.SQLITE ? sqlite(failure) : postgres(failure);
    }

    private StoreException sqlite(SQLException failure) {
        String what = failure.getMessage();
        return switch (failure.getErrorCode() & 0xFF) {
            case SQLITE_NOTADB -> new NotAStoreDatabase(location + " is not a SQLite database (" + what + "). Nothing was "
                    + "changed; give --db (or B24KIT_DB) the path of a b24kit store, or of a file that does not exist yet",
                    location, failure);
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY -> new StoreUnavailable("cannot open or write the store at "
                    + location + " (" + what + "); check that the file and its folder exist and are writable by this "
                    + "user, or give --db (or B24KIT_DB) another path", location, failure);
            case SQLITE_BUSY -> new StoreUnavailable("another process held the store at " + location + " locked for longer"
                    + " than the busy timeout (" + what + "); the transaction was rolled back: try again, or stop the "
                    + "other process", location, failure);
            default -> failed(failure);
        };
    }

    private StoreException postgres(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
            return new StoreUnavailable("lost or could not get a connection to PostgreSQL at " + location + " ("
                    + failure.getMessage() + "); check that the server runs and is reachable. The transaction was rolled"
                    + " back, unless the connection broke during its commit, when it may have committed", location, failure);
        }
        if (state.startsWith("28")) {
            return new StoreUnavailable("PostgreSQL at " + location + " refused the credentials (" + failure.getMessage()
                    + "); check the user and password in --db (or B24KIT_DB)", location, failure);
        }
        if (state.equals("3D000")) {
            return new StoreUnavailable("PostgreSQL at " + location + " has no such database (" + failure.getMessage()
                    + "); create it (CREATE DATABASE) or name an existing one", location, failure);
        }
        return failed(failure);
    }

    private StoreFailure failed(SQLException failure) {
        String state = failure.getSQLState() == null ? "" : " [SQLState " + failure.getSQLState() + "]";
        return new StoreFailure("a statement failed on the store at " + location + ": " + failure.getMessage() + state
                + "; the transaction was rolled back", location, failure);
    }
}
