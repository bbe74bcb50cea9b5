package dev.b24kit.client.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;

import dev.b24kit.client.AuthenticationFailed;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.Idempotency;
import dev.b24kit.client.OutcomeUnknown;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.RequestRejected;
import dev.b24kit.client.RetryPolicy;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;

/**
 * Sends one HTTP request through the stages, outermost first: operating-time pacing, renewal of an
 * expired token (once), retry, the rate limit (every attempt pays a token), transport. What to do
 * after each attempt comes from {@link Verdict} alone. Thread-safe.
 */
public final class Pipeline {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

    private final Authorizer auth;
    private final Transport transport;
    private final RateLimiter limiter;
    private final OperatingPace pace;
    private final RetryPolicy retry;
    private final ClientListener listener;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Redactor redactor;

    /** The bucket, for the coalescer, which takes a request's token before it drains its queue. */
    public RateLimiter limiter() {
        return limiter;
    }

    public Pipeline(Authorizer auth, Transport transport, RateLimiter limiter, OperatingPace pace, RetryPolicy retry,
                    ClientListener listener, InstantSource clock, Sleeper sleeper, RandomGenerator random) {
        this.auth = auth;
        this.transport = transport;
        this.limiter = limiter;
        this.pace = pace;
        this.retry = retry;
        this.listener = listener;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.redactor = new Redactor(auth::secrets);
    }

