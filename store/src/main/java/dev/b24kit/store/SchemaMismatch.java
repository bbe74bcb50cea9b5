package dev.b24kit.store;

/**
 * A migration recorded in the database differs from this build's (its checksum, name or type), or one
 * this build does not know sits between known ones: the database was migrated by a different build.
 * Nothing was migrated; open it with the build that migrated it.
 */
public final class SchemaMismatch extends StoreException {

    private static final long serialVersionUID = 1L;

    public SchemaMismatch(String message, String location, Throwable cause) {
        super(message, location, cause);
    }
}
