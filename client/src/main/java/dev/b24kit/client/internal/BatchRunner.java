package dev.b24kit.client.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.Idempotency;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalValues;
import dev.b24kit.client.Timing;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.Command;
import dev.b24kit.client.batch.CommandOutcome;

/**
 * Sends batches: up to 50 commands per request, each command's outcome read from {@code result},
 * {@code result_error}, {@code result_total}, {@code result_next} and {@code result_time} (any of
 * which may be {@code []}). Commands the portal refused for a limit ({@code OPERATION_TIME_LIMIT},
 * {@code QUERY_LIMIT_EXCEEDED}) did not run; they are sent again (after the pipeline's pacing waits)
 * with references to commands that already ran filled in locally, so no limit refusal reaches the
 * caller. Thread-safe.
 */
public final class BatchRunner {

    private final Pipeline pipeline;
    private final ClientListener listener;

    public BatchRunner(Pipeline pipeline, ClientListener listener) {
        this.pipeline = pipeline;
        this.listener = listener;
    }

    public BatchResult run(Batch batch, boolean coalesced) {
        Map<String, CommandOutcome> outcomes = new LinkedHashMap<>();
        boolean halted = false;
        for (List<Command> request : batch.requests()) {
            if (halted) {
                request.forEach(c -> outcomes.put(c.key(), new CommandOutcome.NotRun(c.method(),
                        "an earlier command failed and the batch halts")));
                continue;
            }
            Map<String, CommandOutcome> part = runRequest(request, batch.halt(), coalesced, batch.requestParams());
            outcomes.putAll(part);
            halted = batch.halt() && part.values().stream().anyMatch(o -> !(o instanceof CommandOutcome.Succeeded));
        }
        return new BatchResult(outcomes);
    }

    /**
     * One request of at most 50 commands, with limit-refused commands sent again until each has an outcome.
     * {@code coalesced}: packed by the {@link Coalescer}, which already took the first request's token.
     */
    public Map<String, CommandOutcome> runRequest(List<Command> commands, boolean halt, boolean coalesced) {
        return runRequest(commands, halt, coalesced, Params.empty());
    }

    /** As {@link #runRequest(List, boolean, boolean)}, with {@code extra} parameters on every request. */
    public Map<String, CommandOutcome> runRequest(List<Command> commands, boolean halt, boolean coalesced, Params extra) {
        Map<String, CommandOutcome> outcomes = new LinkedHashMap<>();
        Map<String, CallResult> done = new LinkedHashMap<>();
        List<Command> pending = commands;
        boolean prepaid = coalesced;
        while (!pending.isEmpty()) {
            JsonNode answer = send(pending, halt, coalesced, prepaid, done, extra).result();
            prepaid = false;
            Map<String, JsonNode> results = PortalValues.members(answer.get("result"));
            Map<String, JsonNode> errors = PortalValues.members(answer.get("result_error"));
            Map<String, JsonNode> totals = PortalValues.members(answer.get("result_total"));
            Map<String, JsonNode> nexts = PortalValues.members(answer.get("result_next"));
            Map<String, JsonNode> times = PortalValues.members(answer.get("result_time"));
            List<Command> again = new ArrayList<>();
            for (Command command : pending) {
                String key = command.key();
                if (results.containsKey(key)) {
                    CallResult result = new CallResult(command.method(), results.get(key), number(totals.get(key)),
                            number(nexts.get(key)), Timing.of(times.get(key)));
                    pipeline.pace().observe(command.method(), result.timing());
                    done.put(key, result);
                    outcomes.put(key, new CommandOutcome.Succeeded(result));
                } else if (errors.containsKey(key)) {
                    JsonNode error = errors.get(key);
                    String code = error.isObject() ? Decoder.errorCode(error.get("error")) : Decoder.errorCode(error);
                    String description = error.isObject() ? Decoder.text(error.get("error_description")) : "";
                    switch (Verdict.ofRefusal(0, code)) {
                        case OPERATING_LIMIT -> {
                            pipeline.pace().blocked(command.method());
                            again.add(command);
                        }
                        case QUERY_LIMIT -> again.add(command);
                        default -> outcomes.put(key, new CommandOutcome.Failed(command.method(), code,
                                pipeline.redactor().redact(description)));
                    }
                } else if (!again.isEmpty()) {
                    again.add(command); // halted after a limit refusal: it did not run either
                } else {
                    outcomes.put(key, new CommandOutcome.NotRun(command.method(), halt && !errors.isEmpty()
                            ? "an earlier command failed and the batch halts"
                            : "the portal's answer holds neither a result nor an error for it"));
                }
            }
            pending = again;
        }
        Map<String, CommandOutcome> ordered = new LinkedHashMap<>();
        commands.forEach(c -> ordered.put(c.key(), outcomes.get(c.key())));
        return ordered;
    }

    private CallResult send(List<Command> commands, boolean halt, boolean coalesced, boolean prepaid,
                            Map<String, CallResult> done, Params extra) {
        Params params = extra.with("halt", halt ? 1 : 0);
        Map<String, Integer> paced = new LinkedHashMap<>();
        boolean safe = true;
        for (Command command : commands) {
            Command resolved = LocalReferences.fill(command, done);
            params = params.with("cmd[" + command.key() + "]", resolved.encoded());
            paced.merge(command.method(), 1, Integer::sum);
            safe &= Idempotency.of(command.method(), command.params()) == Idempotency.SAFE;
        }
        listener.on(new ClientEvent.BatchSent(commands.size(), coalesced));
        return pipeline.send("batch", params, safe ? Idempotency.SAFE : Idempotency.UNSAFE, paced, prepaid);
    }

    private static OptionalLong number(JsonNode node) {
        return node == null ? OptionalLong.empty() : PortalValues.asLong(node);
    }
}
