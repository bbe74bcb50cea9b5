package dev.b24kit.testportal.internal.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.b24kit.testportal.internal.php.PhpJson;

/**
 * The offline event table (§10.4, {@code b_rest_event_offline}): rows keyed by
 * {@code MESSAGE_ID = md5(EVENT_NAME|json(EVENT_DATA))} and merged on (message, application,
 * connector, process) — 1000 updates of one deal leave one row with the latest {@code TIMESTAMP_X}.
 * {@code event.offline.get} either deletes what it returns ({@code clear=1}) or reserves it under a
 * new process id; reserved rows expire after 30 days. Not thread-safe; guarded by the events lock.
 */
public final class OfflineQueue {

    /** {@code PROCESS_ID_LIFETIME}: reserved rows live this long. */
    public static final Duration PROCESS_LIFETIME = Duration.ofSeconds(2_952_000);

    /** One row. */
    public static final class Row {
        public final long id;
        public Instant timestamp;
        public final String eventName;
        public final Map<String, Object> eventData;
        public Map<String, Object> additional;
        public final String messageId;
        public final String applicationId;
        public final String connectorId;
        public String processId = "";
        public Instant reservedAt;
        public boolean error;

        Row(long id, Instant timestamp, String eventName, Map<String, Object> eventData, Map<String, Object> additional,
            String messageId, String applicationId, String connectorId) {
            this.id = id;
            this.timestamp = timestamp;
            this.eventName = eventName;
            this.eventData = eventData;
            this.additional = additional;
            this.messageId = messageId;
            this.applicationId = applicationId;
            this.connectorId = connectorId;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final SecureRandom processIds = new SecureRandom();
    private long lastId;

    /** Records an event for an application's offline binding, merging with an unreserved identical row. */
    public Row record(String applicationId, String connectorId, RaisedEvent event, Map<String, Object> additional) {
        String messageId = messageId(event.name(), event.data());
        for (Row row : rows) {
            if (row.messageId.equals(messageId) && row.applicationId.equals(applicationId)
                    && row.connectorId.equals(connectorId) && row.processId.isEmpty()) {
                row.timestamp = event.at();
                row.additional = additional;
                return row;
            }
        }
        Row row = new Row(++lastId, event.at(), event.name(), event.data(), additional, messageId, applicationId,
                connectorId);
        rows.add(row);
        return row;
    }

    /** Rows of an application (and connector, when given) matching {@code filter}, in table order. */
    public List<Row> select(String applicationId, String connectorId, Predicate<Row> filter, Instant now) {
        expire(now);
        List<Row> result = new ArrayList<>();
        for (Row row : rows) {
            if (row.applicationId.equals(applicationId) && (connectorId == null || row.connectorId.equals(connectorId))
                    && filter.test(row)) {
                result.add(row);
            }
        }
        return result;
    }

    /** Reserves rows under a new 32-character process id. */
    public String reserve(List<Row> selected, Instant now) {
        byte[] bytes = new byte[16];
        processIds.nextBytes(bytes);
        String processId = HexFormat.of().formatHex(bytes);
        for (Row row : selected) {
            row.processId = processId;
            row.reservedAt = now;
        }
        return processId;
    }

    public void delete(List<Row> selected) {
        rows.removeAll(selected);
    }

    public int size() {
        return rows.size();
    }

    public void clear() {
        rows.clear();
    }

    private void expire(Instant now) {
        for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
            Row row = it.next();
            if (row.reservedAt != null && !row.reservedAt.plus(PROCESS_LIFETIME).isAfter(now)) {
                it.remove();
            }
        }
    }

    static String messageId(String eventName, Map<String, Object> data) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] digest = md5.digest((eventName + "|" + PhpJson.encode(new LinkedHashMap<>(data)))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
