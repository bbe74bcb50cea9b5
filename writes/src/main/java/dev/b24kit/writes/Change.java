package dev.b24kit.writes;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One write to make: an update of a record, or a create under an idempotency key. Fields are named by
 * label, UPPER or camel code, values as a person would say them; the field catalog resolves both.
 *
 * <p>Immutable. {@code fields} keeps its order; a {@code null} value clears the field.
 *
 * @param entity         the entity as {@link dev.b24kit.schema.FieldCatalog#entity} takes it ({@code deal}, {@code item:1030})
 * @param recordId       the record to update; {@code null} for a create
 * @param fields         field → value; not empty
 * @param key            a create's idempotency key; {@code null} derives one from the content (entity and fields)
 * @param pipeline       the pipeline stage values are looked up in (name or ID); may be {@code null}
 * @param unchangedSince update only if the record's {@code DATE_MODIFY} is not later than this (optimistic
 *                       check); {@code null} for none. The check reads the record and then writes: a change
 *                       made by someone else between that read and the write (one round trip, usually under
 *                       a second) is not detected by the check, but the read-back still reports it as drift
 *                       when it touches a field written here.
 */
public record Change(String entity, Long recordId, Map<String, Object> fields, String key, Object pipeline,
                     OffsetDateTime unchangedSince) {

    public Change {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(fields, "fields");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a change needs at least one field");
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        if (recordId != null && key != null) {
            throw new IllegalArgumentException("an idempotency key is for creates; an update sets absolute values");
        }
    }

    /** An update of record {@code id}. */
    public static Change update(String entity, long id, Map<String, ?> fields) {
        return new Change(entity, id, new LinkedHashMap<>(fields), null, null, null);
    }

    /** A create under {@code key} ({@code null}: derived from the content). */
    public static Change create(String entity, Map<String, ?> fields, String key) {
        return new Change(entity, null, new LinkedHashMap<>(fields), key, null, null);
    }

    /** This change with stage values looked up in {@code value} (a pipeline's name or ID). */
    public Change inPipeline(Object value) {
        return new Change(entity, recordId, fields, key, value, unchangedSince);
    }

    /** This update, made only if the record has not changed since {@code moment} (see the record's Javadoc for the race window). */
    public Change ifUnchangedSince(OffsetDateTime moment) {
        if (recordId == null) {
            throw new IllegalArgumentException("a create has no earlier version to compare with");
        }
        return new Change(entity, recordId, fields, key, pipeline, moment);
    }

    /** Whether this change creates a record. */
    public boolean isCreate() {
        return recordId == null;
    }
}
