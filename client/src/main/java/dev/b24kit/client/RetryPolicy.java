package dev.b24kit.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How failures that may pass are retried: exponential backoff with full jitter (a random delay
 * between 0 and {@code min(maxDelay, baseDelay·2^(n−1))} before attempt n+1), for calls that are
 * safe to repeat only, at most {@code maxAttempts} sends and {@code maxElapsed} in all. Waiting for
 * the portal's limits ({@code QUERY_LIMIT_EXCEEDED}, {@code OPERATION_TIME_LIMIT}) does not count as
 * an attempt; it is capped by {@code maxLimitWait} per call. Immutable.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxElapsed,
                          Duration maxLimitWait) {

    /** 6 attempts, 0.5 s doubling to at most 30 s, 3 minutes in all; limits waited out up to 15 minutes. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofMinutes(3), Duration.ofMinutes(15));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxElapsed, "maxElapsed");
        Objects.requireNonNull(maxLimitWait, "maxLimitWait");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative() || maxElapsed.isNegative() || maxLimitWait.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /** The upper bound of the jittered delay before attempt {@code attempt + 1}. */
    public Duration ceiling(int attempt) {
        long base = baseDelay.toMillis();
        long shifted = attempt >= 31 ? Long.MAX_VALUE : base << Math.max(0, attempt - 1);
        return Duration.ofMillis(Math.min(maxDelay.toMillis(), shifted < 0 ? Long.MAX_VALUE : shifted));
    }
}
