package dev.b24kit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The {@code sync} status on stderr: pending records, lag (the age of the longest-waiting pending record: how
 * far behind the feed is) and the last reconcile. Redrawn in place on a terminal; otherwise a plain line, only when it changed.
 * Not thread-safe.
 */
final class SyncStatus {

    private final PrintWriter err;
    private final Launch launch;
    private Instant lastReconcile;
    private String lastFailure;
    private boolean leader = true;
    private String shown = "";

    SyncStatus(PrintWriter err, Launch launch) {
        this.err = err;
        this.launch = launch;
    }

    /** A reconcile pass ended; {@code leader}: this process ran it (else another holds the lease). */
    void reconciled(boolean leader) {
        if (leader) {
            lastReconcile = launch.clock().instant();
        }
        this.leader = leader;
        lastFailure = null;
    }

    void failed(String message) {
        lastFailure = message == null ? "the portal failed" : message.replaceAll("\\s+", " ").strip();
    }

    /** {@code oldestPending}: when the longest-waiting pending record's first unhandled signal came; empty when none waits. */
    void show(long pending, java.util.Optional<Instant> oldestPending, long changes) {
        Instant now = launch.clock().instant();
        Duration lag = oldestPending.map(t -> Duration.between(t, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        String line = "b24kit sync: " + changes + " change(s), " + pending + " pending, lag "
                + seconds(lag) + ", last reconcile "
                + (!leader ? "by another process (it holds the lease)"
                        : lastReconcile == null ? "not yet" : "at " + lastReconcile.truncatedTo(ChronoUnit.SECONDS))
                + (lastFailure == null ? "" : "; retrying after: " + lastFailure);
        // whole seconds: the line changes when something happened (or the lag grew), not with every pass
        if (!line.equals(shown)) {
            err.print(launch.stderrIsTerminal() ? "\r\033[K" + line : line + System.lineSeparator());
            err.flush();
            shown = line;
        }
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + "s";
    }
}
