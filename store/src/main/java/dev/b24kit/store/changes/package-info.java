/**
 * The tables of change tracking: the {@link dev.b24kit.store.changes.Inbox} of pending re-fetches, the
 * {@link dev.b24kit.store.changes.Mirror} of last known records, the {@link dev.b24kit.store.changes.Feed}
 * of detected changes, named {@link dev.b24kit.store.changes.Cursors} and
 * {@link dev.b24kit.store.changes.Leases}. The {@code changes} module decides what they mean.
 */
package dev.b24kit.store.changes;
