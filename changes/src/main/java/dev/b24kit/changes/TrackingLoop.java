package dev.b24kit.changes;

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
 * <p>Not thread-safe: one thread steps a loop. {@link #step()} never throws a portal error: it is reported
 * in the {@link Pass} and retried on the next pass (claims expire; the reconciler's cursor did not move).
 * Store failures propagate.
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
    private Instant nextReconcile = Instant.MIN;

    private TrackingLoop(ChangeTracker tracker, InstantSource clock) {
        this.tracker = tracker;
        this.clock = clock;
    }

    /** A loop over {@code tracker}, timing the reconciler's interval by {@code clock}. */
    public static TrackingLoop of(ChangeTracker tracker, InstantSource clock) {
        return new TrackingLoop(Objects.requireNonNull(tracker, "tracker"), Objects.requireNonNull(clock, "clock"));
    }

    /** Drains the inbox, and reconciles when due. */
    public Pass step() {
        try {
            tracker.refetcher().drain();
            if (clock.instant().isBefore(nextReconcile)) {
                return new Pass(false, false, null);
            }
            // another process may hold the reconciler's lease: then the pass says so, not "reconciled"
            boolean leader = tracker.isLeader();
            tracker.reconcileIfLeader();
            nextReconcile = clock.instant().plus(tracker.config().reconcileEvery());
            return new Pass(true, leader, null);
        } catch (Bitrix24Exception e) {
            return new Pass(false, false, e.getMessage() == null ? "the portal failed" : e.getMessage());
        }
    }

    /** The tracker this loop drives. */
    public ChangeTracker tracker() {
        return tracker;
    }
}
