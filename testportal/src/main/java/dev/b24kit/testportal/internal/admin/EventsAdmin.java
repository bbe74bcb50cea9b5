package dev.b24kit.testportal.internal.admin;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.events.DeliveryLog;
import dev.b24kit.testportal.internal.events.EventNames;
import dev.b24kit.testportal.internal.events.Subscription;

/**
 * {@code /_testportal/events/…}:
 * <ul>
 *   <li>{@code webhooks}: GET lists outgoing webhooks (with their {@code application_token}, as the portal's UI shows it); POST {@code handler=URL&events=ONCRMDEALADD,ONCRMDEALUPDATE}
 *       adds one and answers its {@code application_token}; POST {@code remove=ID} removes one;</li>
 *   <li>{@code delivery}: GET the delivery behaviour; POST any of {@code minDelay}, {@code meanExtraDelay},
 *       {@code maxDelay}, {@code burstWindow}, {@code handlerTimeout}, {@code slowThreshold}, {@code slowPenalty}
 *       (seconds), {@code reorder}, {@code duplicateRate}, {@code lossRate}, {@code retries}, or
 *       {@code preset=cloud|prompt};</li>
 *   <li>{@code log}: GET {@code after=N&handler=URL&limit=M}, the delivery log and the counts per outcome;</li>
 *   <li>{@code deliver}: POST delivers what is due now (for virtual time).</li>
 * </ul>
 */
final class EventsAdmin {

    private final Portal portal;

    EventsAdmin(Portal portal) {
        this.portal = portal;
    }

    Object handle(String endpoint, String httpMethod, Map<String, Object> params) {
        return switch (endpoint) {
            case "events/webhooks" -> webhooks(httpMethod, params);
            case "events/delivery" -> delivery(httpMethod, params);
            case "events/log" -> log(params);
            case "events/deliver" -> deliver();
            default -> null;
        };
    }

