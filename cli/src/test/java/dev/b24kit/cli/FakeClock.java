package dev.b24kit.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves forward by a fixed step every time it is read, so that time passes without sleeping. */
final class FakeClock implements InstantSource {

    private final Duration step;
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    FakeClock(Duration step) {
        this.step = step;
    }

    @Override
    public synchronized Instant instant() {
        Instant current = now;
        now = now.plus(step);
        return current;
    }
}
