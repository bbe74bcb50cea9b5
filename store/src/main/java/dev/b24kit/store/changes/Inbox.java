package dev.b24kit.store.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records waiting to be re-fetched. Signals for one record collapse into one pending row; a worker
 * claims rows for a while, and {@link #done} removes a row only if no signal arrived since its claim,
 * so a signal is never lost to a concurrent worker. Claims are exclusive across processes
 * ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, the one writer on SQLite); an expired claim (its
 * holder died) may be claimed again.
 *
 * <p>Thread-safe. Arguments must not be {@code null}; results are never {@code null}. Failures are
 * {@link dev.b24kit.store.StoreException}s.
 */
public interface Inbox {

    /** Stores the signals in one transaction, committed durably before this returns. */
    void add(List<Signal> signals);

    /** Claims up to {@code limit} unclaimed (or expired) rows of a portal for {@code holder}, oldest first. */
    List<PendingRecord> claim(String portal, String holder, int limit, Duration lease);

    /**
     * Ends a claim: removes the row when it is still at the claimed generation, else releases it for
     * the next claim. Answers whether the row was removed.
     */
    boolean done(PendingRecord claimed, String holder);

    /**
     * Releases every claim {@code holder} (or one of its workers, {@code holder/1}, {@code holder/2}…) holds on the
     * portal's rows, for the next claim at once; answers how many.
     * For a process that starts again under the name its previous life held claims with: that process is dead,
     * and its claims would otherwise wait out their lease.
     */
    int release(String portal, String holder);

    /** How many records of the portal wait (claimed or not). */
    long pending(String portal);

    /**
     * When the first signal of the portal's longest-waiting record was stored (claimed or not); empty when
     * none waits. Its age is how far change tracking is behind, however busy the inbox stays.
     */
    Optional<Instant> oldestPending(String portal);
}
