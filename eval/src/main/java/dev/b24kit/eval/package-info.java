/**
 * The integration eval: probes run against a portal (connection, field map, silent drops, round trips,
 * listing, limits, idempotency, events, scenarios), each ending pass, fail or skipped with its
 * evidence, and the reports made of them ({@link dev.b24kit.eval.report}). Start with {@link Eval#run}.
 */
package dev.b24kit.eval;
