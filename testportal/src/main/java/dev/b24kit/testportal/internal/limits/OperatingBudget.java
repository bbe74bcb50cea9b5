package dev.b24kit.testportal.internal.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-method operating-time limit (§4.2): for each (method, webhook-or-app) the processing time of
 * the last ten minutes is kept in one-minute buckets; each bucket lives ten minutes from the first call
 * counted in it. A call is refused with 429 {@code OPERATION_TIME_LIMIT} when the sum already reached
 * the limit; the call that crosses the limit still completes. Thread-safe.
 */
public final class OperatingBudget {

    /** Default limit: 480 s per 10 minutes (old docs; JSSDK hard-codes it). */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(480);
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration BUCKET = Duration.ofMinutes(1);

    private final InstantSource clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Duration limit;
    private volatile boolean enabled = true;

    public OperatingBudget(InstantSource clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** The state of one method for one credential, as reported in {@code time}. */
    public record Usage(double operatingSeconds, Long resetAt) {
    }

    /** Whether the method may run now for this credential. */
    public boolean allows(String method, String credential) {
        if (!enabled) {
            return true;
        }
        Window window = windows.get(key(method, credential));
        return window == null || window.total(clock.instant()) < limit.toNanos() / 1e9;
    }

    /** Adds the processing time of a finished call and answers the usage to report. */
    public Usage charge(String method, String credential, double seconds) {
        Window window = windows.computeIfAbsent(key(method, credential), k -> new Window());
        Instant now = clock.instant();
        synchronized (window) {
            window.add(now, seconds);
            return window.usage(now);
        }
    }

    public void limit(Duration newLimit) {
        this.limit = newLimit;
    }

    public Duration limit() {
        return limit;
    }

    public void enabled(boolean value) {
        this.enabled = value;
    }

    public boolean enabled() {
        return enabled;
    }

    public void reset() {
        windows.clear();
    }

    private static String key(String method, String credential) {
        return credential + '\u0000' + method;
    }

    private static final class Window {
        private final Deque<double[]> buckets = new ArrayDeque<>(); // {openedAtEpochSecond, seconds}

        synchronized void add(Instant now, double seconds) {
            expire(now);
            double[] last = buckets.peekLast();
            if (last == null || now.getEpochSecond() - (long) last[0] >= BUCKET.toSeconds()) {
                buckets.addLast(new double[] {now.getEpochSecond(), seconds});
            } else {
                last[1] += seconds;
            }
        }

        synchronized double total(Instant now) {
            expire(now);
            double sum = 0;
            for (double[] bucket : buckets) {
                sum += bucket[1];
            }
            return sum;
        }

        synchronized Usage usage(Instant now) {
            double sum = total(now);
            double[] oldest = buckets.peekFirst();
            return new Usage(sum, oldest == null ? null : (long) oldest[0] + WINDOW.toSeconds());
        }

        private void expire(Instant now) {
            while (!buckets.isEmpty() && (long) buckets.peekFirst()[0] + WINDOW.toSeconds() <= now.getEpochSecond()) {
                buckets.removeFirst();
            }
        }
    }
}
