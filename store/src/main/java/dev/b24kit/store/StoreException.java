package dev.b24kit.store;

/**
 * The root of every error the store throws. Unchecked. Each carries the store's location without
 * passwords, and a message that says what to do. Messages never contain a password.
 *
 * <ul>
 *   <li>{@link InvalidLocation}: the location is neither a file path nor a supported JDBC URL.</li>
 *   <li>{@link StoreUnavailable}: the database cannot be reached or opened (server down, wrong
 *       credentials, a folder that cannot be written).</li>
 *   <li>{@link NotAStoreDatabase}: the location holds something else (a file that is not SQLite, a
 *       database whose tables are not b24kit's).</li>
 *   <li>{@link SchemaMismatch}: a migration applied to the database differs from this build's.</li>
 *   <li>{@link SchemaTooNew}: a newer b24kit migrated the database.</li>
 *   <li>{@link StoreFailure}: a statement failed while the store was in use.</li>
 * </ul>
 */
public abstract sealed class StoreException extends RuntimeException
        permits InvalidLocation, StoreUnavailable, NotAStoreDatabase, SchemaMismatch, SchemaTooNew, StoreFailure {

    private static final long serialVersionUID = 1L;

    private final String location;

    StoreException(String message, String location, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    /** The store's location, passwords replaced by {@code ****}. */
    public String location() {
        return location;
    }
}
