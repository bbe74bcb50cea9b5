package dev.b24kit.testportal.internal.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The most recent calls the portal served, for the admin API and for tests that assert on what a
 * client sent. Parameters are stored without {@code auth}; secrets never enter the log. Bounded (the
 * oldest entries go first); thread-safe.
 *
 * <p>Entries are kept in sequence order, the order calls arrived in. A call is added when it
 * finishes, so a slow call (or a batch, logged after its sub-commands) can appear after entries with
 * higher sequences: a reader polling with {@code since(last, …)} sees it only once it is done.
 */
public final class CallLog {

    /**
     * One served call (a batch sub-command is logged as its own entry with {@code batchOf} set).
     *
     * @param sequence   1-based order of arrival
     * @param at         portal time the call began (for a batch command: when it was admitted, after the
     *                   commands before it had spent their time)
     * @param httpMethod GET, POST, …; null for a batch sub-command (it is not an HTTP request)
     * @param method     method name as requested (lower-cased), or the path for unroutable requests
     * @param params     parameters without {@code auth}, {@code start} included; for a batch
     *                   sub-command, after {@code $result} substitution (§5.4)
     * @param credential who called: {@code webhook:ID}, {@code app:CLIENT_ID}, or {@code -}
     * @param status     HTTP status (200 for batch sub-commands that succeeded)
     * @param error      the {@code error} code, null on success
     * @param processing modelled processing seconds
     * @param batchOf    sequence of the enclosing batch, or 0
     * @param disconnected the client had closed the connection by the time the answer was ready (the
     *                     call still ran and was charged); false for batch sub-commands
     */
    public record Entry(long sequence, Instant at, String httpMethod, String method, Map<String, Object> params,
                        String credential, int status, Object error, double processing, long batchOf,
                        boolean disconnected) {
    }

    private final int capacity;
    private final NavigableMap<Long, Entry> entries = new TreeMap<>();
    private long sequence;

    public CallLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized long nextSequence() {
        return ++sequence;
    }

    public synchronized void add(Entry entry) {
        entries.put(entry.sequence(), entry);
        if (entries.size() > capacity) {
            entries.pollFirstEntry();
        }
    }

    /** Entries with a sequence greater than {@code after}, in sequence order, at most {@code limit}. */
    public synchronized List<Entry> since(long after, int limit) {
        List<Entry> result = new ArrayList<>();
        for (Entry entry : entries.tailMap(after, false).values()) {
            if (result.size() >= limit) {
                break;
            }
            result.add(entry);
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
