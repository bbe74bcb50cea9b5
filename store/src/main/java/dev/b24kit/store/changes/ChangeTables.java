package dev.b24kit.store.changes;

/** The tables of change tracking, reached through {@link dev.b24kit.store.Session#changes()}. */
public interface ChangeTables {

    Inbox inbox();

    Mirror mirror();

    Feed feed();

    Cursors cursors();

    Leases leases();
}
