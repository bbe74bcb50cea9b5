package dev.b24kit.store.changes;

import java.time.Instant;

/**
 * One detected change. Immutable.
 *
 * @param seq        its position in the feed; ascending in commit order; 0 in a draft not yet appended
 * @param portal     the portal's origin
 * @param entity     the entity type's key
 * @param recordId   the record's ID
 * @param kind       created, updated or deleted
 * @param source     what made b24kit look
 * @param detectedAt when the change was detected
 * @param changes    JSON array of {@code {field, title, before, after, beforeText, afterText}}
 */
public record FeedEntry(long seq, String portal, String entity, long recordId, ChangeKind kind, ChangeSource source,
                        Instant detectedAt, String changes) {
}
