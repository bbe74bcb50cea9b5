package dev.b24kit.store;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that stands still until a test moves it. Thread-safe. */
final class FakeClock implements InstantSource {

    private Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    public synchronized Instant instant() {
        return now;
    }

    synchronized void advance(Duration step) {
        now = now.plus(step);
    }
}
