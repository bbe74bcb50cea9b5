package dev.b24kit.changes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.testing.TestPortalExtension;

/** Changes items of the seeded smart process "Договоры" (entityTypeId 1030) as a user would, through crm.item.*. */
final class Items {

    static final int CONTRACTS = 1030;

    private final Bitrix24Client client;

    Items(TestPortalExtension portal) {
        this.client = Deals.client(portal);
    }

    List<Long> create(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode item = client.call("crm.item.add", Params.of("entityTypeId", CONTRACTS)
                    .with("fields", Map.of("title", "New contract " + i))).result().get("item");
            ids.add(item.get("id").asLong());
        }
        return ids;
    }

    /** Renames the items, 50 per batch request. */
    void rename(List<Long> ids, String title) {
        for (int from = 0; from < ids.size(); from += 50) {
            Batch.Builder batch = Batch.builder();
            for (Long id : ids.subList(from, Math.min(ids.size(), from + 50))) {
                batch.add("u" + id, "crm.item.update", Params.of("entityTypeId", CONTRACTS).with("id", id)
                        .with("fields", Map.of("title", title + " " + id)));
            }
            client.batch(batch.build());
        }
    }

    void delete(long id) {
        client.call("crm.item.delete", Params.of("entityTypeId", CONTRACTS).with("id", id));
    }

    /** Every item as crm.item.list answers with select *, by ID, without {@code fm} (the mirror leaves it out). */
    Map<Long, JsonNode> all() {
        Map<Long, JsonNode> all = new HashMap<>();
        try (Stream<JsonNode> rows = client.list("crm.item.list", ListQuery.builder().param("entityTypeId", CONTRACTS)
                .select("*").build())) {
            rows.forEach(r -> {
                ObjectNode row = (ObjectNode) r.deepCopy();
                row.remove("fm");
                all.put(row.get("id").asLong(), row);
            });
        }
        return all;
    }

    void close() {
        client.close();
    }
}
