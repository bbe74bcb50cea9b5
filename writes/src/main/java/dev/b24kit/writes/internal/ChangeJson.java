package dev.b24kit.writes.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.writes.Change;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A {@link Change} as JSON and back, as a proposal keeps it until a person decides. */
final class ChangeJson {

    private ChangeJson() {
    }

    static String of(Change change) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("entity", change.entity());
        if (change.recordId() != null) {
            json.put("recordId", change.recordId());
        }
        json.set("fields", Json.MAPPER.valueToTree(change.fields()));
        if (change.key() != null) {
            json.put("key", change.key());
        }
        if (change.pipeline() != null) {
            json.put("pipeline", String.valueOf(change.pipeline()));
        }
        if (change.unchangedSince() != null) {
            json.put("unchangedSince", change.unchangedSince().toString());
        }
        return json.toString();
    }

    @SuppressWarnings("unchecked")
    static Change parse(String text) {
        JsonNode json = Json.MAPPER.readTree(text);
        Map<String, Object> fields = Json.MAPPER.convertValue(json.get("fields"), LinkedHashMap.class);
        return new Change(json.get("entity").asString(),
                json.has("recordId") ? json.get("recordId").asLong() : null,
                fields,
                json.has("key") ? json.get("key").asString() : null,
                json.has("pipeline") ? json.get("pipeline").asString() : null,
                json.has("unchangedSince") ? OffsetDateTime.parse(json.get("unchangedSince").asString()) : null);
    }
}
