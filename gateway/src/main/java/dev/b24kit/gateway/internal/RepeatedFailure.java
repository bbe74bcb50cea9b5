package dev.b24kit.gateway.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

/**
 * What to log about a task that runs every second or so and may fail every time (the store restarting, the portal
 * down): the first failure in full, then, while it keeps failing, a line when the reason changes or once per
 * {@code every} with the count since it began, and one line when a run succeeds again. So an outage of an hour
 * is a few dozen lines, not thousands, and its end is logged. One per task; not thread-safe.
 */
public final class RepeatedFailure {

    private final String task;
    private final InstantSource clock;
    private final Duration every;
    private int failures;
    private Instant since;
    private Instant logged;
    private String reason;

    /** @param task what fails, as a log line names it ("change tracking (refetch)") */
    public RepeatedFailure(String task, InstantSource clock, Duration every) {
        this.task = Objects.requireNonNull(task, "task");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.every = Objects.requireNonNull(every, "every");
    }

    /** A run failed for {@code reason}: the line to log now, if any. */
    public Optional<String> failed(String reason) {
        Objects.requireNonNull(reason, "reason");
        Instant now = clock.instant();
        failures++;
        if (failures == 1) {
            since = now;
            return log(now, reason, task + " failed and is retried: " + reason);
        }
        if (!reason.equals(this.reason) || !now.isBefore(logged.plus(every))) {
            return log(now, reason, task + " still failing (" + failures + " runs since " + since + "): " + reason);
        }
        return Optional.empty();
    }

    /** A run succeeded: the line to log now, if it ends a run of failures. */
    public Optional<String> succeeded() {
        if (failures == 0) {
            return Optional.empty();
        }
        String line = task + " works again after " + failures + " failed run" + (failures == 1 ? "" : "s") + " since " + since;
        failures = 0;
        reason = null;
        return Optional.of(line);
    }

    private Optional<String> log(Instant now, String reason, String line) {
        this.logged = now;
        this.reason = reason;
        return Optional.of(line);
    }
}
