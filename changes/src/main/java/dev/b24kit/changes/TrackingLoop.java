package dev.b24kit.changes;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

import dev.b24kit.client.Bitrix24Exception;

/**
 * One pass at a time of change tracking, as a long-running process drives it: drain the inbox (re-fetch
 * what the signals name), then reconcile and sweep when the tracker's interval has passed (the first pass
 * is the initial load). The {@code sync} command and the gateway run it in a loop; each decides how to
 * wait between passes and what to show.
 *
 * <p>{@link #step()} does both halves on one thread. A reconcile and sweep lists every record changed
 * since the cursor and every ID, which on a portal busy with other work can take minutes; a process that
 * must keep its feed prompt meanwhile runs {@link #drain()} and {@link #reconcileIfDue()} on two threads.
 *
 * <p>Each of {@link #drain()} and {@link #reconcileIfDue()} is stepped by one thread at a time ({@link #step()}
 * counts as both). None throws a portal error: it is reported in the {@link Pass} and retried on the next
 * pass (claims expire; the reconciler's cursor did not move). Store failures propagate.
 */
public final class TrackingLoop {

    /**
     * What one pass did.
     *
     * @param reconciled whether a reconcile was due and attempted in this pass
     * @param leader     whether this process held the reconciler's lease (when {@code reconciled})
     * @param failure    the portal's failure, without secrets; {@code null} when the pass succeeded
     */
    public record Pass(boolean reconciled, boolean leader, String failure) {
    }

    private final ChangeTracker tracker;
    private final InstantSource clock;
    private final int workers;
    private final Duration offlineEvery;
    private volatile Instant nextReconcile = Instant.MIN;
    private volatile Instant nextOffline = Instant.MIN;

    private TrackingLoop(ChangeTracker tracker, InstantSource clock, int workers, Duration offlineEvery) {
        this.tracker = tracker;
        this.clock = clock;
        this.workers = workers;
        this.offlineEvery = offlineEvery;
    }

    /** A loop over {@code tracker}, timing the reconciler's interval by {@code clock}; one refetch worker. */
    public static TrackingLoop of(ChangeTracker tracker, InstantSource clock) {
        return new TrackingLoop(Objects.requireNonNull(tracker, "tracker"), Objects.requireNonNull(clock, "clock"), 1, null);
    }

    /** This loop with {@code count} refetch workers ({@link Refetcher#drain(int)}); 1 to 64. */
    public TrackingLoop withWorkers(int count) {
        if (count < 1 || count > 64) {
            throw new IllegalArgumentException("workers must be 1 to 64, not " + count);
        }
        return new TrackingLoop(tracker, clock, count, offlineEvery);
    }

    /** This loop also draining the application's offline event queue ({@link ChangeTracker#offline()}) every {@code every}. */
    public TrackingLoop withOfflineQueue(Duration every) {
        return new TrackingLoop(tracker, clock, workers, Objects.requireNonNull(every, "every"));
    }

    /** Drains the offline queue when due, then the inbox, and reconciles when due. */
    public Pass step() {
        Pass drained = drain();
        return drained.failure() != null ? drained : reconcileIfDue();
    }

    /** Drains the offline queue when due, then the inbox; never reconciles. */
    public Pass drain() {
        try {
            if (offlineEvery != null && !clock.instant().isBefore(nextOffline)) {
                nextOffline = clock.instant().plus(offlineEvery);
                tracker.offline().drain();
            }
            tracker.refetcher().drain(workers);
            return new Pass(false, false, null);
        } catch (Bitrix24Exception e) {
            return failed(e);
        }
    }

    /** Reconciles and sweeps when the tracker's interval has passed since the last attempt (the first call always). */
    public Pass reconcileIfDue() {
        try {
            if (clock.instant().isBefore(nextReconcile)) {
                return new Pass(false, false, null);
            }
            // another process may hold the reconciler's lease: then the pass says so, not "reconciled"
            boolean leader = tracker.isLeader();
            tracker.reconcileIfLeader();
            nextReconcile = clock.instant().plus(tracker.config().reconcileEvery());
            return new Pass(true, leader, null);
        } catch (Bitrix24Exception e) {
            return failed(e);
        }
    }

    private static Pass failed(Bitrix24Exception e) {
        return new Pass(false, false, e.getMessage() == null ? "the portal failed" : e.getMessage());
    }

    /** The tracker this loop drives. */
    public ChangeTracker tracker() {
        return tracker;
    }
}
