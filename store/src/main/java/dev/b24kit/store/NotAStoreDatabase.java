package dev.b24kit.store;

/**
 * The location holds something that is not a b24kit store: a file that is not a SQLite database, or a
 * database (schema) that holds other tables but no b24kit schema history. Nothing was changed; point
 * the store at a new file, an empty database, or a schema of its own.
 */
public final class NotAStoreDatabase extends StoreException {

    private static final long serialVersionUID = 1L;

    public NotAStoreDatabase(String message, String location, Throwable cause) {
        super(message, location, cause);
    }
}
