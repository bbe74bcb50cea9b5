package dev.b24kit.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether single calls issued concurrently are packed into {@code batch} requests: a call waits up to
 * {@code window} for others (or until 50 are waiting), then they go out as one request whose commands
 * each answer their own caller. Reads are packed by default; writes only when asked (a packed write
 * whose request fails ends as an unknown outcome for each of them, as a single write would). Immutable.
 *
 * @param reads  pack safe read calls
 * @param writes pack other calls too
 * @param window how long the first call of a batch waits for company
 */
public record Coalescing(boolean reads, boolean writes, Duration window) {

    /** Reads packed with a 5 ms window; writes sent alone. */
    public static final Coalescing DEFAULT = new Coalescing(true, false, Duration.ofMillis(5));
    /** Every call sent alone. */
    public static final Coalescing OFF = new Coalescing(false, false, Duration.ZERO);

    public Coalescing {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("window must not be negative");
        }
    }
}
