package dev.b24kit.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.journal.JournalState;
import dev.b24kit.store.trust.JournalStep;
import dev.b24kit.store.trust.LimitWaits;
import dev.b24kit.store.trust.TrustRecords;

/** {@link TrustRecords} over {@code write_journal_step}, {@code limit_wait}, {@code audit_log} and {@code change_feed}. */
record SqlTrustRecords(SqlAccess access, Stamps stamps) implements TrustRecords {

    @Override
    public void limitWait(String portal, String method, String reason, Duration waited) {
        String origin = Arguments.origin(portal);
        Arguments.text("method", method);
        Arguments.text("reason", reason);
        if (waited.isNegative()) {
            throw new IllegalArgumentException("waited must not be negative, got " + waited);
        }
        Instant now = stamps.now();
        String day = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        access.write(connection -> Sql.update(connection, "INSERT INTO limit_wait"
                        + " (portal, day, method, reason, waits, waited_ms, first_at, last_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)"
                        + " ON CONFLICT (portal, day, method, reason) DO UPDATE SET waits = limit_wait.waits + 1,"
                        + " waited_ms = limit_wait.waited_ms + excluded.waited_ms, last_at = excluded.last_at",
                origin, day, method, reason, waited.toMillis(), now, now));
    }

    @Override
    public List<LimitWaits> limitWaits(String portal, Instant from, Instant to) {
        Period period = Period.of(portal, from, to);
        String first = LocalDate.ofInstant(period.from, ZoneOffset.UTC).toString();
        String last = LocalDate.ofInstant(period.to.minusMillis(1), ZoneOffset.UTC).toString();
        return access.read(connection -> Sql.list(connection, "SELECT portal, day, method, reason, waits, waited_ms,"
                        + " first_at, last_at FROM limit_wait WHERE day >= ? AND day <= ?" + period.portalClause("portal")
                        + " ORDER BY day, method, reason", SqlTrustRecords::waits,
                period.arguments(first, last)));
    }

    @Override
    public List<JournalStep> journalSteps(String portal, Instant from, Instant to) {
        Period period = Period.of(portal, from, to);
        return access.read(connection -> Sql.list(connection, "SELECT s.id, s.journal_id, s.portal, j.entity, j.record_id,"
                        + " s.from_state, s.to_state, s.at, j.receipt, EXISTS (SELECT 1 FROM write_journal_step p"
                        + " WHERE p.journal_id = s.journal_id AND p.to_state = 'UNKNOWN'"
                        + " AND (p.at < s.at OR (p.at = s.at AND p.id < s.id))) AS after_unknown"
                        + " FROM write_journal_step s JOIN write_journal j ON j.id = s.journal_id"
                        + " WHERE s.at >= ? AND s.at < ?" + period.portalClause("s.portal") + " ORDER BY s.at, s.id",
                SqlTrustRecords::step, period.arguments(period.from, period.to)));
    }

    @Override
    public List<AuditEntry> audit(String portal, Collection<String> actions, Instant from, Instant to) {
        Period period = Period.of(portal, from, to);
        List<String> wanted = List.copyOf(actions);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", wanted.stream().map(a -> "?").toList());
        List<Object> arguments = new ArrayList<>(List.of(period.arguments(period.from, period.to)));
        arguments.addAll(wanted);
        return access.read(connection -> Sql.list(connection, "SELECT id, at, portal, actor, action, proposal_id, journal_id,"
                        + " detail FROM audit_log WHERE at >= ? AND at < ?" + period.portalClause("portal")
                        + " AND action IN (" + marks + ") ORDER BY at, id", SqlTrustRecords::auditEntry,
                arguments.toArray()));
    }

    @Override
    public List<FeedEntry> recovered(String portal, Instant from, Instant to) {
        Period period = Period.of(portal, from, to);
        return access.read(connection -> Sql.list(connection, "SELECT seq, portal, entity, record_id, kind, source,"
                        + " detected_at, changes FROM change_feed WHERE detected_at >= ? AND detected_at < ?"
                        + period.portalClause("portal") + " AND source IN ('RECONCILE', 'SWEEP') ORDER BY seq",
                SqlFeed::entry, period.arguments(period.from, period.to)));
    }

    /** Appends a journal entry's move; called inside the transition's own transaction. */
    static void step(java.sql.Connection connection, Stamps stamps, String journalId, JournalState from, JournalState to,
                     Instant at) throws SQLException {
        Sql.update(connection, "INSERT INTO write_journal_step (id, journal_id, portal, from_state, to_state, at)"
                + " SELECT ?, id, portal, ?, ?, ? FROM write_journal WHERE id = ?", stamps.id(), from, to, at, journalId);
    }

    /** A period and an optional portal, checked; {@code portal} null means every portal. */
    private record Period(String portal, Instant from, Instant to) {

        static Period of(String portal, Instant from, Instant to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("the period's start " + from + " must be before its end " + to);
            }
            return new Period(portal == null ? null : Arguments.origin(portal), from, to);
        }

        String portalClause(String column) {
            return portal == null ? "" : " AND " + column + " = ?";
        }

        Object[] arguments(Object first, Object second) {
            return portal == null ? new Object[] {first, second} : new Object[] {first, second, portal};
        }
    }

    private static LimitWaits waits(ResultSet row) throws SQLException {
        return new LimitWaits(row.getString("portal"), LocalDate.parse(row.getString("day")), row.getString("method"),
                row.getString("reason"), row.getLong("waits"), Duration.ofMillis(row.getLong("waited_ms")),
                Sql.instant(row, "first_at"), Sql.instant(row, "last_at"));
    }

    private static JournalStep step(ResultSet row) throws SQLException {
        return new JournalStep(row.getString("id"), row.getString("journal_id"), row.getString("portal"),
                row.getString("entity"), row.getString("record_id"), JournalState.valueOf(row.getString("from_state")),
                JournalState.valueOf(row.getString("to_state")), Sql.instant(row, "at"), row.getBoolean("after_unknown"),
                row.getString("receipt"));
    }

    private static AuditEntry auditEntry(ResultSet row) throws SQLException {
        return new AuditEntry(row.getString("id"), Sql.instant(row, "at"), new AuditEvent(row.getString("portal"),
                row.getString("actor"), row.getString("action"), row.getString("proposal_id"), row.getString("journal_id"),
                row.getString("detail")));
    }
}
