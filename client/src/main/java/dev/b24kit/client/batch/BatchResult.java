package dev.b24kit.client.batch;

import java.util.Map;
import java.util.NoSuchElementException;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.RequestRejected;

/**
 * Every command's outcome, in the order the commands were added. Immutable.
 *
 * @param outcomes command key → outcome
 */
public record BatchResult(Map<String, CommandOutcome> outcomes) {

    public BatchResult {
        outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
    }

    /** The outcome of {@code key}; throws {@link NoSuchElementException} for a key not in the batch. */
    public CommandOutcome outcome(String key) {
        CommandOutcome outcome = outcomes.get(key);
        if (outcome == null) {
            throw new NoSuchElementException("no command '" + key + "' in this batch; keys: " + outcomes.keySet());
        }
        return outcome;
    }

    /**
     * The result of {@code key}, or the command's refusal thrown as a {@link RequestRejected}
     * (also for a command that did not run).
     */
    public CallResult result(String key) {
        return switch (outcome(key)) {
            case CommandOutcome.Succeeded s -> s.result();
            case CommandOutcome.Failed f -> throw f.toException();
            case CommandOutcome.NotRun n -> throw new RequestRejected(n.method(), "", "not run: " + n.reason(), 0);
        };
    }

    /** Whether every command succeeded. */
    public boolean allSucceeded() {
        return outcomes.values().stream().allMatch(o -> o instanceof CommandOutcome.Succeeded);
    }
}
