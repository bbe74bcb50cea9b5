package dev.b24kit.store.changes;

import java.time.Instant;

/**
 * The last known state of a record. Immutable.
 *
 * @param portal    the portal's origin
 * @param entity    the entity type's key
 * @param recordId  the record's ID
 * @param fields    JSON object: the record as {@code crm.X.get} answers it, keyed by legacy codes
 * @param labels    JSON object: for fields holding IDs, the labels of what they name
 * @param modified  the record's {@code DATE_MODIFY} as the portal wrote it; {@code null} when absent
 * @param updatedAt when the mirror last wrote it; ignored by {@link Mirror#put}
 */
public record MirrorRecord(String portal, String entity, long recordId, String fields, String labels,
                           String modified, Instant updatedAt) {
}
