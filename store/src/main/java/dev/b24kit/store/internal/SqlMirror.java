package dev.b24kit.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.b24kit.store.changes.Mirror;
import dev.b24kit.store.changes.MirrorRecord;

/** The mirror in table {@code change_mirror}. */
record SqlMirror(SqlAccess access, Stamps stamps) implements Mirror {

    private static final String COLUMNS = "portal, entity, record_id, fields, labels, modified, updated_at";

    @Override
    public Optional<MirrorRecord> find(String portal, String entity, long recordId) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.one(connection, "SELECT " + COLUMNS + " FROM change_mirror"
                + " WHERE portal = ? AND entity = ? AND record_id = ?", SqlMirror::record, origin, entity, recordId));
    }

    @Override
    public void lock(String portal, String entity, long recordId) {
        String origin = Arguments.origin(portal);
        Arguments.text("entity", entity);
        access.write(connection -> {
            if (Sql.postgres(connection)) {
                // a 64-bit hash of the record's key; a collision only makes two records wait for each other
                Sql.one(connection, "SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) IS NULL AS locked", row -> true,
                        "b24kit mirror " + origin + " " + entity + " " + recordId);
            }
            return null;
        });
    }

    @Override
    public void put(MirrorRecord record) {
        String origin = Arguments.origin(record.portal());
        Arguments.text("entity", record.entity());
        Arguments.present("fields", record.fields());
        Arguments.present("labels", record.labels());
        access.write(connection -> Sql.update(connection, "INSERT INTO change_mirror (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (portal, entity, record_id) DO UPDATE SET"
                + " fields = excluded.fields, labels = excluded.labels, modified = excluded.modified,"
                + " updated_at = excluded.updated_at", origin, record.entity(), record.recordId(), record.fields(),
                record.labels(), record.modified(), stamps.now()));
    }

    @Override
    public boolean remove(String portal, String entity, long recordId) {
        String origin = Arguments.origin(portal);
        return access.write(connection -> Sql.update(connection, "DELETE FROM change_mirror"
                + " WHERE portal = ? AND entity = ? AND record_id = ?", origin, entity, recordId) == 1);
    }

    @Override
    public List<MirrorRecord> list(String portal, String entity, long afterId, int limit) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.list(connection, "SELECT " + COLUMNS + " FROM change_mirror"
                + " WHERE portal = ? AND entity = ? AND record_id > ? ORDER BY record_id LIMIT ?",
                SqlMirror::record, origin, entity, afterId, limit));
    }

    @Override
    public List<Long> ids(String portal, String entity, long afterId, int limit) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.list(connection, "SELECT record_id FROM change_mirror"
                + " WHERE portal = ? AND entity = ? AND record_id > ? ORDER BY record_id LIMIT ?",
                row -> row.getLong("record_id"), origin, entity, afterId, limit));
    }

    @Override
    public List<String> portals(String entity) {
        return access.read(connection -> Sql.list(connection, "SELECT DISTINCT portal FROM change_mirror"
                + " WHERE entity = ? ORDER BY portal", row -> row.getString("portal"), entity));
    }

    @Override
    public long count(String portal, String entity) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.one(connection, "SELECT COUNT(*) AS n FROM change_mirror"
                + " WHERE portal = ? AND entity = ?", row -> row.getLong("n"), origin, entity).orElse(0L));
    }

    private static MirrorRecord record(ResultSet row) throws SQLException {
        return new MirrorRecord(row.getString("portal"), row.getString("entity"), row.getLong("record_id"),
                row.getString("fields"), row.getString("labels"), row.getString("modified"), Sql.instant(row, "updated_at"));
    }
}
