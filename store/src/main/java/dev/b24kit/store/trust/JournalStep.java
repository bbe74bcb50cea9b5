package dev.b24kit.store.trust;

import java.time.Instant;

import dev.b24kit.store.journal.JournalState;

/**
 * One move of a write journal entry, with the entry as it is now.
 *
 * @param id           the step's id
 * @param journalId    the entry moved
 * @param entity       the entry's entity
 * @param recordId     the entry's record now; may be {@code null}
 * @param from         the state it left
 * @param to           the state it entered
 * @param at           when, to the millisecond
 * @param afterUnknown whether the entry had been {@link JournalState#UNKNOWN} before this step
 * @param receipt      the entry's receipt now (JSON text); may be {@code null}
 */
public record JournalStep(String id, String journalId, String portal, String entity, String recordId,
                          JournalState from, JournalState to, Instant at, boolean afterUnknown, String receipt) {
}
