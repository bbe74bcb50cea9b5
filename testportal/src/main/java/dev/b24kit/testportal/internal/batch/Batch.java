package dev.b24kit.testportal.internal.batch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.ParamParser;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.CallLog;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The {@code batch} method (§5): runs up to 50 commands one after another for the batch's caller and
 * gathers their results, errors, totals, next offsets and times. Every command goes through
 * {@link Dispatcher#invoke} (existence, scope, operating budget, its own lock, its own charge) and is
 * logged as its own call-log entry under the batch. The batch itself locks nothing and is not metered
 * (§4.2); its processing time is the sum of its commands' (§5.5).
 *
 * <p>What the portal does and this class reproduces: parameter names {@code cmd}/{@code halt} in any
 * case (the last spelling wins, as after PHP's {@code array_change_key_case}); a {@code cmd} that is
 * missing or not an array runs nothing and answers the five empty members (PHP's {@code foreach} over
 * a non-array only warns); commands beyond the 50th are not run and each gets
 * {@code ERROR_BATCH_LENGTH_EXCEEDED}; a command that is not a string is skipped silently but still
 * takes one of the 50 places; {@code halt} stops after the first entry in {@code result_error}.
 * Thread-safe (stateless).
 */
final class Batch {

    static final int MAX_LENGTH = 50;

    /** Refused inside a batch: {@code batch} itself since rest 24.0.0, and the file transfer pseudo-methods. */
    private static final Set<String> NOT_ALLOWED = Set.of("batch", "download", "upload");

    private final Dispatcher dispatcher;
    private final Portal portal;

    Batch(Dispatcher dispatcher, Portal portal) {
        this.dispatcher = dispatcher;
        this.portal = portal;
    }

    Object run(Call call) {
        Map<String, Object> commands = PhpArrays.asArray(lastIgnoringCase(call.params(), "cmd"));
        boolean halt = PhpArrays.truthy(lastIgnoringCase(call.params(), "halt"));
        BatchResults results = new BatchResults();
        double seconds = 0;
        int count = 0;
        for (Map.Entry<String, Object> command : commands == null ? Map.<String, Object>of().entrySet()
                : commands.entrySet()) {
            RestError failure;
            if (count++ >= MAX_LENGTH) {
                failure = new RestError(400, "ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded");
            } else if (!(command.getValue() instanceof String text)) {
                continue;
            } else {
                Dispatcher.Outcome outcome = runCommand(call, text, results, started(call, seconds));
                seconds += outcome.seconds();
                failure = outcome.error();
                if (failure == null) {
                    results.succeeded(command.getKey(), outcome.result(), outcome.time());
                }
            }
            if (failure != null) {
                results.failed(command.getKey(), failure);
                if (halt) {
                    break;
                }
            }
        }
        return new Dispatcher.Timed(results.members(), seconds);
    }

    /** Parses, resolves references, runs and logs one command. */
    private Dispatcher.Outcome runCommand(Call batch, String command, BatchResults results, Instant started) {
        SubCommand sub = SubCommand.parse(command);
        String method = sub.method().toLowerCase(Locale.ROOT);
        Map<String, Object> params = References.apply(ParamParser.parse(sub.query()), results.context());
        params.remove("auth"); // a command runs with the batch's credentials, never its own
        Object start = params.get("start");
        Map<String, Object> methodParams = new LinkedHashMap<>(params);
        methodParams.remove("start");
        long sequence = portal.callLog().nextSequence();
        Fault injected = portal.faults().strike(method, started, Fault.BatchCommandFailure.class);
        Dispatcher.Outcome outcome = injected instanceof Fault.BatchCommandFailure f
                ? new Dispatcher.Outcome(null, new RestError(400, f.error(), f.description()), null, 0)
                : notAllowed(method)
                ? new Dispatcher.Outcome(null, new RestError(405, "ERROR_BATCH_METHOD_NOT_ALLOWED",
                        "Method is not allowed for batch usage"), null, 0)
                : dispatcher.invoke(method, methodParams, start == null ? null : PhpArrays.string(start),
                        batch.caller(), started, sequence);
        if (outcome.failed() && "insufficient_scope".equals(outcome.error().code())) {
            // CRestServerBatchItem raises the scope error without a description (§5.2)
            outcome = new Dispatcher.Outcome(null, new RestError(outcome.error().status(), "insufficient_scope", ""),
                    null, outcome.seconds());
        }
        RestError error = outcome.error();
        portal.callLog().add(new CallLog.Entry(sequence, started, null, method, params,
                batch.caller().credentialKey(), error == null ? 200 : error.status(), error == null ? null : error.code(),
                outcome.seconds(), batch.sequence()));
        return outcome;
    }

    private boolean notAllowed(String method) {
        MethodSpec spec = portal.methods().find(method);
        return NOT_ALLOWED.contains(method) || (spec != null && !spec.batchable());
    }

    /**
     * Commands run one after another, so each starts when the previous ones' modelled time is over
     * (or later, if the clock says so): their {@code time} objects read like sequential calls.
     */
    private Instant started(Call batch, double secondsSoFar) {
        Instant modelled = batch.now().plusNanos((long) (secondsSoFar * 1e9));
        Instant now = portal.clock().instant();
        return now.isAfter(modelled) ? now : modelled;
    }

    /** The value of the last key equal to {@code name} ignoring case ({@code array_change_key_case}). */
    private static Object lastIgnoringCase(Map<String, Object> params, String name) {
        Object found = null;
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                found = entry.getValue();
            }
        }
        return found;
    }

}