    private Object webhooks(String httpMethod, Map<String, Object> params) {
        AdminParams p = new AdminParams("events/webhooks", httpMethod, params, Set.of("handler", "events", "remove"));
        Map<String, Object> answer = new LinkedHashMap<>();
        if (p.has("handler")) {
            String handler = p.text("handler");
            URI uri;
            try {
                uri = URI.create(handler);
            } catch (IllegalArgumentException e) {
                throw p.refused("handler", handler, "an http(s) URL");
            }
            if (uri.getHost() == null || !(handler.startsWith("http://") || handler.startsWith("https://"))) {
                throw p.refused("handler", handler, "an http(s) URL");
            }
            List<String> events = Arrays.stream(p.text("events").split(",")).map(String::trim).filter(e -> !e.isEmpty())
                    .map(String::toUpperCase).toList();
            for (String event : events) {
                if (!EventNames.isKnown(event)) {
                    throw p.refused("events", event, "event names such as ONCRMDEALADD, ONCRMDEALUPDATE, ONCRMDYNAMICITEMADD_128");
                }
            }
            if (events.isEmpty()) {
                throw p.refused("events", "", "a comma-separated list of event names");
            }
            String token = portal.events().subscriptions().newToken();
            List<Subscription> added = portal.events().subscriptions().addOutgoingWebhook(handler, events, token);
            answer.put("id", added.getFirst().id());
            answer.put("application_token", token);
        }
        if (p.has("remove")) {
            long id = p.id("remove", "the id of an outgoing webhook");
            portal.events().subscriptions().remove(s -> s.id() == id && s.kind() == Subscription.Kind.OUTGOING_WEBHOOK);
        }
        Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Subscription s : portal.events().subscriptions().matching(s -> s.kind() == Subscription.Kind.OUTGOING_WEBHOOK)) {
            Map<String, Object> row = byId.computeIfAbsent(s.id(), id -> {
                Map<String, Object> fresh = new LinkedHashMap<>();
                fresh.put("id", id);
                fresh.put("handler", s.handler());
                fresh.put("events", new java.util.ArrayList<String>());
                // the portal's UI shows an outgoing webhook's token to its admin; so does this admin API
                fresh.put("application_token", s.applicationToken());
                return fresh;
            });
            @SuppressWarnings("unchecked")
            List<String> events = (List<String>) row.get("events");
            events.add(s.event());
        }
        answer.put("webhooks", List.copyOf(byId.values()));
        return answer;
    }

    private Map<String, Object> deliver() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("delivered", portal.events().deliveries().deliverDue());
        out.put("pending", portal.events().deliveries().pending());
        return out;
    }

    private Object delivery(String httpMethod, Map<String, Object> params) {
        AdminParams p = new AdminParams("events/delivery", httpMethod, params, Set.of("preset", "minDelay",
                "meanExtraDelay", "maxDelay", "burstWindow", "reorder", "duplicateRate", "lossRate", "retries",
                "handlerTimeout", "slowThreshold", "slowPenalty"));
        EventDelivery d = p.has("preset")
                ? p.choice("preset", Map.of("cloud", EventDelivery.CLOUD, "prompt", EventDelivery.PROMPT))
                : portal.events().deliveries().profile();
        try {
            d = new EventDelivery(seconds(p, "minDelay", d.minDelay()), seconds(p, "meanExtraDelay", d.meanExtraDelay()),
                    seconds(p, "maxDelay", d.maxDelay()), seconds(p, "burstWindow", d.burstWindow()),
                    p.has("reorder") ? p.bool("reorder") : d.reorder(),
                    p.has("duplicateRate") ? rate(p, "duplicateRate") : d.duplicateRate(),
                    p.has("lossRate") ? rate(p, "lossRate") : d.lossRate(),
                    p.has("retries") ? (int) p.number("retries", false) : d.retries(),
                    seconds(p, "handlerTimeout", d.handlerTimeout()), seconds(p, "slowThreshold", d.slowThreshold()),
                    seconds(p, "slowPenalty", d.slowPenalty()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("events/delivery: " + e.getMessage(), e);
        }
        portal.events().deliveries().profile(d);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("minDelay", d.minDelay().toMillis() / 1000.0);
        out.put("meanExtraDelay", d.meanExtraDelay().toMillis() / 1000.0);
        out.put("maxDelay", d.maxDelay().toMillis() / 1000.0);
        out.put("burstWindow", d.burstWindow().toMillis() / 1000.0);
        out.put("reorder", d.reorder());
        out.put("duplicateRate", d.duplicateRate());
        out.put("lossRate", d.lossRate());
        out.put("retries", d.retries());
        out.put("handlerTimeout", d.handlerTimeout().toMillis() / 1000.0);
        out.put("slowThreshold", d.slowThreshold().toMillis() / 1000.0);
        out.put("slowPenalty", d.slowPenalty().toMillis() / 1000.0);
        return out;
    }

    private static Duration seconds(AdminParams p, String name, Duration fallback) {
        return p.has(name) ? Duration.ofNanos((long) (p.seconds(name, false) * 1e9)) : fallback;
    }

    private static double rate(AdminParams p, String name) {
        double value = p.number(name, false);
        if (value > 1) {
            throw p.refused(name, p.text(name), "a probability between 0 and 1");
        }
        return value;
    }

    private Object log(Map<String, Object> params) {
        AdminParams p = new AdminParams("events/log", "POST", params, Set.of("after", "handler", "limit"));
        long after = p.has("after") ? (long) p.number("after", false) : 0;
        int limit = p.has("limit") ? (int) Math.min(10_000, p.number("limit", true)) : 1_000;
        String handler = p.has("handler") ? p.text("handler") : null;
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        portal.events().log().counts().forEach((k, v) -> counts.put(k.name(), v));
        out.put("counts", counts);
        out.put("duplicates", portal.events().log().duplicates());
        out.put("pending", portal.events().deliveries().pending());
        out.put("entries", portal.events().log().since(after, handler, limit).stream().map(EventsAdmin::entry).toList());
        return out;
    }

    private static Map<String, Object> entry(DeliveryLog.Entry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", e.sequence());
        row.put("eventId", e.eventId());
        row.put("handlerId", e.subscriptionId());
        row.put("handler", e.handler());
        row.put("event", e.event());
        row.put("entityId", e.entityId());
        row.put("raisedAt", e.raisedAt().toString());
        row.put("dueAt", e.dueAt().toString());
        row.put("sentAt", e.sentAt() == null ? null : e.sentAt().toString());
        row.put("outcome", e.outcome().name());
        row.put("status", e.status());
        row.put("latencyMillis", e.latencyMillis());
        row.put("attempt", e.attempt());
        row.put("duplicate", e.duplicate());
        row.put("throttled", e.throttled());
        return row;
    }
}
