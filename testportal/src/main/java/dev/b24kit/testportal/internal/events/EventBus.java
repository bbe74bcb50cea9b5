package dev.b24kit.testportal.internal.events;

import java.net.URI;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.internal.crm.CrmChange;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.UserFieldChange;

/**
 * Turns CRM changes into events (§10): collects the events a request raises and, when the request
 * completes, hands them to online handlers (through {@link Deliveries}) and records them for offline
 * bindings (through {@link OfflineQueue}, skipping changes made through the binding's own
 * {@code auth_connector}). Thread-safe.
 */
public final class EventBus implements AutoCloseable {

    /** Who is making the current request: for tokens in deliveries and offline loop avoidance. */
    public record Origin(long userId, String applicationId, String authConnector) {
    }

    /** Mints the token part of an app delivery's {@code auth} block (empty map: none). */
    @FunctionalInterface
    public interface TokenMinter {
        Map<String, Object> tokens(String applicationId, long userId, boolean withRefreshToken);
    }

    private final InstantSource clock;
    private final Supplier<URI> baseUrl;
    private volatile Supplier<String> memberId;
    private final Subscriptions subscriptions = new Subscriptions();
    private final DeliveryLog log = new DeliveryLog(100_000);
    private final OfflineQueue offline = new OfflineQueue();
    private final Deliveries deliveries;
    private final ThreadLocal<List<RaisedEvent>> buffer = new ThreadLocal<>();
    private final ThreadLocal<Origin> origin = new ThreadLocal<>();
    private final Map<Long, Instant> lastOfflineNotice = new ConcurrentHashMap<>();
    private volatile TokenMinter tokenMinter = (app, user, refresh) -> Map.of();
    private long lastEventId;

    public EventBus(InstantSource clock, Supplier<URI> baseUrl, long seed, EventDelivery profile) {
        this.clock = clock;
        this.baseUrl = baseUrl;
        String fallback = String.format("%016x%016x", seed * 0x9E3779B97F4A7C15L, ~seed * 0xBF58476D1CE4E5B9L);
        this.memberId = () -> fallback;
        this.deliveries = new Deliveries(clock, profile, seed, log, this::auth);
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    public DeliveryLog log() {
        return log;
    }

    public void tokenMinter(TokenMinter minter) {
        this.tokenMinter = minter;
    }

    /** Where {@code auth[member_id]} comes from (the OAuth server's, once wired). */
    public void memberId(Supplier<String> source) {
        this.memberId = source;
    }

    /** Marks the start of a request on this thread: its events wait until {@link #endRequest()}. */
    public void beginRequest(Origin who) {
        origin.set(who);
        buffer.set(new ArrayList<>());
    }

    /** Publishes what the request raised (§10.3: events are sent at the end of the request). */
    public void endRequest() {
        List<RaisedEvent> raised = buffer.get();
        Origin who = origin.get();
        buffer.remove();
        origin.remove();
        if (raised != null && !raised.isEmpty()) {
            publish(raised, who);
        }
    }

    /** The store listener: a CRM change raises its events. */
    public void onChange(CrmChange change) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ID", Long.toString(change.id()));
        if (change.entityTypeId() > EntityType.COMPANY) {
            fields.put("ENTITY_TYPE_ID", Integer.toString(change.entityTypeId()));
        }
        Map<String, Object> data = Map.of("FIELDS", fields);
        Origin who = origin.get();
        for (String name : EventNames.of(change)) {
            raise(new RaisedEvent(name, data, change.at(), change.userId(),
                    who == null ? null : who.applicationId(), who == null ? null : who.authConnector()));
        }
    }

    /**
     * The store's user-field listener: {@code ONCRMDEALUSERFIELDADD} and the like, with
     * {@code data[FIELDS]} = {@code ID}, {@code ENTITY_ID}, {@code FIELD_NAME} as the event docs show
     * ({@code on-crm-deal-user-field-add.md}). Smart-process user fields raise nothing (no such event).
     */
    public void onUserFieldChange(UserFieldChange change) {
        String name = EventNames.userField(change.entityTypeId(), change.kind().name());
        if (name == null) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ID", Long.toString(change.fieldId()));
        fields.put("ENTITY_ID", change.ufEntityId());
        fields.put("FIELD_NAME", change.fieldName());
        Origin who = origin.get();
        raise(new RaisedEvent(name, Map.of("FIELDS", fields), clock.instant(), who == null ? 0 : who.userId(),
                who == null ? null : who.applicationId(), who == null ? null : who.authConnector()));
    }

