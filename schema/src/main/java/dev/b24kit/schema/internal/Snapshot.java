package dev.b24kit.schema.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;

/**
 * Everything one load of the catalog found. Immutable.
 *
 * @param loadedAt when the load finished, by the catalog's clock
 * @param entities the standard entities, then the smart processes
 * @param schemas  entityTypeId → schema
 */
public record Snapshot(Instant loadedAt, List<EntityType> entities, Map<Integer, EntitySchema> schemas) {

    public Snapshot {
        entities = List.copyOf(entities);
        schemas = Map.copyOf(schemas);
    }
}
