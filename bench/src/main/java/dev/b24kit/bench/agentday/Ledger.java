package dev.b24kit.bench.agentday;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the agents saw: every operation with its answer, the records each session owns with the values its
 * confirmed receipts promise, the restarts and what the harness noticed. The invariants and the report are
 * computed from it and from the portal.
 *
 * <p>Thread-safe.
 */
final class Ledger {

    /**
     * One operation as the agent issued it, retried until it had an answer.
     *
     * @param outcome    {@code receipt:<kind>}, {@code result}, {@code refused} or {@code failed} (no answer at all)
     * @param attempts   tool calls made (1 when the first answered for good)
     * @param interrupted attempts that got no answer (the gateway died under them)
     * @param unknowns   attempts answered with an {@code unknown} receipt before the final answer
     * @param limitCodes a portal limit code ({@code QUERY_LIMIT_EXCEEDED}, {@code OPERATION_TIME_LIMIT}) in an answer
     * @param detail     the refusal's message or the last error, for the summary's evidence; may be null
     */
    record Operation(int session, int number, String tool, String key, long recordId, Instant startedAt, Instant endedAt,
                     String outcome, int attempts, int interrupted, int unknowns, boolean limitCodes, String detail) {

        long millis() {
            return java.time.Duration.between(startedAt, endedAt).toMillis();
        }
    }

    /** A restart of a gateway process, or the store's connections cut. */
    record Restart(Instant at, String what, long downMillis) {
    }

    /** A record an agent created: its key, and per field the value its last confirmed write put there. */
    record Owned(String key, long recordId, Map<String, String> expected) {
    }

    final List<Operation> operations = new CopyOnWriteArrayList<>();
    final List<Restart> restarts = new CopyOnWriteArrayList<>();
    final Map<String, Owned> owned = new ConcurrentHashMap<>();
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();
    final List<String> notes = new CopyOnWriteArrayList<>();
    /** Distinct events the portal's delivery log shows acknowledged by a gateway; counted by the invariants. */
    volatile long acknowledgedEvents;
    /** How often each of the portal's fault rules struck, by the rule's text; read when the work ends. */
    final Map<String, Integer> faultsStruck = new java.util.TreeMap<>();

    void record(Operation operation) {
        operations.add(operation);
        completed.incrementAndGet();
    }

    List<Operation> operations() {
        return new ArrayList<>(operations);
    }
}
