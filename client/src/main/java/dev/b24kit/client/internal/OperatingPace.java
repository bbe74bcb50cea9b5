package dev.b24kit.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.Timing;

/**
 * Paces each method so its operating time stays under the portal's per-method budget (see
 * docs/bitrix24-behavior.md §4.2). Fed by every answer's {@code time.operating} and
 * {@code operating_reset_at} (batch commands included). Before a call it adds the estimated cost of
 * the calls of that method still in flight to the last reading; when that would reach the limit
 * minus a margin, the call waits for the reset. After a 429 the method waits until the reset plus a
 * second (at least ten seconds), as the official SDK does. Thread-safe.
 */
public final class OperatingPace {

    /** Seconds kept back from the limit (the official JS SDK keeps 5 s of 480), at most 2 % of it. */
    static final double MARGIN_SECONDS = 5;
    private static final Duration AFTER_RESET = Duration.ofSeconds(1);
    private static final Duration MIN_BLOCK = Duration.ofSeconds(10);

    private final double limitSeconds;
    private final double margin;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final ClientListener listener;
    private final Map<String, MethodState> methods = new ConcurrentHashMap<>();

    public OperatingPace(Duration limit, InstantSource clock, Sleeper sleeper, ClientListener listener) {
        this.limitSeconds = limit.toMillis() / 1000.0;
        this.margin = Math.min(MARGIN_SECONDS, limitSeconds * 0.02);
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /** Per method: the last reading, the cost estimate and the calls in flight. Guarded by itself. */
    private static final class MethodState {
        double operating;
        Instant resetAt;
        Instant blockedUntil;
        double costEstimate = 0.05;
        int inFlight;
        boolean warned;
    }

    /**
     * Waits until {@code commands} calls of {@code method} may start, then counts them in flight;
     * answers how long it waited. Every {@code admit} must be followed by one {@link #release}.
     */
    public Duration admit(String method, int commands) throws InterruptedException {
        MethodState state = methods.computeIfAbsent(method, m -> new MethodState());
        Duration waited = Duration.ZERO;
        while (true) {
            Instant until;
            ClientEvent.BudgetNearLimit warning = null;
            synchronized (state) {
                Instant now = clock.instant();
                until = waitUntil(state, now, commands);
                if (until == null) {
                    state.inFlight += commands;
                    return waited;
                }
                if (!state.warned) {
                    state.warned = true;
                    warning = new ClientEvent.BudgetNearLimit(method, state.operating, limitSeconds);
                }
            }
            if (warning != null) {
                listener.on(warning); // outside the lock: a listener may be slow
            }
            Duration pause = Duration.between(clock.instant(), until);
            if (pause.isPositive()) {
                sleeper.sleep(pause);
                waited = waited.plus(pause);
            }
            synchronized (state) {
                if (state.blockedUntil != null && !clock.instant().isBefore(state.blockedUntil)) {
                    state.blockedUntil = null;
                }
                if (state.resetAt != null && !clock.instant().isBefore(state.resetAt.plus(AFTER_RESET))) {
                    // the oldest minute dropped out; the next answer tells what is left
                    state.operating = 0;
                    state.resetAt = null;
                    state.warned = false;
                }
            }
        }
    }

    private Instant waitUntil(MethodState state, Instant now, int commands) {
        if (state.blockedUntil != null && now.isBefore(state.blockedUntil)) {
            return state.blockedUntil;
        }
        double threshold = limitSeconds - margin;
        if (state.operating + (state.inFlight + commands) * state.costEstimate < threshold) {
            return null;
        }
        if (state.inFlight > 0) {
            // calls in flight will bring a fresh reading soon; wait a little for it
            return now.plusMillis(Math.max(20, Math.round(state.costEstimate * 1000)));
        }
        if (state.operating + commands * state.costEstimate >= threshold && state.resetAt != null) {
            return state.resetAt.plus(AFTER_RESET);
        }
        return null;
    }

    /** {@code commands} calls of {@code method} ended (whatever their outcome). */
    public void release(String method, int commands) {
        MethodState state = methods.get(method);
        if (state != null) {
            synchronized (state) {
                state.inFlight = Math.max(0, state.inFlight - commands);
            }
        }
    }

    /** A successful answer of {@code method} reported its {@code time}. */
    public void observe(String method, Timing timing) {
        if (timing.operatingResetAt().isEmpty() && timing.operating() == 0) {
            return;
        }
        MethodState state = methods.computeIfAbsent(method, m -> new MethodState());
        synchronized (state) {
            state.operating = timing.operating();
            state.resetAt = timing.operatingResetAt().orElse(state.resetAt);
            if (timing.duration() > 0) {
                state.costEstimate = state.costEstimate * 0.8 + timing.duration() * 0.2;
            }
        }
    }

    /** The portal refused {@code method} with {@code OPERATION_TIME_LIMIT}. */
    public void blocked(String method) {
        MethodState state = methods.computeIfAbsent(method, m -> new MethodState());
        synchronized (state) {
            Instant now = clock.instant();
            Instant byReset = state.resetAt == null ? now : state.resetAt.plus(AFTER_RESET);
            Instant atLeast = now.plus(MIN_BLOCK);
            state.blockedUntil = byReset.isAfter(atLeast) ? byReset : atLeast;
            state.operating = Math.max(state.operating, limitSeconds);
        }
    }
}
