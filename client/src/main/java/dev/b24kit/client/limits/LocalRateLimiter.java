package dev.b24kit.client.limits;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;

/**
 * A Bucket4j token bucket that mirrors the portal's leaky bucket: capacity = the plan's burst minus
 * a margin of {@value #MARGIN} (requests reach the portal a little after they take their token, and
 * not always in the order they took them), refilled greedily at the drain rate. Waiting reserves a
 * token, so waiters are served in order without polling. Thread-safe.
 */
final class LocalRateLimiter implements RateLimiter {

    /** Tokens kept back from the plan's burst to absorb arrival jitter at the portal. */
    static final int MARGIN = 5;

    /** One bucket per portal in this JVM (the portal counts every client's requests together). */
    private static final Map<String, Shared> SHARED = new ConcurrentHashMap<>();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LocalRateLimiter.class);

    private final Bucket bucket;
    private final Sleeper sleeper;

    LocalRateLimiter(PlanLimits plan, InstantSource clock, Sleeper sleeper) {
        this.sleeper = sleeper;
        this.bucket = Bucket.builder()
                .addLimit(bandwidth(plan))
                .withCustomTimePrecision(new ClockMeter(clock))
                .build();
    }

    static RateLimiter shared(String portalOrigin, PlanLimits plan) {
        Shared shared = SHARED.computeIfAbsent(portalOrigin,
                key -> new Shared(plan, new LocalRateLimiter(plan, InstantSource.system(), Sleeper.SYSTEM)));
        if (!shared.plan().equals(plan)) {
            LOG.warn("clients of {} in this JVM asked for plans {} and {}; they share one bucket, the first plan's",
                    portalOrigin, shared.plan(), plan);
        }
        return shared.limiter();
    }

    private record Shared(PlanLimits plan, RateLimiter limiter) {
    }

    /** The bucket a plan gives: also used by the Redis-shared limiter. */
    static Bandwidth bandwidth(PlanLimits plan) {
        int capacity = Math.max(1, plan.burst() - MARGIN);
        long perThousandSeconds = Math.max(1, Math.round(plan.drainPerSecond() * 1000));
        return Bandwidth.builder().capacity(capacity).refillGreedy(perThousandSeconds, Duration.ofSeconds(1000)).build();
    }

    @Override
    public Duration acquire() throws InterruptedException {
        return consume(bucket, sleeper);
    }

    /**
     * Takes one token from {@code bucket}, reserving it when none is free and parking through
     * {@code sleeper} until it is due; answers how long that took. Also used by the Redis-shared limiter.
     */
    static Duration consume(Bucket bucket, Sleeper sleeper) throws InterruptedException {
        long start = System.nanoTime();
        long[] parked = {0};
        bucket.asBlocking().consume(1, nanos -> {
            parked[0] += nanos;
            sleeper.sleep(Duration.ofNanos(nanos));
        });
        return parked[0] == 0 ? Duration.ZERO : Duration.ofNanos(Math.max(parked[0], System.nanoTime() - start));
    }

    @Override
    public void saturate() {
        bucket.tryConsumeAsMuchAsPossible();
    }

    /** Bucket4j's time from the injected clock, so a virtual clock drives refills (also in Redis). */
    record ClockMeter(InstantSource clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            java.time.Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
