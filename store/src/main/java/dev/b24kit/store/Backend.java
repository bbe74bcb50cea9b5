package dev.b24kit.store;

/** The database a {@link Store} runs on, chosen by its location. */
public enum Backend {

    /** A local file: one writer, WAL, {@code synchronous=FULL}. The default. */
    SQLITE,
    /** A server reached by {@code jdbc:postgresql:} URL through a connection pool; for several processes. */
    POSTGRESQL
}
