package dev.b24kit.client.listing;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One page of a listing: up to 50 rows as the portal returned them. Immutable.
 *
 * @param method the list method
 * @param shard  the ID range it came from (0 when not sharded)
 * @param rows   the rows
 */
public record Page(String method, int shard, List<JsonNode> rows) {

    public Page {
        rows = List.copyOf(rows);
    }
}
