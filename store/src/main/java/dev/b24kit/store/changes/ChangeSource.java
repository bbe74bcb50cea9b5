package dev.b24kit.store.changes;

/** What made b24kit look at a record. */
public enum ChangeSource {
    /** An outbound event (outgoing webhook or an application's handler). */
    WEBHOOK,
    /** The periodic listing of records modified since the last cursor. */
    RECONCILE,
    /** An offline event taken from {@code event.offline.get}. */
    OFFLINE,
    /** The periodic ID sweep that finds records deleted without an event. */
    SWEEP
}
