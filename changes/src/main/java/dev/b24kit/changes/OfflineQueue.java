package dev.b24kit.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

import dev.b24kit.changes.internal.OfflineEvent;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Idempotency;
import dev.b24kit.client.Params;
import dev.b24kit.client.RequestRejected;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.Signal;

/**
 * The application's offline event queue (docs/bitrix24-behavior.md §10.4) as a source of inbox signals:
 * {@code event.offline.get} with {@code clear=0} reserves a batch under a process id, every event becomes
 * a {@link dev.b24kit.store.changes.ChangeSource#OFFLINE} signal committed to the inbox, and only then
 * {@code event.offline.clear} removes exactly those rows (by their {@code ID}s). A crash before the inbox
 * commit clears nothing: the rows stay reserved and the next {@link #drain()} finds them with
 * {@code event.offline.list} and fetches them again by their process id. A crash after the commit and before
 * the clear brings the rows back once more; their signals collapse in the inbox, or the re-fetch finds the
 * record unchanged, so nothing is recorded twice.
 *
 * <p>Rows b24kit cannot read as a change of a lead, deal, contact or company (another event, no record ID)
 * are marked with {@code event.offline.error} and logged: they leave the queue ({@code get} no longer
 * answers them) but stay inspectable with {@code event.offline.list} and {@code filter[ERROR]=1}.
 *
 * <p>Only the process holding the {@code offline-queue} lease consumes (a process id found in the queue
 * must not be another live consumer's). The client must be the application's (OAuth, an administrator):
 * offline events belong to an application. Thread-safe: drains of one queue run one at a time. Failures of
 * the portal are the client's exceptions, of the store {@link dev.b24kit.store.StoreException}s — either way
 * nothing is cleared that is not stored.
 */
public final class OfflineQueue {

    /** What one {@link #drain()} did: signals committed to the inbox, rows marked as errors. */
    public record Drained(int signals, int errors) {
        static final Drained NONE = new Drained(0, 0);

