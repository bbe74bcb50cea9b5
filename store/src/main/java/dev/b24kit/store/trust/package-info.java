/**
 * What the trust report counts that the other tables do not keep: every move of a write journal entry
 * ({@link dev.b24kit.store.trust.JournalStep}) and the calls that waited for a rate limit instead of failing
 * ({@link dev.b24kit.store.trust.LimitWaits}), with period queries over the audit log and the change feed.
 */
package dev.b24kit.store.trust;
