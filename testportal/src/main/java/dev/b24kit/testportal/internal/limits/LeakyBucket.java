package dev.b24kit.testportal.internal.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import dev.b24kit.testportal.Plan;

/**
 * The portal's request counter (§4.1), one per portal: {@code level = max(0, level − Y·Δt)}; a
 * request that would take the level above X is refused, otherwise it adds one. So on the standard
 * plan 50 requests pass at once and the 51st is refused, and then one more passes every half second.
 *
 * <p>Whether a refused request also adds one is UNKNOWN (§13). By default it does not (the level
 * stays at X and the client is let in again after {@code 1/Y} s, which is what the JS SDK's retry
 * assumes); with {@link #countRejected(boolean) countRejected} on, every refused request adds one
 * too, without a cap, so a client that keeps hammering keeps itself locked out.
 *
 * <p>Time is read from the injected clock only. Thread-safe.
 */
public final class LeakyBucket {

    private final InstantSource clock;
    private Plan plan;
    private boolean countRejected;
    private double level;
    private Instant updated;

    public LeakyBucket(InstantSource clock, Plan plan) {
        this.clock = clock;
        this.plan = plan;
        this.updated = clock.instant();
    }

    /** Takes one request; false when it must be refused with {@code QUERY_LIMIT_EXCEEDED}. */
    public synchronized boolean tryAcquire() {
        if (plan.unlimited()) {
            return true;
        }
        drain();
        if (level + 1 > plan.burst()) {
            if (countRejected) {
                level += 1;
            }
            return false;
        }
        level += 1;
        return true;
    }

    /** The current level (drained up to now); 0 on the unlimited plan. */
    public synchronized double level() {
        drain();
        return level;
    }

    public synchronized Plan plan() {
        return plan;
    }

    /** Switches the plan; the level is kept, but never above the new burst. */
    public synchronized void plan(Plan newPlan) {
        drain();
        this.plan = newPlan;
        this.level = newPlan.unlimited() ? 0 : Math.min(level, newPlan.burst());
    }

    public synchronized void countRejected(boolean value) {
        this.countRejected = value;
    }

    public synchronized boolean countRejected() {
        return countRejected;
    }

    /** Empties the bucket. */
    public synchronized void reset() {
        level = 0;
        updated = clock.instant();
    }

    private void drain() {
        Instant now = clock.instant();
        double seconds = Math.max(0, Duration.between(updated, now).toNanos() / 1e9);
        if (!plan.unlimited()) {
            level = Math.max(0, level - seconds * plan.drainPerSecond());
        }
        updated = now;
    }
}
