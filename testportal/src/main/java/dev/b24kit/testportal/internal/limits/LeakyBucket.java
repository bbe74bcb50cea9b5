package dev.b24kit.testportal.internal.limits;

import java.time.Instant;
import java.time.InstantSource;

import dev.b24kit.testportal.Plan;

/**
 * The portal's request counter (§4.1): {@code level = max(0, level − Y·Δt)}; a request that would
 * take the level above X is refused and, by default, not counted (§13 leaves this UNKNOWN; switch
 * with {@code countRejected}). Thread-safe.
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
                level = Math.min(level + 1, plan.burst() + 1);
            }
            return false;
        }
        level += 1;
        return true;
    }

    public synchronized double level() {
        drain();
        return level;
    }

    public synchronized Plan plan() {
        return plan;
    }

    public synchronized void plan(Plan newPlan) {
        drain();
        this.plan = newPlan;
        this.level = Math.min(level, newPlan.unlimited() ? 0 : newPlan.burst());
    }

    public synchronized void countRejected(boolean value) {
        this.countRejected = value;
    }

    public synchronized boolean countRejected() {
        return countRejected;
    }

    public synchronized void reset() {
        level = 0;
        updated = clock.instant();
    }

    private void drain() {
        Instant now = clock.instant();
        double seconds = Math.max(0, java.time.Duration.between(updated, now).toNanos() / 1e9);
        if (!plan.unlimited()) {
            level = Math.max(0, level - seconds * plan.drainPerSecond());
        }
        updated = now;
    }
}
