package dev.b24kit.testportal;

import java.time.Duration;
import java.util.Objects;

/**
 * How the portal delivers outbound events (§10.3), all draws from the portal's seeded random so runs
 * reproduce. Events raised by one request are queued when the request completes; each is then due
 * after {@code minDelay} plus an exponentially distributed extra with mean {@code meanExtraDelay},
 * capped at {@code maxDelay}; due events are collected for {@code burstWindow} and delivered together.
 *
 * @param minDelay        shortest delay between the change and the delivery
 * @param meanExtraDelay  mean of the random extra delay
 * @param maxDelay        longest delay
 * @param burstWindow     deliveries due within this window go out together (0 = no bursts)
 * @param reorder         whether deliveries may overtake each other (otherwise per-handler FIFO)
 * @param duplicateRate   probability that an event is delivered twice
 * @param lossRate        probability that an event is never delivered
 * @param retries         resends after a failed delivery; 0 as the cloud does (no retries)
 * @param handlerTimeout  how long the portal waits for a handler's answer
 * @param slowThreshold   a handler answering slower than this is considered slow
 * @param slowPenalty     extra delay for deliveries to a slow handler (slow handlers are called less often)
 */
public record EventDelivery(Duration minDelay, Duration meanExtraDelay, Duration maxDelay, Duration burstWindow,
                            boolean reorder, double duplicateRate, double lossRate, int retries,
                            Duration handlerTimeout, Duration slowThreshold, Duration slowPenalty) {

    /** Like a cloud portal on a good day: 0.5–20 s delays, 1 s bursts, reordering, no loss, no duplicates, no retries. */
    public static final EventDelivery CLOUD = new EventDelivery(Duration.ofMillis(500), Duration.ofMillis(1500),
            Duration.ofSeconds(20), Duration.ofSeconds(1), true, 0, 0, 0, Duration.ofSeconds(10), Duration.ofSeconds(5),
            Duration.ofSeconds(10));

    /** For tests that want events at once and in order: no delay, no bursts, no reordering, no loss. */
    public static final EventDelivery PROMPT = new EventDelivery(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, false, 0, 0, 0, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ZERO);

    public EventDelivery {
        for (Duration duration : new Duration[] {minDelay, meanExtraDelay, maxDelay, burstWindow, handlerTimeout,
                slowThreshold, slowPenalty}) {
            Objects.requireNonNull(duration, "durations must not be null");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("event delivery durations must not be negative, got " + duration);
            }
        }
        if (maxDelay.compareTo(minDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " is shorter than minDelay " + minDelay);
        }
        if (!(duplicateRate >= 0 && duplicateRate <= 1) || !(lossRate >= 0 && lossRate <= 1)) {
            throw new IllegalArgumentException("duplicateRate and lossRate must be in [0, 1], got "
                    + duplicateRate + " and " + lossRate);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be 0..10, got " + retries);
        }
        if (handlerTimeout.isZero()) {
            throw new IllegalArgumentException("handlerTimeout must be positive");
        }
    }

    public EventDelivery withLoss(double rate) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, burstWindow, reorder, duplicateRate, rate, retries,
                handlerTimeout, slowThreshold, slowPenalty);
    }

    public EventDelivery withDuplicates(double rate) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, burstWindow, reorder, rate, lossRate, retries,
                handlerTimeout, slowThreshold, slowPenalty);
    }

    public EventDelivery withReorder(boolean value) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, burstWindow, value, duplicateRate, lossRate, retries,
                handlerTimeout, slowThreshold, slowPenalty);
    }

    public EventDelivery withDelays(Duration min, Duration meanExtra, Duration max) {
        return new EventDelivery(min, meanExtra, max, burstWindow, reorder, duplicateRate, lossRate, retries,
                handlerTimeout, slowThreshold, slowPenalty);
    }

    public EventDelivery withBurstWindow(Duration value) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, value, reorder, duplicateRate, lossRate, retries,
                handlerTimeout, slowThreshold, slowPenalty);
    }

    public EventDelivery withRetries(int value) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, burstWindow, reorder, duplicateRate, lossRate, value,
                handlerTimeout, slowThreshold, slowPenalty);
    }

    public EventDelivery withHandlerTimeout(Duration value) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, burstWindow, reorder, duplicateRate, lossRate, retries,
                value, slowThreshold, slowPenalty);
    }

    public EventDelivery withSlowHandlers(Duration threshold, Duration penalty) {
        return new EventDelivery(minDelay, meanExtraDelay, maxDelay, burstWindow, reorder, duplicateRate, lossRate, retries,
                handlerTimeout, threshold, penalty);
    }
}
