package dev.b24kit.store.changes;

/** What happened to a record, as seen by comparing it with the mirror. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED
}
