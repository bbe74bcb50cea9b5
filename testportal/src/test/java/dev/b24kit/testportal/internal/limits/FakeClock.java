package dev.b24kit.testportal.internal.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when a test moves it. Thread-safe. */
public final class FakeClock implements InstantSource {

    private volatile Instant now;

    public FakeClock(Instant start) {
        this.now = start;
    }

    /** Starts at 2025-09-09T13:31:11Z, a whole second. */
    public FakeClock() {
        this(Instant.parse("2025-09-09T13:31:11Z"));
    }

    @Override
    public Instant instant() {
        return now;
    }

    public synchronized void advance(Duration step) {
        now = now.plus(step);
    }

    public void advanceSeconds(double seconds) {
        advance(Duration.ofNanos(Math.round(seconds * 1e9)));
    }
}
