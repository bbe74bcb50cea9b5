package dev.b24kit.testportal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.events.DeliveryLog;
import dev.b24kit.testportal.internal.events.EventNames;
import dev.b24kit.testportal.internal.events.Subscription;

/**
 * Outbound events of a running portal, from code: outgoing webhooks (as a portal's UI creates them),
 * the delivery behaviour, the delivery log, and — with a {@link VirtualClock} — delivering what has
 * fallen due. The admin API offers the same under {@code /_testportal/events}. Thread-safe.
 */
public final class PortalEvents {

    private final Portal portal;

    PortalEvents(Portal portal) {
        this.portal = portal;
    }

    /** An outgoing webhook: where events go and the token that authenticates them. */
    public record OutgoingWebhook(long handlerId, URI handler, List<String> events, String applicationToken) {
    }

    /** One delivery attempt or deliberate loss, as the portal's queue recorded it. */
    public record Delivery(long sequence, long eventId, long handlerId, String handler, String event, String entityId,
                           Instant raisedAt, Instant dueAt, Instant sentAt, String outcome, int status,
                           long latencyMillis, int attempt, boolean duplicate, boolean throttled) {
    }

    /**
     * Adds an outgoing webhook for these events (e.g. {@code ONCRMDEALUPDATE}); its application token
     * is generated. Throws {@link IllegalArgumentException} for an unknown event or a non-HTTP URL.
     */
    public OutgoingWebhook addOutgoingWebhook(URI handler, List<String> events) {
        Objects.requireNonNull(handler, "handler");
        if (handler.getHost() == null || !List.of("http", "https").contains(String.valueOf(handler.getScheme()).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("outgoing webhook handler must be an http(s) URL, got " + handler);
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("an outgoing webhook needs at least one event");
        }
        List<String> names = events.stream().map(e -> e.trim().toUpperCase(Locale.ROOT)).toList();
        for (String name : names) {
            if (!EventNames.isKnown(name)) {
                throw new IllegalArgumentException("unknown event '" + name + "'; known: ONCRM{DEAL,CONTACT,COMPANY,LEAD}"
                        + "{ADD,UPDATE,DELETE}, ONCRMDYNAMICITEM{ADD,UPDATE,DELETE}[_<entityTypeId>], …");
            }
        }
        String token = portal.events().subscriptions().newToken();
        List<Subscription> added = portal.events().subscriptions().addOutgoingWebhook(handler.toString(), names, token);
        return new OutgoingWebhook(added.getFirst().id(), handler, names, token);
    }

    /** Removes an outgoing webhook by its handler id; answers whether one was removed. */
    public boolean removeOutgoingWebhook(long handlerId) {
        return portal.events().subscriptions().remove(s -> s.id() == handlerId
                && s.kind() == Subscription.Kind.OUTGOING_WEBHOOK) > 0;
    }

    /** The delivery behaviour in force. */
    public EventDelivery delivery() {
        return portal.events().deliveries().profile();
    }

    /** Switches the delivery behaviour for events raised from now on. */
    public PortalEvents delivery(EventDelivery profile) {
        portal.events().deliveries().profile(Objects.requireNonNull(profile, "profile"));
        return this;
    }

    /** Delivers now, in the calling thread, every burst that is due by the portal clock; answers how many went out. */
    public int deliverDue() {
        return portal.events().deliveries().deliverDue();
    }

    /** Deliveries scheduled and not sent yet. */
    public int pending() {
        return portal.events().deliveries().pending();
    }

    /** The delivery log after {@code afterSequence}, for one handler URL or all (null). */
    public List<Delivery> deliveries(long afterSequence, URI handler, int limit) {
        return portal.events().log().since(afterSequence, handler == null ? null : handler.toString(), limit).stream()
                .map(PortalEvents::delivery).toList();
    }

    /** How many deliveries ended each way ({@code DELIVERED}, {@code FAILED}, {@code TIMEOUT}, {@code LOST}). */
    public Map<String, Long> outcomes() {
        return portal.events().log().counts().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private static Delivery delivery(DeliveryLog.Entry e) {
        return new Delivery(e.sequence(), e.eventId(), e.subscriptionId(), e.handler(), e.event(), e.entityId(),
                e.raisedAt(), e.dueAt(), e.sentAt(), e.outcome().name(), e.status(), e.latencyMillis(), e.attempt(),
                e.duplicate(), e.throttled());
    }
}
