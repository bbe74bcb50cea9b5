package dev.b24kit.changes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.MirrorRecord;

/**
 * What a multi-process test checks, read from outside the processes: the portal's deals, the store's
 * mirror, and (by plain SQL, since the store's API does not expose them) claims and the lease holder.
 */
final class Witness {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Store store;
    private final Bitrix24Client client;
    private final String jdbcUrl;
    private final String origin;

    Witness(Store store, Bitrix24Client client, String location, String origin) {
        this.store = store;
        this.client = client;
        this.jdbcUrl = location.startsWith("jdbc:") ? location : "jdbc:sqlite:" + location;
        this.origin = origin;
    }

    /** Every deal as {@code crm.deal.list} with {@code *} and {@code UF_*} answers it, by ID. */
    Map<Long, JsonNode> portalDeals() {
        Map<Long, JsonNode> all = new HashMap<>();
        try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("*", "UF_*").build())) {
            rows.forEach(r -> all.put(r.get("ID").asLong(), r));
        }
        return all;
    }

    Map<Long, JsonNode> mirror() {
        Map<Long, JsonNode> all = new HashMap<>();
        for (MirrorRecord r : store.changes().mirror().list(origin, "deal", 0, 1_000_000)) {
            all.put(r.recordId(), JSON.readTree(r.fields()));
        }
        return all;
    }

    boolean mirrorEqualsPortal() {
        return mirror().equals(portalDeals());
    }

    /** The deals whose mirrored state differs from the portal's (or that one side lacks), among {@code ids}. */
    List<Long> differences(List<Long> ids) {
        Map<Long, JsonNode> portal = portalDeals();
        Map<Long, JsonNode> mirror = mirror();
        return ids.stream().filter(id -> !java.util.Objects.equals(portal.get(id), mirror.get(id))).toList();
    }

    /** The {@code n}-th smallest deal ID of the portal. */
    long someDeal(int n) {
        return portalDeals().keySet().stream().sorted().skip(n).findFirst().orElseThrow();
    }

    String leaseHolder() {
        return query("SELECT holder FROM change_lease WHERE name = 'reconciler'");
    }

    /** How many inbox rows {@code holder} still claims. */
    long claimedBy(String holder) {
        return Long.parseLong(query("SELECT COUNT(*) FROM change_inbox WHERE claimed_by = '" + holder.replace("'", "''") + "'"));
    }

    /** The record IDs waiting in the inbox, claimed or not. */
    List<Long> inbox() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement("SELECT record_id FROM change_inbox WHERE portal = ?")) {
            statement.setString(1, origin);
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the inbox: " + e.getMessage(), e);
        }
    }

    private String query(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
