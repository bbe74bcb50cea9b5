package dev.b24kit.store.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.b24kit.store.changes.Cursors;
import dev.b24kit.store.changes.Leases;

/** Cursors in table {@code change_cursor} and leases in {@code change_lease}: small named rows per portal. */
record SqlCursors(SqlAccess access, Stamps stamps) implements Cursors, Leases {

    @Override
    public Optional<String> get(String portal, String name) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.one(connection, "SELECT value FROM change_cursor WHERE portal = ? AND name = ?",
                row -> row.getString("value"), origin, name));
    }

    @Override
    public void set(String portal, String name, String value) {
        String origin = Arguments.origin(portal);
        Arguments.text("name", name);
        Arguments.present("value", value);
        access.write(connection -> Sql.update(connection, "INSERT INTO change_cursor (portal, name, value, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (portal, name) DO UPDATE SET value = excluded.value,"
                + " updated_at = excluded.updated_at", origin, name, value, stamps.now()));
    }

    @Override
    public boolean acquire(String portal, String name, String holder, Duration ttl) {
        String origin = Arguments.origin(portal);
        Arguments.text("holder", holder);
        Instant now = stamps.now();
        return access.write(connection -> {
            Sql.update(connection, "INSERT INTO change_lease (portal, name, holder, expires_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (portal, name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at"
                    + " WHERE change_lease.holder = excluded.holder OR change_lease.expires_at < ?",
                    origin, name, holder, now.plus(ttl), now);
            return Sql.one(connection, "SELECT holder FROM change_lease WHERE portal = ? AND name = ?",
                    row -> row.getString("holder"), origin, name).map(holder::equals).orElse(false);
        });
    }

    @Override
    public void release(String portal, String name, String holder) {
        String origin = Arguments.origin(portal);
        access.write(connection -> Sql.update(connection, "DELETE FROM change_lease WHERE portal = ? AND name = ?"
                + " AND holder = ?", origin, name, holder));
    }
}
