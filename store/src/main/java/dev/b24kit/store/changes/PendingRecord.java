package dev.b24kit.store.changes;

import java.time.Instant;

/**
 * A record with signals not yet processed, as a worker claimed it from the {@link Inbox}. Immutable.
 *
 * @param portal     the portal's origin
 * @param entity     the entity type's key
 * @param recordId   the record's ID
 * @param event      the latest event name
 * @param source     the source of the first signal
 * @param signals    how many signals collapsed into this one
 * @param generation grows with every signal; {@link Inbox#done} removes the row only at this generation
 * @param firstAt    when the first signal was stored
 * @param lastAt     when the latest was
 */
public record PendingRecord(String portal, String entity, long recordId, String event, ChangeSource source,
                            int signals, long generation, Instant firstAt, Instant lastAt) {
}
