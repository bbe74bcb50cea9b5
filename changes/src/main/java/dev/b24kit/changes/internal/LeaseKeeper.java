package dev.b24kit.changes.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews a lease in the background while a long job runs under it (the reconciler's initial load can
 * outlast the lease's time to live), so that the lease moves to another process only when this one has
 * died or cannot reach the store. {@link #held()} says whether the last renewal kept it; a job checks
 * it between its steps and stops when it was lost. Thread-safe.
 */
public final class LeaseKeeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LeaseKeeper.class);

    private final BooleanSupplier renew;
    private final ScheduledExecutorService timer;
    private volatile boolean held = true;

    private LeaseKeeper(BooleanSupplier renew, Duration every) {
        this.renew = renew;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("lease-keeper").factory());
        timer.scheduleWithFixedDelay(this::renew, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts renewing every {@code every} (at least 1 ms) with {@code renew}, which takes or renews the
     * lease and answers whether this process holds it.
     */
    public static LeaseKeeper start(BooleanSupplier renew, Duration every) {
        return new LeaseKeeper(renew, every.toMillis() < 1 ? Duration.ofMillis(1) : every);
    }

    private void renew() {
        if (!held) {
            return; // lost: not taken back in the middle of a job another process may be doing now
        }
        try {
            boolean kept = renew.getAsBoolean();
            if (!kept) {
                LOG.warn("the lease went to another process while this one still worked under it; stopping at the next step");
            }
            held = kept;
        } catch (RuntimeException e) {
            LOG.warn("renewing the lease failed ({}); trying again", e.getMessage());
        }
    }

    /** Whether the lease has been kept so far; once lost, it stays lost for this job. */
    public boolean held() {
        return held;
    }

    @Override
    public void close() {
        timer.shutdown(); // no further renewal; one under way finishes (an interrupt could break its connection)
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
