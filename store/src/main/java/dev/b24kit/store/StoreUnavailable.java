package dev.b24kit.store;

/**
 * The database cannot be reached or opened: PostgreSQL is down, refuses the credentials or has no such
 * database; the SQLite file or its folder cannot be created or written; or another process held the
 * SQLite write lock past the busy timeout; or the connection to PostgreSQL broke during a call, which
 * was then rolled back, unless it broke during the commit, when the call may have taken effect. Fix the
 * cause and try again.
 */
public final class StoreUnavailable extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, String location, Throwable cause) {
        super(message, location, cause);
    }
}
