package dev.b24kit.changes.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Field-by-field differences between two states of a record, with labels beside IDs. */
public final class Diff {

    private Diff() {
    }

    /**
     * {@code [{field, title, before, after, beforeText, afterText}]} for every field whose value differs;
     * a missing state (created, deleted) is an empty object. Titles come from {@code titles} when known.
     */
    public static ArrayNode of(ObjectNode before, ObjectNode beforeLabels, ObjectNode after, ObjectNode afterLabels,
                               ObjectNode titles) {
        ArrayNode changes = JsonNodeFactory.instance.arrayNode();
        Set<String> fields = new LinkedHashSet<>(before.propertyNames());
        fields.addAll(after.propertyNames());
        for (String field : fields) {
            JsonNode was = before.get(field);
            JsonNode now = after.get(field);
            if (same(was, now)) {
                continue;
            }
            ObjectNode change = changes.addObject();
            change.put("field", field);
            if (titles.has(field)) {
                change.set("title", titles.get(field));
            }
            change.set("before", was == null ? JsonNodeFactory.instance.nullNode() : was);
            change.set("after", now == null ? JsonNodeFactory.instance.nullNode() : now);
            if (beforeLabels.has(field)) {
                change.set("beforeText", beforeLabels.get(field));
            }
            if (afterLabels.has(field)) {
                change.set("afterText", afterLabels.get(field));
            }
        }
        return changes;
    }

    /** Null, JSON null and the empty string are one "empty" (the portal writes empty values all three ways). */
    private static boolean same(JsonNode a, JsonNode b) {
        return empty(a) && empty(b) || a != null && a.equals(b);
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isString() && value.asString().isEmpty();
    }
}
