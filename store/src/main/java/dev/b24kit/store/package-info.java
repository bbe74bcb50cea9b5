/**
 * Everything b24kit keeps between calls and across restarts: the write journal, proposals made in
 * observe mode, the append-only audit log and each portal's write policy, and the tables of change tracking
 * (inbox, mirror, feed, cursors, leases). {@link dev.b24kit.store.Store#open(String)} is the entry point: a file
 * path or {@code jdbc:sqlite:} URL opens SQLite (WAL, {@code synchronous=FULL}, one writer), a
 * {@code jdbc:postgresql:} URL opens PostgreSQL through a small connection pool. Both get the same
 * schema from the same Flyway migrations. No SQL leaves this module: callers pass and receive records.
 * Errors are unchecked and rooted in {@link dev.b24kit.store.StoreException}.
 */
package dev.b24kit.store;
