package dev.b24kit.client.limits;

import java.time.Duration;
import java.time.InstantSource;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;

/**
 * The client's side of the portal's leaky bucket: every HTTP request to the portal (every attempt,
 * one per {@code batch}) first takes a token here. Thread-safe.
 *
 * <p>Implementations: {@link #local} (one process), {@link #sharedInJvm} (every client of a portal
 * in this JVM; the default), and {@code RedisRateLimiter} (every process that shares a Redis).
 */
public interface RateLimiter {

    /**
     * Blocks until one request may be sent; answers how long it waited.
     *
     * @throws InterruptedException when the waiting thread is interrupted; the token it had reserved is
     *                              lost, so the bucket errs towards sending less
     */
    Duration acquire() throws InterruptedException;

    /**
     * The portal answered {@code QUERY_LIMIT_EXCEEDED}: someone else (another application on the same
     * portal) filled its bucket. Treat the bucket as full, so the next token comes only after one
     * drains.
     */
    void saturate();

    /**
     * A bucket of this process only, mirroring {@code plan}, on the given clock; waits through
     * {@code sleeper}.
     */
    static RateLimiter local(PlanLimits plan, InstantSource clock, Sleeper sleeper) {
        return new LocalRateLimiter(plan, clock, sleeper);
    }

    /**
     * The one bucket of this JVM for {@code portalOrigin} ({@code https://host[:port]}) and
     * {@code plan}, on the system clock: every client of the same portal shares it, as the portal
     * counts all of their requests together.
     */
    static RateLimiter sharedInJvm(String portalOrigin, PlanLimits plan) {
        return LocalRateLimiter.shared(portalOrigin, plan);
    }
}
