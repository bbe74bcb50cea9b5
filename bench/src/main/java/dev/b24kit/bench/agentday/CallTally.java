package dev.b24kit.bench.agentday;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/**
 * The portal's call log, read as it grows: the log keeps only its last 10,000 entries, fewer than a day makes.
 * A call is logged when it finishes, with the sequence it arrived with, so each read looks back a stretch of
 * sequences for slow calls logged late, and counts every call once.
 *
 * <p>Thread-safe.
 */
final class CallTally {

    /** One call: when it began, whether it was a batch's command, and its error (or error page), null when none. */
    record Call(Instant at, boolean batchCommand, String fault) {
    }

    /** Calls finish within the portal's 60-second cut-off: far fewer than this many arrive meanwhile. */
    private static final long LOOK_BACK = 3_000;

    private final TestPortal portal;
    private final List<Call> calls = new ArrayList<>();
    private final Set<Long> counted = new HashSet<>();
    private long newest;

    CallTally(TestPortal portal) {
        this.portal = portal;
    }

    /** Takes in what the log gained since the last read. */
    synchronized void read() {
        long after = Math.max(0, newest - LOOK_BACK);
        List<RecordedCall> page;
        while (!(page = portal.calls(after, 5_000)).isEmpty()) {
            for (RecordedCall c : page) {
                if (counted.add(c.sequence())) {
                    calls.add(new Call(c.at(), c.batchOf() != 0, fault(c)));
                }
                newest = Math.max(newest, c.sequence());
            }
            after = page.getLast().sequence();
        }
    }

    /** The calls that began between {@code from} and {@code until}, both included. */
    synchronized List<Call> between(Instant from, Instant until) {
        return calls.stream().filter(c -> !c.at().isBefore(from) && !c.at().isAfter(until)).toList();
    }

    /** The error the log names, or the HTTP status of an error page without one (the nginx 500/502 pages). */
    private static String fault(RecordedCall c) {
        return c.error() != null ? String.valueOf(c.error()) : c.status() >= 500 ? "HTTP " + c.status() : null;
    }
}
