package dev.b24kit.testportal.internal.rest;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The most recent calls the portal served, for the admin API and for tests that assert on what a
 * client sent. Parameters are stored without {@code auth}; secrets never enter the log. Bounded;
 * thread-safe.
 */
public final class CallLog {

    /**
     * One served call (a batch sub-command is logged as its own entry with {@code batchOf} set).
     *
     * @param sequence   1-based order of arrival
     * @param at         portal time the call began
     * @param method     method name as requested (lower-cased), or the path for unroutable requests
     * @param params     parameters without {@code auth}
     * @param credential who called: {@code webhook:USER}, {@code app:CLIENT_ID}, or {@code -}
     * @param status     HTTP status (200 for batch sub-commands that succeeded)
     * @param error      the {@code error} code, null on success
     * @param processing modelled processing seconds
     * @param batchOf    sequence of the enclosing batch, or 0
     */
    public record Entry(long sequence, Instant at, String httpMethod, String method, Map<String, Object> params,
                        String credential, int status, Object error, double processing, long batchOf) {
    }

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long sequence;

    public CallLog(int capacity) {
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
    }

    /** Entries with a sequence greater than {@code after}, oldest first, at most {@code limit}. */
    public synchronized List<Entry> since(long after, int limit) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sequence() > after && result.size() < limit) {
                result.add(entry);
            }
        }
        return result;
    }

    public synchronized long lastSequence() {
        return sequence;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
