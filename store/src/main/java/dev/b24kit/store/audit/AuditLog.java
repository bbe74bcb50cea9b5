package dev.b24kit.store.audit;

import java.util.List;

/**
 * Who did what and when. Append-only: there is no way to change or remove an entry through the store,
 * and the database itself refuses {@code UPDATE} and {@code DELETE} on the table (a trigger on SQLite
 * and on PostgreSQL, which also refuses {@code TRUNCATE}).
 *
 * <p>Thread-safe. Arguments must not be {@code null}; results are never {@code null}. Failures are
 * {@link dev.b24kit.store.StoreException}s.
 */
public interface AuditLog {

    /** Appends the event, stamped with the store's clock. */
    AuditEntry append(AuditEvent event);

    /** The entries about a proposal, oldest first. */
    List<AuditEntry> forProposal(String proposalId);

    /** The entries about a journal entry, oldest first. */
    List<AuditEntry> forJournal(String journalId);

    /**
     * The portal's latest entries, newest first.
     *
     * @param limit at most this many; positive
     */
    List<AuditEntry> recent(String portal, int limit);
}