        Drained plus(Drained other) {
            return new Drained(signals + other.signals, errors + other.errors);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(OfflineQueue.class);
    private static final String LEASE = "offline-queue";
    private static final int PER_REQUEST = 50;

    private final Store store;
    private final Bitrix24Client client;
    private final String portal;
    private final String connector;
    private final String holder;
    private final Duration lease;
    private volatile boolean confirmable;
    /** Whether reserved rows may wait: at first, after a failure, after the lease was elsewhere. */
    private boolean unsettled = true;

    OfflineQueue(Store store, Bitrix24Client client, String portal, String connector, String holder, Duration lease) {
        this.store = store;
        this.client = client;
        this.portal = portal;
        this.connector = connector;
        this.holder = holder;
        this.lease = lease;
    }

    /**
     * Binds {@code ONCRM<ENTITY>{ADD,UPDATE,DELETE}} of each entity as offline events with this queue's
     * {@code auth_connector}; a binding that already exists is kept. Needs an administrator's app token.
     */
    public void bind(List<String> entities) {
        for (String entity : entities) {
            for (String action : List.of("ADD", "UPDATE", "DELETE")) {
                String event = "ONCRM" + entity.toUpperCase(Locale.ROOT) + action;
                try {
                    client.call("event.bind", withConnector(Params.of("event", event).with("event_type", "offline")),
                            Idempotency.UNSAFE);
                } catch (RequestRejected e) {
                    if (!"ERROR_HANDLER_ALREADY_EXIST".equalsIgnoreCase(e.error())) {
                        throw e;
                    }
                }
            }
        }
    }

    /**
     * Takes every waiting event into the inbox, {@value #PER_REQUEST} per request, until the queue answers
     * none. The first drain, and the first after a failure or after another process held the queue's lease,
     * first takes the rows an earlier run reserved and did not clear. Does nothing when another process
     * holds the lease.
     *
     * @throws IllegalStateException the portal's plan does not offer reading with confirmation
     *                               ({@code feature.get} {@code rest_offline_extended} is not {@code Y})
     */
    public synchronized Drained drain() {
        if (!holdsLease()) {
            unsettled = true; // whoever held it may have left reserved rows behind
            return Drained.NONE;
        }
        requireConfirmation();
        boolean failed = true;
        try {
            Drained total = unsettled ? recover() : Drained.NONE;
            unsettled = false;
            while (true) {
                JsonNode answer = call("event.offline.get", withConnector(Params.of("clear", 0).with("limit", PER_REQUEST)));
                JsonNode events = answer.path("events");
                String process = answer.path("process_id").asString("");
                if (events.isEmpty() || process.isEmpty()) {
                    failed = false;
                    return total;
                }
                total = total.plus(settle(process, events));
                if (!holdsLease()) {
                    failed = false;
                    return total; // another process consumes from here
                }
            }
        } finally {
            unsettled |= failed; // a failure may leave rows reserved and not cleared: look for them next time
        }
    }

    /** Rows reserved by an earlier run that never cleared them (a crash, a lost answer): fetched again by process. */
    private Drained recover() {
        Drained total = Drained.NONE;
        Set<String> done = new LinkedHashSet<>();
        Set<String> processes;
        while (!(processes = reservedProcesses()).isEmpty() && done.addAll(processes)) {
            for (String process : processes) {
                Set<String> seen = new LinkedHashSet<>();
                JsonNode events;
                while (!(events = call("event.offline.get", withConnector(Params.of("process_id", process)
                        .with("limit", PER_REQUEST))).path("events")).isEmpty() && seen.addAll(rowIds(events))) {
                    LOG.info("taking {} offline event(s) reserved by an earlier run that did not clear them", events.size());
                    total = total.plus(settle(process, events));
                }
            }
        }
        return total;
    }

    /** A guard against a portal that answers cleared rows again: each process and row is taken once per drain. */
    private static List<String> rowIds(JsonNode events) {
        List<String> ids = new ArrayList<>();
        events.forEach(row -> ids.add(row.path("ID").asString("")));
        return ids;
    }

    private Set<String> reservedProcesses() {
        JsonNode rows = client.call("event.offline.list", withConnector(Params.of("filter", Map.of("!PROCESS_ID", ""))
                .with("order", Map.of("ID", "ASC")))).result();
        Set<String> processes = new LinkedHashSet<>();
        rows.forEach(row -> {
            String process = row.path("PROCESS_ID").asString("");
            if (!process.isEmpty()) {
                processes.add(process);
            }
        });
        return processes;
    }

    /** Commits the events' signals, then clears exactly those rows and marks the unreadable ones. */
    private Drained settle(String process, JsonNode events) {
        List<Signal> signals = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (JsonNode row : events) {
            OfflineEvent event = OfflineEvent.of(portal, row);
            if (event.signal().isPresent() && !event.rowId().isEmpty()) {
                signals.add(event.signal().get());
                taken.add(event.rowId());
            } else {
                LOG.warn("offline event {} (row {}) is not a change of a lead, deal, contact or company with an ID; "
                        + "marked with event.offline.error", event.eventName(), event.rowId());
                unreadable.add(event.messageId());
            }
        }
        if (!signals.isEmpty()) {
            store.changes().inbox().add(signals); // durable before anything leaves the portal's queue
            call("event.offline.clear", Params.of("process_id", process).with("id", taken));
        }
        if (!unreadable.isEmpty()) {
            call("event.offline.error", Params.of("process_id", process).with("message_id", unreadable));
        }
        return new Drained(signals.size(), unreadable.size());
    }

    /** {@code clear=0} (reserve, then confirm) is a feature of some plans only (§10.4); asked once. */
    private void requireConfirmation() {
        if (confirmable) {
            return;
        }
        String value = client.call("feature.get", Params.of("CODE", "rest_offline_extended")).result().path("value").asString("");
        if (!"Y".equalsIgnoreCase(value)) {
            throw new IllegalStateException("this portal does not offer reading offline events with confirmation "
                    + "(feature.get rest_offline_extended answers '" + value + "'); track it with outgoing webhooks instead");
        }
        confirmable = true;
    }

    private boolean holdsLease() {
        return store.changes().leases().acquire(portal, LEASE, holder, lease);
    }

    private Params withConnector(Params params) {
        return connector.isEmpty() ? params : params.with("auth_connector", connector);
    }

    /** Sent alone and never repeated by the client: {@code clear=0} reserves rows, so a repeat is not harmless. */
    private JsonNode call(String method, Params params) {
        return client.call(method, params, Idempotency.UNSAFE).result();
    }
}
