package dev.b24kit.store;

/**
 * A statement failed while the store was in use (a constraint the schema enforces, a full disk, an I/O
 * error). The transaction was rolled back.
 */
public final class StoreFailure extends StoreException {

    private static final long serialVersionUID = 1L;

    public StoreFailure(String message, String location, Throwable cause) {
        super(message, location, cause);
    }
}