    public OperatingPace pace() {
        return pace;
    }

    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends {@code method} with {@code params} until it has a result or a final error.
     *
     * @param paced the methods whose operating budget this request spends, with how many calls of each
     *              ({@code method → 1} for a single call; the commands' methods for a batch)
     */
    public CallResult send(String method, Params params, Idempotency idempotency, Map<String, Integer> paced) {
        return send(method, params, idempotency, paced, false);
    }

    /**
     * As {@link #send(String, Params, Idempotency, Map)}; with {@code prepaid} the caller already took the
     * bucket's token for the first attempt (the coalescer takes it before it drains its queue).
     */
    public CallResult send(String method, Params params, Idempotency idempotency, Map<String, Integer> paced,
                           boolean prepaid) {
        Instant started = clock.instant();
        Duration limitWaits = Duration.ZERO;
        int attempt = 0;
        boolean renewed = false;
        while (true) {
            attempt++;
            Attempt result = attempt(method, params, paced, attempt, prepaid && attempt == 1 && !renewed
                    && limitWaits.isZero());
            limitWaits = limitWaits.plus(result.waited());
            Answer answer = result.answer();
            switch (Verdict.of(answer)) {
                case DONE -> {
                    CallResult ok = ((Answer.Ok) answer).result();
                    if (paced.containsKey(method)) {
                        pace.observe(method, ok.timing());
                    }
                    return ok;
                }
                case QUERY_LIMIT -> {
                    saturate(method, attempt);
                    attempt--; // refused before it ran: not an attempt
                    listener.on(new ClientEvent.RetryScheduled(method, attempt + 1, "QUERY_LIMIT_EXCEEDED",
                            describe(answer), Duration.ZERO));
                }
                case OPERATING_LIMIT -> {
                    paced.keySet().forEach(pace::blocked);
                    if (!paced.containsKey(method)) {
                        pace.blocked(method);
                    }
                    attempt--;
                    listener.on(new ClientEvent.RetryScheduled(method, attempt + 1, "OPERATION_TIME_LIMIT",
                            describe(answer), Duration.ZERO));
                }
                case TOKEN_EXPIRED -> {
                    if (renewed || !renew(method, result.token())) {
                        throw authFailure(method, answer);
                    }
                    renewed = true;
                    attempt--;
                }
                case AUTH -> throw authFailure(method, answer);
                case REJECTED -> throw rejected(method, answer);
                case NOT_RUN, MAYBE_RUN -> backOffOrGiveUp(method, params, idempotency, answer, attempt, started);
            }
            if (limitWaits.compareTo(retry.maxLimitWait()) > 0) {
                throw new PortalUnavailable(method, errorOf(answer), "the portal's limits kept refusing the call for "
                        + limitWaits.toSeconds() + " s", statusOf(answer), attempt, null);
            }
        }
    }

    private void saturate(String method, int attempt) {
        try {
            limiter.saturate();
        } catch (RuntimeException e) {
            throw new PortalUnavailable(method, "QUERY_LIMIT_EXCEEDED", "the portal's bucket is full and the shared "
                    + "request budget could not be updated (" + redactor.redact(e.getMessage()) + ")", 503, attempt, e);
        }
    }

    private record Attempt(Answer answer, String token, Duration waited) {
    }

    private Attempt attempt(String method, Params params, Map<String, Integer> paced, int attempt, boolean prepaid) {
        Duration waited = Duration.ZERO;
        try {
            for (Map.Entry<String, Integer> m : paced.entrySet()) {
                Duration w = pace.admit(m.getKey(), m.getValue());
                if (w.isPositive()) {
                    listener.on(new ClientEvent.Throttled(method, "operating", w));
                }
                waited = waited.plus(w);
            }
        } catch (InterruptedException e) {
            paced.forEach(pace::release); // over-release is clamped at zero
            throw cancelled(method);
        }
        try {
            Duration bucket = Duration.ZERO;
            try {
                if (!prepaid) {
                    bucket = limiter.acquire();
                }
            } catch (InterruptedException e) {
                throw cancelled(method);
            } catch (RuntimeException e) { // a shared bucket that cannot be reached: send nothing
                throw new PortalUnavailable(method, "", "the request budget could not be taken ("
                        + redactor.redact(e.getMessage()) + "); the call was not sent", 0, attempt, e);
            }
            if (bucket.isPositive()) {
                listener.on(new ClientEvent.Throttled(method, "bucket", bucket));
            }
            Authorizer.Signed signed = auth.sign(params);
            listener.on(new ClientEvent.CallStarted(method, attempt));
            long t0 = System.nanoTime();
            Answer answer = exchange(method, signed.params());
            listener.on(new ClientEvent.CallEnded(method, attempt, statusOf(answer), errorOrNull(answer),
                    Duration.ofNanos(System.nanoTime() - t0)));
            return new Attempt(answer, signed.token(), waited.plus(bucket));
        } finally {
            paced.forEach(pace::release);
        }
    }

    private Answer exchange(String method, Params signed) {
        try {
            return Decoder.decode(method, transport.post(auth.url(method), signed.encode()));
        } catch (ConnectException | HttpConnectTimeoutException | UnresolvedAddressException e) {
            return new Answer.NoAnswer(redactor.describe(e), false, null);
        } catch (IOException e) {
            return new Answer.NoAnswer(redactor.describe(e), true, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer.NoAnswer("interrupted while waiting for the answer", true, null);
        }
    }

    private boolean renew(String method, String token) {
        try {
            return auth.renew(token);
        } catch (InterruptedException e) {
            throw cancelled(method);
        }
    }

    private void backOffOrGiveUp(String method, Params params, Idempotency idempotency, Answer answer, int attempt,
                                 Instant started) {
        boolean mayHaveRun = Verdict.of(answer) == Verdict.MAYBE_RUN;
        if (idempotency == Idempotency.UNSAFE) {
            if (mayHaveRun) {
                listener.on(new ClientEvent.OutcomeUnknownReported(method, attempt, describe(answer)));
                LOG.warn("{}: outcome of attempt {} unknown, not repeated: {}", method, attempt, describe(answer));
                throw new OutcomeUnknown(method, params, attempt, errorOf(answer), describe(answer), statusOf(answer), null);
            }
            throw new PortalUnavailable(method, errorOf(answer), describe(answer)
                    + "; the call did not run and was not repeated because it is not safe to repeat", statusOf(answer),
                    attempt, null);
        }
        Duration delay = Duration.ofMillis(random.nextLong(retry.ceiling(attempt).toMillis() + 1));
        boolean interrupted = Thread.currentThread().isInterrupted();
        if (interrupted || attempt >= retry.maxAttempts()
                || Duration.between(started, clock.instant()).plus(delay).compareTo(retry.maxElapsed()) > 0) {
            throw new PortalUnavailable(method, errorOf(answer), describe(answer), statusOf(answer), attempt, null);
        }
        listener.on(new ClientEvent.RetryScheduled(method, attempt + 1, reasonCode(answer), describe(answer), delay));
        LOG.debug("{}: attempt {} failed ({}); retrying in {} ms", method, attempt, describe(answer), delay.toMillis());
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            throw cancelled(method);
        }
    }

    private static CancellationException cancelled(String method) {
        Thread.currentThread().interrupt();
        return new CancellationException(method + ": interrupted while waiting to send; the call was not sent");
    }

    private AuthenticationFailed authFailure(String method, Answer answer) {
        return new AuthenticationFailed(method, errorOf(answer), describe(answer), statusOf(answer));
    }

    private RequestRejected rejected(String method, Answer answer) {
        return new RequestRejected(method, errorOf(answer), describe(answer), statusOf(answer));
    }

    private String describe(Answer answer) {
        return switch (answer) {
            case Answer.Ok ok -> "ok";
            case Answer.Refused r -> redactor.redact(r.description());
            case Answer.Garbled g -> "the portal answered " + g.summary();
            case Answer.NoAnswer n -> "no answer: " + n.summary();
        };
    }

    /** A short code for why an attempt failed: the portal's error, {@code http_NNN}, or {@code no_answer}. */
    static String reasonCode(Answer answer) {
        return switch (answer) {
            case Answer.Refused r when !r.error().isEmpty() -> r.error();
            case Answer.Refused r -> "http_" + r.status();
            case Answer.Garbled g -> "http_" + g.status();
            case Answer.NoAnswer n -> "no_answer";
            case Answer.Ok ok -> "ok";
        };
    }

    static int statusOf(Answer answer) {
        return switch (answer) {
            case Answer.Ok ok -> 200;
            case Answer.Refused r -> r.status();
            case Answer.Garbled g -> g.status();
            case Answer.NoAnswer n -> 0;
        };
    }

    private static String errorOf(Answer answer) {
        return answer instanceof Answer.Refused r ? r.error() : "";
    }

    private static String errorOrNull(Answer answer) {
        return switch (answer) {
            case Answer.Ok ok -> null;
            case Answer.Refused r -> r.error().isEmpty() ? "(empty)" : r.error();
            case Answer.Garbled g -> "HTTP " + g.status();
            case Answer.NoAnswer n -> "no answer";
        };
    }
}
