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
import dev.b24kit.testportal.internal.rest.Outcome;
import dev.b24kit.testportal.internal.rest.RestError;
import dev.b24kit.testportal.internal.rest.Timeline;

/**
 * The {@code batch} method (§5): runs up to 50 commands one after another for the batch's caller and
 * gathers their results, errors, totals, next offsets and times. Every command goes through
 * {@link Dispatcher#invoke} on the request's {@link Timeline}: it begins when the command before it
 * has spent its time, is checked against its method's operating budget then, and is charged when its
 * own time is over (§4.2, §5.2), so parallel batches use up a budget together as time passes and each
 * is refused only from the command that begins after it ran out. When the request's cut-off comes
 * (§4.3) the command running then never completes and the rest never run. Every command is logged
 * as its own call-log entry under the batch. The batch itself locks nothing and is not metered
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
                Outcome outcome = runCommand(call, text, results);
                seconds += outcome.seconds();
                if (outcome.cut()) {
                    return new Dispatcher.Timed(results.members(), seconds, true); // the rest never run
                }
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
        return new Dispatcher.Timed(results.members(), seconds, false);
    }

    /** Parses, resolves references, runs and logs one command. */
    private Outcome runCommand(Call batch, String command, BatchResults results) {
        SubCommand sub = SubCommand.parse(command);
        String method = sub.method().toLowerCase(Locale.ROOT);
        Map<String, Object> params = References.apply(ParamParser.parse(sub.query()), results.context());
        params.remove("auth"); // a command runs with the batch's credentials, never its own
        Object start = params.get("start");
        Map<String, Object> methodParams = new LinkedHashMap<>(params);
        methodParams.remove("start");
        long sequence = portal.callLog().nextSequence();
        Timeline timeline = batch.timeline();
        Instant next = timeline.next();
        Fault injected = portal.faults().strike(method, next, Fault.BatchCommandFailure.class);
        Outcome outcome = injected instanceof Fault.BatchCommandFailure f
                ? Outcome.failure(new RestError(400, f.error(), f.description()), 0, next)
                : notAllowed(method)
                ? Outcome.failure(new RestError(405, "ERROR_BATCH_METHOD_NOT_ALLOWED",
                        "Method is not allowed for batch usage"), 0, next)
                : dispatcher.invoke(method, methodParams, start == null ? null : PhpArrays.string(start),
                        batch.caller(), timeline, sequence);
        if (outcome.failed() && "insufficient_scope".equals(outcome.error().code())) {
            // CRestServerBatchItem raises the scope error without a description (§5.2)
            outcome = Outcome.failure(new RestError(outcome.error().status(), "insufficient_scope", ""),
                    outcome.seconds(), outcome.started());
        }
        portal.callLog().add(new CallLog.Entry(sequence, outcome.started(), null, method, params,
                batch.caller().credentialKey(), status(outcome), outcome.cut() ? Dispatcher.CUT_OFF
                : outcome.failed() ? outcome.error().code() : null, outcome.seconds(), batch.sequence(), false));
        return outcome;
    }

    private static int status(Outcome outcome) {
        return outcome.cut() ? 504 : outcome.failed() ? outcome.error().status() : 200;
    }

    private boolean notAllowed(String method) {
        MethodSpec spec = portal.methods().find(method);
        return NOT_ALLOWED.contains(method) || (spec != null && !spec.batchable());
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
