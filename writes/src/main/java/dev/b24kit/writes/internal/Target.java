package dev.b24kit.writes.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.b24kit.client.PortalValues;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Reference;
import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldRef;
import tools.jackson.databind.JsonNode;

/**
 * Where a write goes and how its methods are spelled: the legacy {@code crm.X.*} methods for leads,
 * deals, contacts and companies, {@code crm.item.*} for smart processes (which have no legacy methods).
 */
record Target(EntityType type, EntitySchema schema, Dialect dialect) {

    static Target of(EntitySchema schema) {
        return new Target(schema.entity(), schema, schema.entity().isSmartProcess() ? Dialect.ITEM : Dialect.LEGACY);
    }

    String entity() {
        return type.key();
    }

    /** A method call: its name and parameters. */
    record Call(String method, Params params) {
    }

    Call write(Long recordId, Map<String, Object> fields) {
        if (dialect == Dialect.LEGACY) {
            return recordId == null
                    ? new Call(type.legacyMethods() + ".add", Params.of("fields", fields))
                    : new Call(type.legacyMethods() + ".update", Params.of("id", recordId).with("fields", fields));
        }
        Params params = Params.of("entityTypeId", type.entityTypeId());
        return recordId == null
                ? new Call("crm.item.add", params.with("fields", fields))
                : new Call("crm.item.update", params.with("id", recordId).with("fields", fields));
    }

    /** Reads record {@code id}: a number, or a reference to the result of the create in the same request. */
    Call read(Object id) {
        return dialect == Dialect.LEGACY
                ? new Call(type.legacyMethods() + ".get", Params.of("id", id))
                : new Call("crm.item.get", Params.of("entityTypeId", type.entityTypeId()).with("id", id));
    }

    /** A reference to the id a create command answered, for a read in the same request. */
    Reference createdIdOf(String command) {
        return dialect == Dialect.LEGACY ? Reference.result(command) : Reference.result(command, "item", "id");
    }

    /** The id a create answered. */
    Optional<Long> createdId(JsonNode result) {
        JsonNode id = dialect == Dialect.LEGACY ? result : result.path("item").path("id");
        var value = PortalValues.asLong(id);
        return value.isPresent() && value.getAsLong() > 0 ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    /** The records whose {@code field} holds {@code value}, IDs only. */
    Call findBy(FieldRef field, String value, FieldRef originator, String originatorValue) {
        Map<String, Object> filter = originator == null
                ? Map.of(field.code(dialect), value)
                : Map.of(field.code(dialect), value, originator.code(dialect), originatorValue);
        String id = dialect == Dialect.LEGACY ? "ID" : "id";
        Params params = (dialect == Dialect.LEGACY ? Params.empty() : Params.of("entityTypeId", type.entityTypeId()))
                .with("filter", filter).with("select", List.of(id)).with("order", Map.of(id, "ASC"));
        return new Call(dialect == Dialect.LEGACY ? type.legacyMethods() + ".list" : "crm.item.list", params);
    }

    /** The IDs a {@link #findBy} answered. */
    List<Long> ids(JsonNode result) {
        JsonNode rows = dialect == Dialect.LEGACY ? result : result.path("items");
        String id = dialect == Dialect.LEGACY ? "ID" : "id";
        List<Long> ids = new java.util.ArrayList<>();
        for (JsonNode row : rows) {
            PortalValues.asLong(row.path(id)).ifPresent(ids::add);
        }
        return ids;
    }
}
