package dev.b24kit.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Feed;
import dev.b24kit.store.changes.FeedEntry;

/**
 * The feed in table {@code change_feed}. The next seq is the highest plus one, taken under a lock
 * that lasts until commit (SQLite's one writer; a transaction-scoped advisory lock on PostgreSQL), so
 * seqs commit in order and a reader's "after seq N" never skips a row that commits later.
 */
record SqlFeed(SqlAccess access, Stamps stamps) implements Feed {

    /** The advisory lock key of feed appends on PostgreSQL ("b24feed" in ASCII). */
    private static final long APPEND_LOCK = 0x62323466656564L;
    private static final String COLUMNS = "seq, portal, entity, record_id, kind, source, detected_at, changes";

    @Override
    public FeedEntry append(FeedEntry draft) {
        String origin = Arguments.origin(draft.portal());
        Arguments.text("entity", draft.entity());
        Arguments.present("kind", draft.kind());
        Arguments.present("source", draft.source());
        Arguments.present("changes", draft.changes());
        Instant now = stamps.now();
        return access.write(connection -> {
            if (Sql.postgres(connection)) {
                Sql.one(connection, "SELECT pg_advisory_xact_lock(?) IS NULL AS locked", row -> true, APPEND_LOCK);
            }
            long seq = Sql.one(connection, "SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM change_feed",
                    row -> row.getLong("next")).orElse(1L);
            Sql.update(connection, "INSERT INTO change_feed (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", seq, origin,
                    draft.entity(), draft.recordId(), draft.kind(), draft.source(), now, draft.changes());
            return new FeedEntry(seq, origin, draft.entity(), draft.recordId(), draft.kind(), draft.source(), now,
                    draft.changes());
        });
    }

    @Override
    public List<FeedEntry> after(long afterSeq, int limit) {
        return access.read(connection -> Sql.list(connection, "SELECT " + COLUMNS + " FROM change_feed WHERE seq > ?"
                + " ORDER BY seq LIMIT ?", SqlFeed::entry, afterSeq, limit));
    }

    @Override
    public long last() {
        return access.read(connection -> Sql.one(connection, "SELECT COALESCE(MAX(seq), 0) AS last FROM change_feed",
                row -> row.getLong("last")).orElse(0L));
    }

    static FeedEntry entry(ResultSet row) throws SQLException {
        return new FeedEntry(row.getLong("seq"), row.getString("portal"), row.getString("entity"), row.getLong("record_id"),
                ChangeKind.valueOf(row.getString("kind")), ChangeSource.valueOf(row.getString("source")),
                Sql.instant(row, "detected_at"), row.getString("changes"));
    }
}
