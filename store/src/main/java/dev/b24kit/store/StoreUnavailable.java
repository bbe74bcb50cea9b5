package dev.b24kit.store;

/**
 * The database cannot be reached or opened: PostgreSQL is down or refuses the credentials, or the SQLite file or its folder cannot be created or written. Nothing was changed; fix the cause and try again.
 */
public final class StoreUnavailable extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, String location, Throwable cause) {
        super(message, location, cause);
    }
}
