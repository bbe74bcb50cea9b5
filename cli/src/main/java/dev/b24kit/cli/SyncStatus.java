package dev.b24kit.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The {@code sync} status on stderr: pending records, lag (how long the inbox has not been empty) and
 * the last reconcile. Redrawn in place on a terminal; otherwise a plain line, only when it changed.
 * Not thread-safe.
 */
final class SyncStatus {

    private final PrintWriter err;
    private final Launch launch;
    private Instant lastEmpty;
    private Instant lastReconcile;
    private String lastFailure;
    private boolean leader = true;
    private String shown = "";

    SyncStatus(PrintWriter err, Launch launch) {
        this.err = err;
        this.launch = launch;
        this.lastEmpty = launch.clock().instant();
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

    void show(long pending, long changes) {
        Instant now = launch.clock().instant();
        if (pending == 0) {
            lastEmpty = now;
        }
        String line = "b24kit sync: " + changes + " change(s), " + pending + " pending, lag "
                + seconds(Duration.between(lastEmpty, now)) + ", last reconcile "
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
