package dev.b24kit.testportal.internal.events;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to every event the portal meant to deliver: delivered, failed, timed out, or lost on
 * purpose. Bounded (oldest entries fall out, counters keep counting); thread-safe.
 */
public final class DeliveryLog {

    public enum Outcome { DELIVERED, FAILED, TIMEOUT, LOST }

    /**
     * One attempt (or one deliberate loss).
     *
     * @param eventId    the portal-wide number of the raised event (duplicates share it)
     * @param duplicate  whether this is the extra copy of a duplicated event
     * @param status     the handler's HTTP status, 0 when none
     * @param throttled  whether the handler was considered slow when this was scheduled
     */
    public record Entry(long sequence, long eventId, long subscriptionId, String handler, String event, String entityId,
                        Instant raisedAt, Instant dueAt, Instant sentAt, Outcome outcome, int status,
                        long latencyMillis, int attempt, boolean duplicate, boolean throttled) {
    }

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private long sequence;
    private long duplicates;

    public DeliveryLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized long nextSequence() {
        return ++sequence;
    }

    public synchronized void add(Entry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
        counts.merge(entry.outcome(), 1L, Long::sum);
        if (entry.duplicate() && entry.attempt() == 1) {
            duplicates++;
        }
    }

    /** Entries after {@code after} (by sequence), for one handler URL or all (null), at most {@code limit}. */
    public synchronized List<Entry> since(long after, String handler, int limit) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sequence() > after && (handler == null || handler.equals(entry.handler())) && result.size() < limit) {
                result.add(entry);
            }
        }
        return result;
    }

    public synchronized Map<Outcome, Long> counts() {
        return new EnumMap<>(counts);
    }

    public synchronized long duplicates() {
        return duplicates;
    }

    public synchronized void clear() {
        entries.clear();
        counts.clear();
        duplicates = 0;
    }
}
