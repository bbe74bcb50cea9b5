package dev.b24kit.testportal.internal.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.Lock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.events.EventBus;
import dev.b24kit.testportal.internal.limits.CostMeter;
import dev.b24kit.testportal.internal.limits.OperatingBudget;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.php.PhpJson;

/**
 * Serves one REST request the way a cloud portal does: route, parse parameters (§1.2), leaky bucket
 * (§4.1), authenticate, find the method, check its scope and operating budget (§4.2), run it, spend
 * its modelled processing time, charge it, and wrap the result (§2) or the error (§3) — or answer the
 * front end's 504 when the request runs past the cut-off (§4.3). Thread-safe.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** The call-log error of a request (or batch command) the front end cut off (§4.3). */
    public static final String CUT_OFF = "CutOff";

    private final Portal portal;

    public Dispatcher(Portal portal) {
        this.portal = portal;
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
        Timeline timeline = new Timeline(portal, exchange.started);
        Outcome outcome;
        try {
            outcome = invoke(exchange.method, methodParams, start == null ? null : PhpArrays.string(start), caller,
                    timeline, exchange.sequence);
        } finally {
            portal.events().endRequest(); // §10.3: the request's events leave when it completes
        }
        if (outcome.cut()) {
            timeline.reachCutOff();
            logAnswered(exchange, 504, CUT_OFF, outcome.seconds());
            return Faults.frontEndPage(504);
        }
        Reply faulted = late == null ? null : Faults.after(late, portal);
        if (faulted != null) {
            log(exchange, faulted.status(), "DropAfterCommit", outcome.seconds());
            return faulted;
        }
        RestError error = outcome.error();
        logAnswered(exchange, error == null ? 200 : error.status(), error == null ? null : error.code(),
                outcome.seconds());
        return ResponseHeaders.rest(error == null ? reply(200, Envelope.success(outcome.result(), outcome.time()))
                : reply(error.status(), error.body()), exchange.application, outcome.seconds());
    }

    /** Logs a call whose answer is about to be written, noting whether its client is still there to read it. */
    private void logAnswered(Exchange exchange, int status, Object error, double seconds) {
        log(exchange, status, error, seconds, exchange.in.client().closedByClient());
    }

    private void log(Exchange exchange, int status, Object error, double seconds) {
        log(exchange, status, error, seconds, false);
    }

    private void log(Exchange exchange, int status, Object error, double seconds, boolean disconnected) {
        Map<String, Object> params = new LinkedHashMap<>(exchange.params);
        params.remove("auth");
        portal.callLog().add(new CallLog.Entry(exchange.sequence, exchange.started, exchange.in.httpMethod(),
                exchange.method, params, exchange.credential, status, error, seconds, 0, disconnected));
    }

    /**
     * Runs one method for a caller on its request's timeline: existence, scope, the operating budget
     * (checked when the call begins), the handler under the state lock, then its modelled time passes
     * and only then is it charged (§4.2: the call that crosses the limit completes; §5.2: a batch
     * command begins when the one before it has spent its time). A call that would run past the
     * request's cut-off (§4.3) never completes: it is neither answered nor charged, and a write whose
     * base cost alone would pass the cut-off is not run at all. Used for top-level calls and batch
     * sub-commands alike; it does not log (the caller logs under {@code sequence}, which the handler
     * sees as {@link Call#sequence()}).
     */
    public Outcome invoke(String methodName, Map<String, Object> params, String start, Caller caller,
                          Timeline timeline, long sequence) {
        String method = methodName.toLowerCase(Locale.ROOT);
        MethodSpec spec = portal.methods().find(method);
        if (spec == null) {
            return Outcome.failure(RestError.methodNotFound(), 0, timeline.next());
        }
        if (!caller.hasScope(spec.scope())) {
            return Outcome.failure(portal.credentials().insufficientScope(caller), 0, timeline.next());
        }
        boolean metered = caller.kind() != Caller.Kind.INTERNAL && spec.access() != MethodSpec.Access.NONE;
        if (metered && !portal.budget().allows(method, caller.credentialKey())) {
            return Outcome.failure(new RestError(429, "OPERATION_TIME_LIMIT",
                    "Method is blocked due to operation time limit."), 0, timeline.next());
        }
        // read after the budget check: a refusal seen by a later call is never dated before this start
        Instant started = timeline.next();
        CostMeter cost = new CostMeter(portal.costModel(), spec.writes());
        boolean timed = spec.access() != MethodSpec.Access.NONE; // batch and the like take no time of their own
        if (timed && timeline.passesCutOff(started, cost.seconds())) {
            return Outcome.cutOff(timeline.secondsUntilCutOff(started), started);
        }
        Call call = new Call(method, params, start, caller, portal, cost, started, sequence, timeline);
        Object result = null;
        RestError error = null;
        try {
            result = runLocked(spec, call);
        } catch (RestError refused) {
            error = refused; // a call refused by its handler still did its work: its time passes and is charged
        } catch (RuntimeException | StackOverflowError bug) {
            LOG.error("test portal: {} failed unexpectedly", method, bug);
            return Outcome.failure(new RestError(500, "ERROR_CORE", "Internal error in the test portal: " + bug), 0,
                    started);
        }
        if (result instanceof Timed nested) { // a batch: its commands have spent and been charged their time
            return nested.cut() ? Outcome.cutOff(nested.innerSeconds(), started) : Outcome.success(nested.result(),
                    Envelope.time(started, nested.innerSeconds(), portal.zone(), new OperatingBudget.Usage(0, null)),
                    nested.innerSeconds(), started);
        }
        double seconds = timed ? cost.seconds() : 0;
        if (timeline.passesCutOff(started, seconds)) {
            return Outcome.cutOff(timeline.secondsUntilCutOff(started), started);
        }
        timeline.spend(started, seconds);
        OperatingBudget.Usage usage = metered
                ? portal.budget().charge(method, caller.credentialKey(), seconds)
                : new OperatingBudget.Usage(0, null);
        return error != null ? Outcome.failure(error, seconds, started)
                : Outcome.success(result, Envelope.time(started, seconds, portal.zone(), usage), seconds, started);
    }

    /**
     * The result of a method that runs nested invocations (batch), each of which spent and was charged
     * its own time: their total, and whether the request was cut off during one of them.
     */
    public record Timed(Object result, double innerSeconds, boolean cut) {
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

    private static Reply reply(int status, Map<String, Object> body) {
        return new Reply(status, ResponseHeaders.base(), PhpJson.encode(body));
    }
}
