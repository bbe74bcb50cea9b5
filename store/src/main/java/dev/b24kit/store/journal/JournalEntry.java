package dev.b24kit.store.journal;

import java.time.Instant;

/**
 * One intended write as the journal holds it.
 *
 * @param id the entry's id
 * @param recordId the record written; {@code null} for a create until the portal's answer (or recovery) names it
 * @param idempotencyKey {@code null} only for an update recorded without a key
 * @param contentHash {@link Intent#contentHash()} of the recorded intent
 * @param change the intended change (JSON text, as recorded)
 * @param receipt what the writes module recorded about the outcome (JSON text); {@code null} until then
 * @param createdAt when the intent was recorded, to the millisecond
 * @param updatedAt when the state last changed, to the millisecond
 */
public record JournalEntry(String id, String portal, String entity, String recordId, String idempotencyKey,
                           String contentHash, String change, JournalState state, String receipt,
                           Instant createdAt, Instant updatedAt) {
}