    /** Raises one event: buffered when inside a request, published at once otherwise. */
    public void raise(RaisedEvent event) {
        List<RaisedEvent> current = buffer.get();
        if (current != null) {
            current.add(event);
        } else {
            publish(List.of(event), null);
        }
    }

    private void publish(List<RaisedEvent> events, Origin who) {
        java.util.Set<Long> noticed = new java.util.HashSet<>(); // ONOFFLINEEVENT handlers told in this request
        for (RaisedEvent event : events) {
            long eventId;
            synchronized (this) {
                eventId = ++lastEventId;
            }
            for (Subscription subscription : subscriptions.forEvent(event.name())) {
                if (subscription.online()) {
                    deliveries.enqueue(eventId, subscription, event);
                } else {
                    recordOffline(subscription, event, noticed);
                }
            }
        }
    }

    private void recordOffline(Subscription subscription, RaisedEvent event, java.util.Set<Long> noticed) {
        boolean loop = !subscription.authConnector().isEmpty()
                && subscription.authConnector().equals(event.authConnector())
                && subscription.applicationId().equals(event.applicationId());
        if (loop) {
            return; // §10.4: changes made through the binding's own connector are not recorded
        }
        synchronized (offline) {
            offline.record(subscription.applicationId(), subscription.authConnector(), event,
                    Map.of("user_id", Long.toString(event.userId())));
        }
        notifyOffline(subscription.applicationId(), event, noticed);
    }

    /**
     * {@code ONOFFLINEEVENT}: tells the application's online handler that its queue is not empty, at
     * most once per {@code minTimeout} seconds, or once per request for {@code minTimeout=0} (§10.4).
     */
    private void notifyOffline(String applicationId, RaisedEvent cause, java.util.Set<Long> noticed) {
        Instant at = cause.at();
        for (Subscription notice : subscriptions.forEvent("ONOFFLINEEVENT")) {
            if (!applicationId.equals(notice.applicationId()) || !notice.online() || noticed.contains(notice.id())) {
                continue;
            }
            Instant last = lastOfflineNotice.get(notice.id());
            if (notice.minTimeout() > 0 && last != null && at.isBefore(last.plusSeconds(notice.minTimeout()))) {
                continue;
            }
            noticed.add(notice.id());
            lastOfflineNotice.put(notice.id(), at);
            deliveries.enqueue(0, notice, new RaisedEvent("ONOFFLINEEVENT", Map.of(), at, cause.userId(), applicationId,
                    null));
        }
    }

    /** Runs {@code action} on the offline table under its lock. */
    public <T> T offline(java.util.function.Function<OfflineQueue, T> action) {
        synchronized (offline) {
            return action.apply(offline);
        }
    }

    /**
     * The {@code auth} block of a delivery (§10.2), keys in the order of the docs' sample. Application
     * handlers get tokens for {@code auth_type} (or the user who made the change); outgoing webhooks
     * and changes without a user get none.
     */
    private Map<String, Object> auth(Subscription subscription, RaisedEvent event) {
        URI base = baseUrl.get();
        Map<String, Object> tokens = Map.of();
        if (subscription.kind() == Subscription.Kind.ONLINE && event.userId() > 0) {
            long user = subscription.authType() > 0 ? subscription.authType() : event.userId();
            boolean refresh = switch (event.name()) {
                case "ONAPPINSTALL", "ONAPPUPDATE", "ONOFFLINEEVENT", "ONAPPTEST" -> true;
                default -> false;
            };
            tokens = tokenMinter.tokens(subscription.applicationId(), user, refresh);
        }
        Map<String, Object> auth = new LinkedHashMap<>();
        copy(tokens, auth, "access_token", "expires", "expires_in", "scope");
        auth.put("domain", base.getAuthority());
        auth.put("server_endpoint", base.resolve("oauth/rest/").toString());
        copy(tokens, auth, "status");
        auth.put("client_endpoint", base.resolve("rest/").toString());
        auth.put("member_id", memberId.get());
        copy(tokens, auth, "user_id", "refresh_token");
        auth.put("application_token", subscription.applicationToken());
        return auth;
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String... keys) {
        for (String key : keys) {
            if (from.containsKey(key)) {
                to.put(key, from.get(key));
            }
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public void clear() {
        deliveries.clear();
        log.clear();
        subscriptions.clear();
        synchronized (offline) {
            offline.clear();
        }
        lastOfflineNotice.clear();
    }

    @Override
    public void close() {
        deliveries.close();
    }
}
