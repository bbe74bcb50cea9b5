package dev.b24kit.store.changes;

import java.util.List;
import java.util.Optional;

/**
 * The last known state of every tracked record.
 *
 * <p>Thread-safe. Arguments must not be {@code null} unless stated; results are never {@code null}.
 * Failures are {@link dev.b24kit.store.StoreException}s.
 */
public interface Mirror {

    Optional<MirrorRecord> find(String portal, String entity, long recordId);

    /**
     * Holds the record until the enclosing {@code store.transaction} ends, so that another process's
     * read-compare-write of the same record waits for this one's commit (PostgreSQL: a transaction-scoped
     * advisory lock on the record's key; SQLite's one writer holds every record already). Outside a
     * transaction it holds nothing beyond the call.
     */
    void lock(String portal, String entity, long recordId);

    /** Inserts or replaces the record. */
    void put(MirrorRecord record);

    /** Forgets the record; answers whether it was there. */
    boolean remove(String portal, String entity, long recordId);

    /** Records with an ID above {@code afterId}, by ID, at most {@code limit}. */
    List<MirrorRecord> list(String portal, String entity, long afterId, int limit);

    /** IDs above {@code afterId}, ascending, at most {@code limit}. */
    List<Long> ids(String portal, String entity, long afterId, int limit);

    /** The portals (origins) with records of the entity in the mirror, sorted. */
    List<String> portals(String entity);

    /** How many records of the entity the mirror holds. */
    long count(String portal, String entity);
}
