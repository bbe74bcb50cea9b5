package dev.b24kit.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.audit.AuditLog;

/** The audit log in table {@code audit_log}: inserts and selects only. */
record SqlAuditLog(SqlAccess access, Stamps stamps) implements AuditLog {

    private static final String SELECT = "SELECT id, at, portal, actor, action, proposal_id, journal_id, detail FROM audit_log ";

    @Override
    public AuditEntry append(AuditEvent event) {
        AuditEntry entry = new AuditEntry(stamps.id(), stamps.now(), event);
        return access.write(connection -> {
            Sql.update(connection, "INSERT INTO audit_log (id, at, portal, actor, action, proposal_id, journal_id, detail)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entry.id(), entry.at(), event.portal(), event.actor(),
                    event.action(), event.proposalId(), event.journalId(), event.detail());
            return entry;
        });
    }

    @Override
    public List<AuditEntry> forProposal(String proposalId) {
        return access.read(connection -> Sql.list(connection, SELECT + "WHERE proposal_id = ? ORDER BY at, id",
                SqlAuditLog::entry, proposalId));
    }

    @Override
    public List<AuditEntry> forJournal(String journalId) {
        return access.read(connection -> Sql.list(connection, SELECT + "WHERE journal_id = ? ORDER BY at, id",
                SqlAuditLog::entry, journalId));
    }

    @Override
    public List<AuditEntry> recent(String portal, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.list(connection, SELECT + "WHERE portal = ? ORDER BY at DESC, id DESC LIMIT ?",
                SqlAuditLog::entry, origin, limit));
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        Instant at = Sql.instant(row, "at");
        return new AuditEntry(row.getString("id"), at, new AuditEvent(row.getString("portal"), row.getString("actor"),
                row.getString("action"), row.getString("proposal_id"), row.getString("journal_id"), row.getString("detail")));
    }
}
