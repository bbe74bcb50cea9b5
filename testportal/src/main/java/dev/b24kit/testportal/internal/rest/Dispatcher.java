package dev.b24kit.testportal.internal.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.Lock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.events.EventBus;
import dev.b24kit.testportal.internal.limits.CostMeter;
import dev.b24kit.testportal.internal.limits.OperatingBudget;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.php.PhpJson;

/**
 * Serves one REST request the way a cloud portal does: route, parse parameters (§1.2), leaky bucket
 * (§4.1), authenticate, find the method, check its scope and operating budget (§4.2), run it, wrap
 * the result (§2) or the error (§3), and spend the modelled processing time. Thread-safe.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Portal portal;

    public Dispatcher(Portal portal) {
        this.portal = portal;
    }

    /** What one method invocation produced: a result or an error, with its {@code time} object. */
    public record Outcome(Object result, RestError error, Map<String, Object> time, double seconds) {

        public boolean failed() {
            return error != null;
        }
    }

    /** Serves a request under {@code /rest/}. */
    public Reply handle(Incoming in) {
        Exchange exchange = new Exchange(portal.clock().instant(), portal.callLog().nextSequence(), in);
        try {
            Route route = Route.parse(in.path());
            exchange.method = route.method();
            Fault early = portal.faults().strike(route.method(), exchange.started, Fault.QueryLimitExceeded.class,
                    Fault.OverloadLimit.class, Fault.ServerError.class, Fault.DropBeforeCall.class);
            if (early != null) {
                Reply faulted = Faults.before(early, portal);
                log(exchange, faulted.status(), early.getClass().getSimpleName(), 0);
                return faulted;
            }
            admit(route, in);
            exchange.params = RequestParameters.of(in);
            if (route.method().isEmpty()) {
                throw RestError.methodNotFound();
            }
            Caller caller = route.webhook()
                    ? portal.credentials().webhookCaller(route.userId(), route.secret())
                    : portal.credentials().tokenCaller(exchange.params, exchange.started);
            exchange.credential = caller.credentialKey();
            exchange.application = caller.applicationId();
            return serve(exchange, caller);
        } catch (RestError error) {
            log(exchange, error.status(), error.code(), 0);
            return ResponseHeaders.rest(reply(error.status(), error.body()), exchange.application, 0);
        }
    }

    /** What one HTTP request has revealed so far, for its call-log entry and its answer. */
    private static final class Exchange {
        final Instant started;
        final long sequence;
        final Incoming in;
        String method;
        Map<String, Object> params = PhpArrays.array();
        String credential = "-";
        String application;

        Exchange(Instant started, long sequence, Incoming in) {
            this.started = started;
            this.sequence = sequence;
            this.in = in;
            this.method = in.path();
        }
    }

    /** The cloud's front end (§4.1): every request under /rest/ pays the bucket before it is parsed. */
    private void admit(Route route, Incoming in) {
        if (!portal.bucket().tryAcquire()) {
            throw new RestError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests");
        }
        route.requireJson();
        if (in.body().length > portal.config().maxBodyBytes()) {
            throw new RestError(413, "INVALID_REQUEST",
                    "Request body is larger than " + portal.config().maxBodyBytes() + " bytes");
        }
    }

    /** Runs an authenticated call: late faults, the method with its events buffered, latency, the answer. */
    private Reply serve(Exchange exchange, Caller caller) {
        Map<String, Object> params = exchange.params;
        Object start = params.get("start");
        Map<String, Object> methodParams = new LinkedHashMap<>(params);
        methodParams.remove("start");
        methodParams.remove("auth");
        if (caller.kind() == Caller.Kind.OAUTH
                && portal.faults().strike(exchange.method, exchange.started, Fault.ExpiredToken.class) != null) {
            throw new RestError(401, "expired_token", "The access token provided has expired.");
        }
        Fault late = portal.faults().strike(exchange.method, exchange.started, Fault.Slow.class, Fault.DropAfterCommit.class);
        Object connector = params.get("auth_connector");
        portal.events().beginRequest(new EventBus.Origin(caller.userId(), caller.applicationId(),
                connector == null ? null : PhpArrays.string(connector)));
        Outcome outcome;
        try {
            outcome = invoke(exchange.method, methodParams, start == null ? null : PhpArrays.string(start), caller,
                    exchange.started, exchange.sequence);
        } finally {
            portal.events().endRequest(); // §10.3: the request's events leave when it completes
        }
        spend(outcome.seconds(), exchange.started);
        Reply faulted = late == null ? null : Faults.after(late, portal);
        if (faulted != null) {
            log(exchange, faulted.status(), "DropAfterCommit", outcome.seconds());
            return faulted;
        }
        RestError error = outcome.error();
        log(exchange, error == null ? 200 : error.status(), error == null ? null : error.code(), outcome.seconds());
        return ResponseHeaders.rest(error == null ? reply(200, Envelope.success(outcome.result(), outcome.time()))
                : reply(error.status(), error.body()), exchange.application, outcome.seconds());
    }

    private void log(Exchange exchange, int status, Object error, double seconds) {
        log(exchange.sequence, exchange.started, exchange.in.httpMethod(), exchange.method, exchange.params,
                exchange.credential, status, error, seconds, 0);
    }

    /**
     * Runs one method for a caller: existence, scope, operating budget, the handler under the state
     * lock, then the budget charge. Used for top-level calls and for batch sub-commands alike; it does
     * not log (the caller logs under {@code sequence}, which the handler sees as {@link Call#sequence()}).
     */
    public Outcome invoke(String methodName, Map<String, Object> params, String start, Caller caller, Instant started,
                          long sequence) {
        String method = methodName.toLowerCase(Locale.ROOT);
        MethodSpec spec = portal.methods().find(method);
        if (spec == null) {
            return failure(RestError.methodNotFound());
        }
        if (!caller.hasScope(spec.scope())) {
            return failure(portal.credentials().insufficientScope(caller));
        }
        boolean metered = caller.kind() != Caller.Kind.INTERNAL && spec.access() != MethodSpec.Access.NONE;
        if (metered && !portal.budget().allows(method, caller.credentialKey())) {
            return failure(new RestError(429, "OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit."));
        }
        CostMeter cost = new CostMeter(portal.costModel(), spec.writes());
        Call call = new Call(method, params, start, caller, portal, cost, started, sequence);
        Object result;
        try {
            result = runLocked(spec, call);
        } catch (RestError error) {
            // A refused call still did its work: it is charged and its time spent like a success.
            double seconds = spec.access() == MethodSpec.Access.NONE ? 0 : cost.seconds();
            if (metered) {
                portal.budget().charge(method, caller.credentialKey(), seconds);
            }
            return new Outcome(null, error, null, seconds);
        } catch (RuntimeException | StackOverflowError bug) {
            LOG.error("test portal: {} failed unexpectedly", method, bug);
            return failure(new RestError(500, "ERROR_CORE", "Internal error in the test portal: " + bug));
        }
        double seconds = spec.access() == MethodSpec.Access.NONE ? 0 : cost.seconds();
        OperatingBudget.Usage usage = metered
                ? portal.budget().charge(method, caller.credentialKey(), seconds)
                : new OperatingBudget.Usage(0, null);
        if (result instanceof Timed timed) {
            seconds += timed.innerSeconds();
            result = timed.result();
        }
        return new Outcome(result, null, Envelope.time(started, seconds, portal.zone(), usage), seconds);
    }

    /** A result whose processing time includes work done by nested invocations (batch). */
    public record Timed(Object result, double innerSeconds) {
    }

    private static Object runLocked(MethodSpec spec, Call call) {
        if (spec.access() == MethodSpec.Access.NONE) {
            return spec.handler().handle(call);
        }
        Lock lock = spec.writes() ? call.portal().stateLock().writeLock() : call.portal().stateLock().readLock();
        lock.lock();
        try {
            return spec.handler().handle(call);
        } finally {
            lock.unlock();
        }
    }

    private static Outcome failure(RestError error) {
        return new Outcome(null, error, null, 0);
    }

    /**
     * In {@link LatencyMode#REALTIME} waits until the request has taken its modelled time, measured on
     * the portal clock and waited through the portal's sleeper, so a virtual clock with a sleeper that
     * advances it runs in virtual time. Called outside the state lock.
     */
    private void spend(double seconds, Instant started) {
        if (portal.latency() != LatencyMode.REALTIME || seconds <= 0) {
            return;
        }
        long elapsed = Duration.between(started, portal.clock().instant()).toNanos();
        long remaining = (long) (seconds * 1e9) - Math.max(0, elapsed);
        if (remaining > 0) {
            try {
                portal.sleeper().sleep(Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void log(long sequence, Instant at, String httpMethod, String method, Map<String, Object> params,
                     String credential, int status, Object error, double seconds, long batchOf) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.remove("auth");
        portal.callLog().add(new CallLog.Entry(sequence, at, httpMethod, method, copy, credential, status, error,
                seconds, batchOf));
    }

    private static Reply reply(int status, Map<String, Object> body) {
        return new Reply(status, ResponseHeaders.base(), PhpJson.encode(body));
    }
}
