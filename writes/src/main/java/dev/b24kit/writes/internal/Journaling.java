package dev.b24kit.writes.internal;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

import dev.b24kit.store.Session;
import dev.b24kit.store.Store;
import dev.b24kit.store.TransitionResult;
import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.journal.IntentOutcome;
import dev.b24kit.store.journal.JournalEntry;
import dev.b24kit.store.journal.JournalState;
import dev.b24kit.writes.Receipt;

/**
 * The write journal's side of a run: intents recorded (in one transaction) before any call, and entries
 * moved to where their writes got to (in one transaction) after. A key already in the journal is a
 * retry: its entry says whether the first attempt is settled, in flight, or was interrupted.
 */
final class Journaling {

    /**
     * An unresolved entry younger than this is taken to be another attempt in flight (another thread or
     * process with the same key), not an interrupted one, and is not looked up and re-sent.
     */
    private final Duration inFlight;
    private final Store store;
    private final String portal;
    private final InstantSource clock;

    Journaling(Store store, String portal, InstantSource clock, Duration inFlight) {
        this.store = store;
        this.portal = portal;
        this.clock = clock;
        this.inFlight = inFlight;
    }

    /** What a retry found in the journal. */
    enum Retry { NEW, SETTLED, INTERRUPTED, IN_FLIGHT }

    /** Records the intents of {@code items}; answers, per item, whether it is new or a retry and of what kind. */
    List<Retry> record(List<Item> items) {
        return store.transaction(tx -> items.stream().map(item -> record(tx, item)).toList());
    }

    private Retry record(Session tx, Item item) {
        Prepared write = item.write;
        Intent intent = write.isCreate()
                ? Intent.create(portal, write.target().entity(), write.key(), write.intent())
                : Intent.update(portal, write.target().entity(), String.valueOf(write.recordId()), null, write.intent());
        IntentOutcome outcome = tx.journal().record(intent);
        JournalEntry entry = outcome.entry();
        item.journalId = entry.id();
        item.state = entry.state();
        return switch (outcome) {
            case IntentOutcome.Recorded r -> Retry.NEW;
            case IntentOutcome.KeyReused k -> {
                item.journalId = null;
                item.refuse(new Refusal("key '" + write.key() + "' was used for another " + entry.entity()
                        + " with different content (journal entry " + entry.id() + "); use a new key for a new record",
                        "key", write.key(), List.of("a key not used before")));
                yield Retry.SETTLED;
            }
            case IntentOutcome.Duplicate d -> retry(item, entry);
        };
    }

    private Retry retry(Item item, JournalEntry entry) {
        item.attempts.add("key '" + item.write.key() + "' is in the journal (entry " + entry.id() + ", "
                + entry.state() + ")");
        if (entry.recordId() != null) {
            item.recordId = Long.valueOf(entry.recordId());
            item.adopted = true;
        }
        if (entry.state() == JournalState.REFUSED) {
            item.refuse(new Refusal("the first write with key '" + item.write.key() + "' was refused: "
                    + (entry.receipt() == null ? "see journal entry " + entry.id() : entry.receipt())));
            return Retry.SETTLED;
        }
        if (entry.state().isResolved() || entry.state() == JournalState.SENT && entry.recordId() != null) {
            return Retry.SETTLED;
        }
        // PENDING: an attempt recorded its intent and has not come back; it may still be running. UNKNOWN and
        // SENT without a record were left by attempts that ended, and are settled now.
        boolean young = Duration.between(entry.updatedAt(), clock.instant()).compareTo(inFlight) < 0;
        return young && entry.state() == JournalState.PENDING ? Retry.IN_FLIGHT : Retry.INTERRUPTED;
    }

    /** Moves every item's entry to where its write got to, with its receipt, in one transaction. */
    void settle(List<Item> items) {
        store.transaction(tx -> {
            for (Item item : items) {
                if (item.journalId != null && !item.foreign) {
                    move(tx, item, target(item), ReceiptJson.of(item.receipt));
                }
            }
            return null;
        });
    }

    /** Moves the entries of items about to be sent again from an interrupted state to UNKNOWN (their outcome was open). */
    void reopen(List<Item> items) {
        store.transaction(tx -> {
            items.forEach(item -> move(tx, item, JournalState.UNKNOWN, null));
            return null;
        });
    }

    private static JournalState target(Item item) {
        return switch (item.receipt) {
            case Receipt.Confirmed c -> c.adopted() && item.state != JournalState.SENT ? JournalState.ADOPTED : JournalState.CONFIRMED;
            case Receipt.Drifted d -> d.adopted() && item.state != JournalState.SENT ? JournalState.ADOPTED : JournalState.DRIFTED;
            case Receipt.Refused r -> JournalState.REFUSED;
            case Receipt.Unknown u -> JournalState.UNKNOWN;
            case Receipt.Proposed p -> item.state;
        };
    }

    /** Moves the entry from its state to {@code to}, through SENT or UNKNOWN when the state machine asks for a step between. */
    private static void move(Session tx, Item item, JournalState to, String receipt) {
        JournalState from = item.state;
        if (from == to || from.isResolved()) {
            return;
        }
        String recordId = item.recordId == null ? null : String.valueOf(item.recordId);
        if (!from.canBecome(to)) {
            JournalState via = from.canBecome(JournalState.SENT) && JournalState.SENT.canBecome(to)
                    ? JournalState.SENT : JournalState.UNKNOWN;
            step(tx, item, from, via, recordId, null);
            from = via;
        }
        step(tx, item, from, to, recordId, receipt);
    }

    private static void step(Session tx, Item item, JournalState from, JournalState to, String recordId, String receipt) {
        TransitionResult<JournalEntry> result = tx.journal().transition(item.journalId, from, to, recordId, receipt);
        item.state = switch (result) {
            case TransitionResult.Transitioned<JournalEntry> t -> t.row().state();
            case TransitionResult.Conflict<JournalEntry> c -> c.current().state();
            case TransitionResult.NotFound<JournalEntry> n -> item.state;
        };
    }
}
