package dev.b24kit.store.journal;

/**
 * What {@link WriteJournal#record} did with an intent. Only {@link Recorded} means "make the call
 * now"; the other two carry the entry that already holds the key.
 */
public sealed interface IntentOutcome {

    /** The journal entry this outcome is about: the new one, or the one already holding the key. */
    JournalEntry entry();

    /** Recorded durably as a new {@link JournalState#PENDING} entry. */
    record Recorded(JournalEntry entry) implements IntentOutcome {
    }

    /**
     * The key was recorded before with the same content: this is a retry. Nothing was recorded;
     * {@code entry} tells where the first attempt got to.
     */
    record Duplicate(JournalEntry entry) implements IntentOutcome {
    }

    /**
     * The key was recorded before with different content: the caller reused a key for another write.
     * Nothing was recorded; refuse the write.
     */
    record KeyReused(JournalEntry entry, Intent refused) implements IntentOutcome {
    }
}
