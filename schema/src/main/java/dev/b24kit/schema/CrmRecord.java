package dev.b24kit.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record to write, in the words of the people who use it: fields by code or label, values as they
 * would say them ({@code "Sales channel" → "Онлайн"}, {@code "Stage" → "Переговоры"},
 * {@code "Budget" → "1500 RUB"}). {@link FieldCatalog#resolve} turns it into the {@code fields} of
 * one dialect. Immutable; every {@code with…} answers a new record.
 */
public final class CrmRecord {

    private final EntityType entity;
    private final Map<String, Object> values;
    private final Object pipeline;

    private CrmRecord(EntityType entity, Map<String, Object> values, Object pipeline) {
        this.entity = entity;
        this.values = values;
        this.pipeline = pipeline;
    }

    /** An empty record of {@code entity}. */
    public static CrmRecord of(EntityType entity) {
        return new CrmRecord(Objects.requireNonNull(entity, "entity"), Map.of(), null);
    }

    /**
     * This record with {@code field} set to {@code value}: text, a number, a boolean, a
     * {@link java.time.temporal.Temporal}, a {@link java.util.List} for multiple fields, a map for a
     * multi-field value ({@code {value, type}}) or an amount ({@code {amount, currency}}); null clears
     * the field. Setting a field again replaces its value.
     */
    public CrmRecord with(String field, Object value) {
        Objects.requireNonNull(field, "field");
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.remove(field);
        copy.put(field, value);
        return new CrmRecord(entity, Collections.unmodifiableMap(copy), pipeline);
    }

    /**
     * This record, known to be in (or going to) the pipeline {@code pipeline} (name or ID), without writing
     * the pipeline field: stage names are then resolved within it and a stage of another pipeline is refused.
     */
    public CrmRecord inPipeline(Object pipeline) {
        return new CrmRecord(entity, values, Objects.requireNonNull(pipeline, "pipeline"));
    }

    public EntityType entity() {
        return entity;
    }

    /** Field name → value as given, in order; values may be null. */
    public Map<String, Object> values() {
        return values;
    }

    /** The pipeline named by {@link #inPipeline}, or null. */
    public Object pipeline() {
        return pipeline;
    }

    @Override
    public String toString() {
        return "CrmRecord[" + entity.key() + ", " + values + (pipeline == null ? "" : ", in pipeline " + pipeline) + "]";
    }
}
