package dev.b24kit.store.trust;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The calls of one portal, UTC day, method and reason that waited for a rate limit instead of failing.
 *
 * @param reason  {@code bucket} or {@code operating} (the client's own pacing), or the portal's error code
 *                answered by a retry ({@code QUERY_LIMIT_EXCEEDED}, {@code OPERATION_TIME_LIMIT})
 * @param waits   how many calls waited
 * @param waited  how long they waited in all
 * @param firstAt the first wait counted
 * @param lastAt  the last wait counted
 */
public record LimitWaits(String portal, LocalDate day, String method, String reason, long waits, Duration waited,
                         Instant firstAt, Instant lastAt) {
}
