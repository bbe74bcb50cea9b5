package dev.b24kit.store.journal;

import java.util.List;
import java.util.Optional;

import dev.b24kit.store.TransitionResult;

/**
 * One row per intended write, recorded before the call so that a crash leaves a trace to recover
 * from, and moved through {@link JournalState} as the outcome becomes known.
 *
 * <p>Thread-safe. Arguments must not be {@code null} unless stated; results are never {@code null}.
 * Failures are {@link dev.b24kit.store.StoreException}s.
 */
public interface WriteJournal {

    /**
     * Records an intent as {@link JournalState#PENDING}, committed before returning (on SQLite also synced to disk),
     * unless its key is already recorded for the portal and entity: then nothing is recorded and the
     * outcome carries the existing entry. Atomic with concurrent calls for the same key, also across
     * processes: exactly one of them gets {@link IntentOutcome.Recorded}.
     */
    IntentOutcome record(Intent intent);

    /**
     * Moves entry {@code id} from {@code from} to {@code to}, only if it is in {@code from} now.
     *
     * @param recordId the record the write created or hit; {@code null} keeps the entry's
     * @param receipt the outcome as the writes module describes it (JSON text); {@code null} keeps the entry's
     * @throws IllegalArgumentException when {@code from} cannot become {@code to} ({@link JournalState#canBecome});
     *                                  nothing is read or written then
     */
    TransitionResult<JournalEntry> transition(String id, JournalState from, JournalState to, String recordId,
                                              String receipt);

    /** The entry with this id. */
    Optional<JournalEntry> find(String id);

    /** The entry that holds {@code idempotencyKey} for the portal (an origin, normalised as in {@link Intent}) and entity. */
    Optional<JournalEntry> findByKey(String portal, String entity, String idempotencyKey);

    /** Every entry in {@link JournalState#UNRESOLVED}, of every portal, oldest first: what recovery after a crash must settle. */
    List<JournalEntry> unresolved();
}
