package dev.b24kit.testportal.internal.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-method operating-time limit (§4.2). For each (credential, method) pair — a credential is one
 * webhook or one application — the processing time of the last ten minutes is kept in one-minute
 * buckets: a bucket opens at the first call counted after the previous bucket's minute is over, and
 * lives ten minutes from that call. {@code operating} is the sum of the live buckets,
 * {@code operating_reset_at} the moment the oldest one drops out.
 *
 * <p>A call is refused with 429 {@code OPERATION_TIME_LIMIT} when the sum already reached the limit
 * before it started; the call that crosses the limit still completes. Other methods and other
 * credentials are unaffected. When disabled, nothing is refused, but time is still measured and
 * reported. Time is read from the injected clock only. Thread-safe.
 */
public final class OperatingBudget {

    /** Default limit: 480 s per 10 minutes (old docs; the JS SDK hard-codes it). */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(480);
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration BUCKET = Duration.ofMinutes(1);

    private final InstantSource clock;
    private final Map<Key, Window> windows = new ConcurrentHashMap<>();
    private volatile Duration limit;
    private volatile boolean enabled = true;

    /** Throws {@link IllegalArgumentException} when the limit is not positive. */
    public OperatingBudget(InstantSource clock, Duration limit) {
        this.clock = clock;
        limit(limit);
    }

    /** The state of one method for one credential, as reported in {@code time}. */
    public record Usage(double operatingSeconds, Long resetAt) {
    }

    /** The state of one (credential, method) pair, for the admin API. */
    public record MethodUsage(String credential, String method, double operatingSeconds, Long resetAt,
                              boolean blocked) {
    }

    private record Key(String credential, String method) {
    }

    /** Whether the method may run now for this credential. */
    public boolean allows(String method, String credential) {
        if (!enabled) {
            return true;
        }
        Window window = windows.get(new Key(credential, method));
        return window == null || window.total(clock.instant()) < limitSeconds();
    }

    /** Adds the processing time of a finished call and answers the usage to report in its {@code time}. */
    public Usage charge(String method, String credential, double seconds) {
        Window window = windows.computeIfAbsent(new Key(credential, method), k -> new Window());
        return window.add(clock.instant(), seconds);
    }

    /** Every pair with a live bucket, by credential then method. */
    public List<MethodUsage> usage() {
        Instant now = clock.instant();
        List<MethodUsage> rows = new ArrayList<>();
        for (Map.Entry<Key, Window> entry : windows.entrySet()) {
            Usage usage = entry.getValue().usage(now);
            if (usage.resetAt() == null) {
                continue; // kept, not removed: a concurrent charge may be adding to this window
            }
            boolean blocked = enabled && usage.operatingSeconds() >= limitSeconds();
            rows.add(new MethodUsage(entry.getKey().credential(), entry.getKey().method(), usage.operatingSeconds(),
                    usage.resetAt(), blocked));
        }
        rows.sort(Comparator.comparing(MethodUsage::credential).thenComparing(MethodUsage::method));
        return rows;
    }

    /** Throws {@link IllegalArgumentException} when the limit is not positive. */
    public void limit(Duration newLimit) {
        if (newLimit == null || newLimit.isNegative() || newLimit.isZero()) {
            throw new IllegalArgumentException("operating limit must be a positive duration, got " + newLimit);
        }
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

    /** Forgets all measured time: every method is unblocked. */
    public void reset() {
        windows.clear();
    }

    private double limitSeconds() {
        return limit.toNanos() / 1e9;
    }

    private static final class Window {
        private final Deque<double[]> buckets = new ArrayDeque<>(); // {openedAtEpochSecond, seconds}

        synchronized Usage add(Instant now, double seconds) {
            expire(now);
            double[] last = buckets.peekLast();
            if (last == null || now.getEpochSecond() - (long) last[0] >= BUCKET.toSeconds()) {
                buckets.addLast(new double[] {now.getEpochSecond(), seconds});
            } else {
                last[1] += seconds;
            }
            return usage(now);
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
