/**
 * Verified writes: a change is resolved through the field catalog (refused before any call when it
 * cannot be), written, read back and compared field by field, and reported as a {@link Receipt}.
 * Creates carry an idempotency key that goes into the record and into the write journal before the
 * call, so that a retried create never creates twice. In observe mode an agent's writes become
 * proposals that a person approves or rejects.
 */
package dev.b24kit.writes;
