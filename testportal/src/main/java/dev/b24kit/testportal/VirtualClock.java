package dev.b24kit.testportal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to, for tests: give it to {@link PortalConfig#withClock} and the
 * portal's leaky bucket, operating budget, {@code DATE_MODIFY}, event delays and offline-event ages
 * all follow it, while modelled latency is reported but never waited for. Thread-safe.
 */
public final class VirtualClock implements InstantSource {

    private final AtomicReference<Instant> now;

    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /** A clock at 2026-01-15T09:00:00Z, a Thursday morning in Moscow. */
    public static VirtualClock startingAtDefault() {
        return new VirtualClock(Instant.parse("2026-01-15T06:00:00Z"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Moves time forward; throws {@link IllegalArgumentException} for a negative duration. */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a virtual clock only moves forward, got " + duration);
        }
        return now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Sets the time; it may not move backwards. */
    public void set(Instant instant) {
        now.updateAndGet(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("a virtual clock only moves forward: " + instant + " is before " + current);
            }
            return instant;
        });
    }
}
