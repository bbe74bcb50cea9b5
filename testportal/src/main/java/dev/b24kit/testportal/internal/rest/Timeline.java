package dev.b24kit.testportal.internal.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import dev.b24kit.testportal.CutOff;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.time.Sleeper;

/**
 * The modelled time of one REST request (§4.2, §4.3, §5.2): when it arrived, how far the calls it
 * runs have got, and when the cloud's front end cuts it off. A top-level call, and each command of a
 * batch in turn, begins at {@link #next()} — when the call before it ended, or now if that is later
 * — and its time then {@link #spend passes} before it is charged: in {@link LatencyMode#REALTIME} the
 * thread waits until the call's end on the portal clock, through the portal's {@link Sleeper};
 * otherwise no time passes and only the modelled end moves on.
 *
 * <p>Latency mode and cut-off are read once, when the request arrives (switches apply to requests
 * that start afterwards). Not thread-safe: one per request, used by one thread.
 */
public final class Timeline {

    private final InstantSource clock;
    private final Sleeper sleeper;
    private final boolean realtime;
    private final Instant cutOff;
    private Instant cursor;

    /** The timeline of a request that arrived at {@code arrived}. */
    public Timeline(Portal portal, Instant arrived) {
        this.clock = portal.clock();
        this.sleeper = portal.sleeper();
        this.realtime = portal.latency() == LatencyMode.REALTIME;
        CutOff cut = portal.cutOff();
        this.cutOff = cut.enabled() ? arrived.plus(cut.after()) : null;
        this.cursor = arrived;
    }

    /** When the next call begins: when the previous one's time was over, or now if that is later. */
    public Instant next() {
        Instant now = clock.instant();
        return now.isAfter(cursor) ? now : cursor;
    }

    /** Whether a call that began at {@code started} and takes {@code seconds} would end after the cut-off. */
    public boolean passesCutOff(Instant started, double seconds) {
        return cutOff != null && end(started, seconds).isAfter(cutOff);
    }

    /** Seconds from {@code started} to the cut-off (0 when it began at or after it, or there is none). */
    public double secondsUntilCutOff(Instant started) {
        return cutOff == null || !cutOff.isAfter(started) ? 0 : Duration.between(started, cutOff).toNanos() / 1e9;
    }

    /** The call's time passes; the next call begins at its end. */
    public void spend(Instant started, double seconds) {
        Instant end = end(started, seconds);
        waitUntil(end);
        cursor = end;
    }

    /** The request is cut off: in real-time mode waits until the cut-off, when the front end answers. */
    public void reachCutOff() {
        if (cutOff != null) {
            waitUntil(cutOff);
            cursor = cutOff;
        }
    }

    private static Instant end(Instant started, double seconds) {
        return started.plusNanos((long) (seconds * 1e9));
    }

    /**
     * Sleeps until the portal clock reads {@code target}, again if a sleep ended early by that clock,
     * so a call is never charged before its end. A clock that sleeping does not move (a virtual clock
     * with its no-op sleeper) ends the wait at once: under virtual time nothing is waited for.
     */
    private void waitUntil(Instant target) {
        if (!realtime) {
            return;
        }
        Instant now = clock.instant();
        while (now.isBefore(target)) {
            try {
                sleeper.sleep(Duration.between(now, target));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Instant after = clock.instant();
            if (!after.isAfter(now)) {
                return;
            }
            now = after;
        }
    }
}
