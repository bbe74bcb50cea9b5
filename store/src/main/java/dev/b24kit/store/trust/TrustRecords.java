package dev.b24kit.store.trust;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.changes.FeedEntry;

/**
 * The facts a trust report is computed from, read for a period {@code [from, to)}. Journal steps are
 * recorded by the store itself on every {@link dev.b24kit.store.journal.WriteJournal#transition}; limit waits
 * are recorded by whoever observes the client ({@link #limitWait}).
 *
 * <p>Thread-safe. {@code portal} is an origin, normalised as in {@link dev.b24kit.store.journal.Intent}, or
 * {@code null} in the queries for every portal; other arguments must not be {@code null}. Results are never
 * {@code null}, oldest first. Failures are {@link dev.b24kit.store.StoreException}s.
 */
public interface TrustRecords {

    /**
     * Counts one call that waited {@code waited} for a rate limit instead of failing, in the tally of the
     * portal, the store clock's UTC day, {@code method} and {@code reason}.
     *
     * @throws IllegalArgumentException a blank method or reason, a negative wait
     */
    void limitWait(String portal, String method, String reason, Duration waited);

    /** The limit-wait tallies whose UTC day lies in {@code [from, to)}. */
    List<LimitWaits> limitWaits(String portal, Instant from, Instant to);

    /** The journal entries' moves made in {@code [from, to)}. */
    List<JournalStep> journalSteps(String portal, Instant from, Instant to);

    /** The audit entries with one of {@code actions}, appended in {@code [from, to)}. */
    List<AuditEntry> audit(String portal, Collection<String> actions, Instant from, Instant to);

    /**
     * The feed entries detected in {@code [from, to)} by the reconciler's listing or its ID sweep
     * ({@code RECONCILE}, {@code SWEEP}): changes whose event was lost, found anyway.
     */
    List<FeedEntry> recovered(String portal, Instant from, Instant to);
}
