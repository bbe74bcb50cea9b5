/**
 * Change tracking: a webhook is only a signal that something changed. {@link dev.b24kit.changes.intake.EventIntake}
 * authenticates outbound events and stores them durably in the store's inbox; workers re-fetch the
 * records through the client, compare them with the mirror and append what changed to the change feed
 * ({@link dev.b24kit.changes.ChangeFeed}); a reconciler lists what was modified since its cursor so that
 * a lost event costs one interval, not data.
 */
package dev.b24kit.changes;
