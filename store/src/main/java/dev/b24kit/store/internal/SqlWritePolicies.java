package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.policy.WritePolicies;
import dev.b24kit.store.policy.WritePolicy;

/** Write policies in table {@code write_policy}, one row per portal. */
record SqlWritePolicies(SqlAccess access, Stamps stamps) implements WritePolicies {

    @Override
    public WritePolicy seen(String portal) {
        String origin = Arguments.origin(portal);
        Instant now = stamps.now();
        return access.write(connection -> {
            Sql.update(connection, "INSERT INTO write_policy (portal, mode, mode_since, first_seen) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (portal) DO NOTHING", origin, WriteMode.OBSERVE, now, now);
            return byPortal(connection, origin).orElseThrow();
        });
    }

    @Override
    public Optional<WritePolicy> find(String portal) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> byPortal(connection, origin));
    }

    @Override
    public WritePolicy set(String portal, WriteMode mode) {
        String origin = Arguments.origin(portal);
        Arguments.present("mode", mode);
        Instant now = stamps.now();
        return access.write(connection -> {
            Sql.update(connection, "INSERT INTO write_policy (portal, mode, mode_since, first_seen) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (portal) DO UPDATE SET mode = excluded.mode, mode_since = CASE"
                    + " WHEN write_policy.mode = excluded.mode THEN write_policy.mode_since ELSE excluded.mode_since END",
                    origin, mode, now, now);
            return byPortal(connection, origin).orElseThrow();
        });
    }

    private static Optional<WritePolicy> byPortal(Connection connection, String portal) throws SQLException {
        return Sql.one(connection, "SELECT portal, mode, mode_since, first_seen FROM write_policy WHERE portal = ?",
                SqlWritePolicies::policy, portal);
    }

    private static WritePolicy policy(ResultSet row) throws SQLException {
        return new WritePolicy(row.getString("portal"), WriteMode.valueOf(row.getString("mode")),
                Sql.instant(row, "mode_since"), Sql.instant(row, "first_seen"));
    }
}
