package dev.b24kit.store;

import dev.b24kit.store.audit.AuditLog;
import dev.b24kit.store.changes.ChangeTables;
import dev.b24kit.store.journal.WriteJournal;
import dev.b24kit.store.policy.WritePolicies;
import dev.b24kit.store.proposals.Proposals;
import dev.b24kit.store.trust.TrustRecords;

/**
 * The store's tables, each behind a small typed interface. A {@link Store} is a session whose every
 * call is its own transaction; the session handed to {@link Store#transaction} runs every call in that
 * one transaction.
 *
 * <p>Thread safety: a {@link Store} is thread-safe; a transaction's session belongs to the thread that
 * runs the transaction, and throws {@link IllegalStateException} once the transaction ended. The accessors never return {@code null}.
 */
public interface Session {

    /** One row per intended write, recorded before the call. */
    WriteJournal journal();

    /** Writes proposed in observe mode, and what a person decided. */
    Proposals proposals();

    /** Who did what and when; append-only. */
    AuditLog audit();

    /** Each portal's write mode (observe or live) and when it was first seen. */
    WritePolicies policies();

    /** Change tracking: the inbox of pending re-fetches, the mirror, the change feed, cursors and leases. */
    ChangeTables changes();

    /** What the trust report counts: journal entries' moves, limit waits, and period queries of the audit log and feed. */
    TrustRecords trust();
}
