package dev.b24kit.store;

/**
 * The location (the {@code --db} value or {@code B24KIT_DB}) is neither a file path nor a {@code
 * jdbc:sqlite:} or {@code jdbc:postgresql:} URL, or names an in-memory database, which would lose
 * every acknowledged write at exit.
 */
public final class InvalidLocation extends StoreException {

    private static final long serialVersionUID = 1L;

    public InvalidLocation(String message, String location, Throwable cause) {
        super(message, location, cause);
    }
}
