package dev.b24kit.store;

/**
 * A newer b24kit migrated the database: it holds schema versions this build does not know, and
 * writing with an older build could lose what the newer one keeps. Nothing was changed; upgrade b24kit.
 */
public final class SchemaTooNew extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String databaseVersion;
    private final String knownVersion;

    public SchemaTooNew(String databaseVersion, String knownVersion, String location) {
        super("the store at " + location + " has schema version " + databaseVersion
                + ", newer than this build knows (" + knownVersion + "): a newer b24kit migrated it; upgrade b24kit"
                + " to open it, or give --db / B24KIT_DB another location", location, null);
        this.databaseVersion = databaseVersion;
        this.knownVersion = knownVersion;
    }

    /** The newest schema version applied to the database. */
    public String databaseVersion() {
        return databaseVersion;
    }

    /** The newest schema version this build has migrations for. */
    public String knownVersion() {
        return knownVersion;
    }
}
