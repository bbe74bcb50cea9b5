package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.b24kit.store.TransitionResult;
import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.journal.IntentOutcome;
import dev.b24kit.store.journal.JournalEntry;
import dev.b24kit.store.journal.JournalState;
import dev.b24kit.store.journal.WriteJournal;

/** The write journal in table {@code write_journal}. */
record SqlWriteJournal(SqlAccess access, Stamps stamps) implements WriteJournal {

    private static final String COLUMNS = "id, portal, entity, record_id, idempotency_key, content_hash, intended_change,"
            + " state, receipt, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM write_journal ";

    @Override
    public IntentOutcome record(Intent intent) {
        Instant now = stamps.now();
        JournalEntry entry = new JournalEntry(stamps.id(), intent.portal(), intent.entity(), intent.recordId(),
                intent.idempotencyKey(), intent.contentHash(), intent.change(), JournalState.PENDING, null, now, now);
        return access.write(connection -> {
            // DO NOTHING waits for a concurrent insert of the same key to commit, then skips: one of them wins
            int inserted = Sql.update(connection, "INSERT INTO write_journal (" + COLUMNS + ")"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (portal, entity, idempotency_key) DO NOTHING",
                    entry.id(), entry.portal(), entry.entity(), entry.recordId(), entry.idempotencyKey(),
                    entry.contentHash(), entry.change(), entry.state(), entry.receipt(), now, now);
            if (inserted == 1) {
                return new IntentOutcome.Recorded(entry);
            }
            JournalEntry existing = byKey(connection, intent.portal(), intent.entity(), intent.idempotencyKey())
                    .orElseThrow(() -> new IllegalStateException("the insert of journal entry " + entry.id()
                            + " was skipped, but no entry holds its key"));
            return existing.contentHash().equals(entry.contentHash())
                    ? new IntentOutcome.Duplicate(existing)
                    : new IntentOutcome.KeyReused(existing, intent);
        });
    }

    @Override
    public TransitionResult<JournalEntry> transition(String id, JournalState from, JournalState to, String recordId,
                                                     String receipt) {
        if (!from.canBecome(to)) {
            throw new IllegalArgumentException("a journal entry cannot move from " + from + " to " + to);
        }
        Instant now = stamps.now();
        return access.write(connection -> {
            int updated = Sql.update(connection, "UPDATE write_journal SET state = ?, record_id = COALESCE(?, record_id),"
                            + " receipt = COALESCE(?, receipt), updated_at = ? WHERE id = ? AND state = ?",
                    to, recordId, receipt, now, id, from);
            if (updated == 1) {
                SqlTrustRecords.step(connection, stamps, id, from, to, now);
            }
            return Sql.transition(updated, byId(connection, id), id);
        });
    }

    @Override
    public Optional<JournalEntry> find(String id) {
        return access.read(connection -> byId(connection, id));
    }

    @Override
    public Optional<JournalEntry> findByKey(String portal, String entity, String idempotencyKey) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> byKey(connection, origin, entity, idempotencyKey));
    }

    @Override
    public List<JournalEntry> unresolved() {
        // the same predicate as the partial index write_journal_unresolved, so that SQLite uses it
        return access.read(connection -> Sql.list(connection,
                SELECT + "WHERE state IN ('PENDING', 'SENT', 'UNKNOWN') ORDER BY created_at, id", SqlWriteJournal::entry));
    }

    private static Optional<JournalEntry> byId(Connection connection, String id) throws SQLException {
        return Sql.one(connection, SELECT + "WHERE id = ?", SqlWriteJournal::entry, id);
    }

    private static Optional<JournalEntry> byKey(Connection connection, String portal, String entity, String key)
            throws SQLException {
        return Sql.one(connection, SELECT + "WHERE portal = ? AND entity = ? AND idempotency_key = ?",
                SqlWriteJournal::entry, portal, entity, key);
    }

    private static JournalEntry entry(ResultSet row) throws SQLException {
        return new JournalEntry(row.getString("id"), row.getString("portal"), row.getString("entity"),
                row.getString("record_id"), row.getString("idempotency_key"), row.getString("content_hash"),
                row.getString("intended_change"), JournalState.valueOf(row.getString("state")), row.getString("receipt"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
