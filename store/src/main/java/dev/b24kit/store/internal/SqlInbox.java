package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Inbox;
import dev.b24kit.store.changes.PendingRecord;
import dev.b24kit.store.changes.Signal;

/** The inbox in table {@code change_inbox}: one row per record with pending signals. */
record SqlInbox(SqlAccess access, Stamps stamps) implements Inbox {

    private static final String COLUMNS = "portal, entity, record_id, event, source, signals, generation, first_at, last_at";

    @Override
    public void add(List<Signal> signals) {
        Arguments.present("signals", signals);
        if (signals.isEmpty()) {
            return;
        }
        Instant now = stamps.now();
        List<Object[]> rows = new ArrayList<>(signals.size());
        for (Signal s : signals) {
            rows.add(new Object[] {s.portal(), s.entity(), s.recordId(), s.event(), s.source(), now, now});
        }
        access.write(connection -> {
            Sql.batch(connection, "INSERT INTO change_inbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?)"
                    + " ON CONFLICT (portal, entity, record_id) DO UPDATE SET signals = change_inbox.signals + 1,"
                    + " generation = change_inbox.generation + 1, event = excluded.event, last_at = excluded.last_at", rows);
            return null;
        });
    }

    @Override
    public List<PendingRecord> claim(String portal, String holder, int limit, Duration lease) {
        String origin = Arguments.origin(portal);
        Arguments.text("holder", holder);
        Instant now = stamps.now();
        Instant until = now.plus(lease);
        return access.write(connection -> {
            String lock = Sql.postgres(connection) ? " FOR UPDATE SKIP LOCKED" : "";
            List<PendingRecord> claimed = Sql.list(connection, "SELECT " + COLUMNS + " FROM change_inbox WHERE portal = ?"
                    + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY first_at, record_id LIMIT ?" + lock,
                    SqlInbox::pending, origin, now, limit);
            List<Object[]> rows = new ArrayList<>(claimed.size());
            for (PendingRecord p : claimed) {
                rows.add(new Object[] {holder, until, p.portal(), p.entity(), p.recordId()});
            }
            if (!rows.isEmpty()) {
                Sql.batch(connection, "UPDATE change_inbox SET claimed_by = ?, claimed_until = ?"
                        + " WHERE portal = ? AND entity = ? AND record_id = ?", rows);
            }
            return claimed;
        });
    }

    @Override
    public boolean done(PendingRecord claimed, String holder) {
        return access.write(connection -> {
            int removed = Sql.update(connection, "DELETE FROM change_inbox WHERE portal = ? AND entity = ? AND record_id = ?"
                    + " AND generation = ?", claimed.portal(), claimed.entity(), claimed.recordId(), claimed.generation());
            if (removed == 0) {
                // what the claim read is handled: the signals still waiting all came after its last one
                Sql.update(connection, "UPDATE change_inbox SET claimed_by = NULL, claimed_until = NULL,"
                        + " first_at = CASE WHEN first_at < ? THEN ? ELSE first_at END"
                        + " WHERE portal = ? AND entity = ? AND record_id = ? AND claimed_by = ?",
                        claimed.lastAt(), claimed.lastAt(), claimed.portal(), claimed.entity(), claimed.recordId(), holder);
            }
            return removed == 1;
        });
    }

    @Override
    public int release(String portal, String holder) {
        String origin = Arguments.origin(portal);
        Arguments.text("holder", holder);
        // its refetch workers claim as holder/1, holder/2…
        return access.write(connection -> Sql.update(connection, "UPDATE change_inbox SET claimed_by = NULL, claimed_until = NULL"
                + " WHERE portal = ? AND (claimed_by = ? OR substr(claimed_by, 1, ?) = ?)",
                origin, holder, holder.length() + 1, holder + "/"));
    }

    @Override
    public long pending(String portal) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.one(connection, "SELECT COUNT(*) AS n FROM change_inbox WHERE portal = ?",
                row -> row.getLong("n"), origin).orElse(0L));
    }

    @Override
    public Optional<Instant> oldestPending(String portal) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.one(connection, "SELECT MIN(first_at) AS t FROM change_inbox WHERE portal = ?",
                row -> Optional.ofNullable(Sql.instant(row, "t")), origin).flatMap(t -> t));
    }

    private static PendingRecord pending(ResultSet row) throws SQLException {
        return new PendingRecord(row.getString("portal"), row.getString("entity"), row.getLong("record_id"),
                row.getString("event"), ChangeSource.valueOf(row.getString("source")), row.getInt("signals"),
                row.getLong("generation"), Sql.instant(row, "first_at"), Sql.instant(row, "last_at"));
    }

}
