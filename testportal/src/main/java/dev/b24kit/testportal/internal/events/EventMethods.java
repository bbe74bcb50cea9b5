package dev.b24kit.testportal.internal.events;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code event.bind}, {@code event.unbind}, {@code event.get}, {@code events}, {@code event.test} and
 * the offline-event methods (§10.1, §10.4). Subscriptions need an application (OAuth) context: webhooks
 * subscribe through outgoing webhooks configured in the portal's UI (here: the admin API).
 * These methods take no state lock: the event bus guards itself.
 */
public final class EventMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        EventBus bus = portal.events();
        methods.add(unlocked("event.bind", call -> bind(call, bus, portal)));
        methods.add(unlocked("event.unbind", call -> unbind(call, bus)));
        methods.add(unlocked("event.get", call -> list(call, bus)));
        methods.add(unlocked("events", call -> new ArrayList<>(new TreeSet<>(EventNames.KNOWN))));
        methods.add(unlocked("event.test", call -> test(call, bus)));
        OfflineMethods offline = new OfflineMethods(bus, portal);
        methods.add(unlocked("event.offline.get", offline::get));
        methods.add(unlocked("event.offline.clear", offline::clear));
        methods.add(unlocked("event.offline.error", offline::error));
        methods.add(unlocked("event.offline.list", offline::list));
    }

    private static MethodSpec unlocked(String name, dev.b24kit.testportal.internal.rest.RestMethod handler) {
        return new MethodSpec(name, null, MethodSpec.Access.READ, true, handler);
    }

    /** The calling application, or 403 for webhooks and other callers without an application context. */
    static String application(Call call) {
        if (call.caller().kind() != Caller.Kind.OAUTH || call.caller().applicationId() == null) {
            throw new RestError(403, "ACCESS_DENIED", "Application context required");
        }
        return call.caller().applicationId();
    }

    private static Object bind(Call call, EventBus bus, Portal portal) {
        String app = application(call);
        String event = upper(call.param("event"));
        if (event.isEmpty() || !EventNames.isKnown(event)) {
            throw RestError.of("ERROR_EVENT_NOT_FOUND", "Event not found");
        }
        boolean offline = "offline".equalsIgnoreCase(PhpArrays.string(call.param("event_type")));
        long authType = longValue(call.param("auth_type"));
        if ((offline || authType > 0) && !portal.isAdmin(call.caller().userId())) {
            throw new RestError(403, "ACCESS_DENIED", "Access denied! Administrator rights are required");
        }
        String handler = offline ? null : PhpArrays.string(call.param("handler")).trim();
        if (!offline) {
            validateHandler(handler);
        }
        String connector = PhpArrays.string(call.param("auth_connector"));
        boolean exists = !bus.subscriptions().matching(s -> s.event().equals(event) && app.equals(s.applicationId())
                && s.online() != offline && (offline ? s.authConnector().equals(connector) : s.handler().equals(handler))
                && s.authType() == authType).isEmpty();
        if (exists) {
            throw RestError.of("ERROR_HANDLER_ALREADY_EXIST", "Handler already exists!");
        }
        Map<String, Object> options = PhpArrays.asArray(call.param("options"));
        int minTimeout = options == null ? 1 : (int) longValue(PhpArrays.getIgnoreCase(options, "minTimeout"), 1);
        bus.subscriptions().add(event, handler, offline ? Subscription.Kind.OFFLINE : Subscription.Kind.ONLINE, app,
                authType, bus.subscriptions().applicationToken(app), connector, minTimeout);
        return true;
    }

    private static void validateHandler(String handler) {
        URI uri;
        try {
            uri = URI.create(handler);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (handler.isEmpty() || uri == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw RestError.of("ERROR_HANDLER_URL_MISMATCH", "Handler URL host doesn't match application url");
        }
    }

    private static Object unbind(Call call, EventBus bus) {
        String app = application(call);
        String event = upper(call.param("event"));
        boolean offline = "offline".equalsIgnoreCase(PhpArrays.string(call.param("event_type")));
        String handler = PhpArrays.string(call.param("handler")).trim();
        Object authTypeParam = call.param("auth_type");
        long authType = longValue(authTypeParam);
        int removed = bus.subscriptions().remove(s -> s.event().equals(event) && app.equals(s.applicationId())
                && s.online() != offline && (offline || s.handler().equals(handler))
                && (authTypeParam == null || s.authType() == authType));
        return Map.of("count", removed);
    }

    private static Object list(Call call, EventBus bus) {
        String app = application(call);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Subscription s : bus.subscriptions().matching(s -> app.equals(s.applicationId()))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("event", s.event());
            row.put("handler", s.handler() == null ? "" : s.handler());
            row.put("auth_type", Long.toString(s.authType()));
            row.put("offline", s.online() ? 0 : 1);
            rows.add(row);
        }
        return rows;
    }

    private static Object test(Call call, EventBus bus) {
        String app = application(call);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("QUERY", call.params());
        data.put("LANGUAGE_ID", "ru");
        for (Subscription s : bus.subscriptions().matching(s -> s.event().equals("ONAPPTEST") && app.equals(s.applicationId())
                && s.online())) {
            bus.deliveries().enqueue(0, s, new RaisedEvent("ONAPPTEST", data, call.now(), call.caller().userId(), app, null));
        }
        return 1;
    }

    static String upper(Object value) {
        return PhpArrays.string(value).trim().toUpperCase(Locale.ROOT);
    }

    static long longValue(Object value) {
        return longValue(value, 0);
    }

    static long longValue(Object value, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(PhpArrays.string(value).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Used by list methods of this family. */
    static Paged page(List<Map<String, Object>> rows, long start) {
        long offset = Math.max(0, start) / 50 * 50;
        int from = (int) Math.min(offset, rows.size());
        int to = Math.min(from + 50, rows.size());
        Long next = to < rows.size() ? (long) to : null;
        return new Paged(new ArrayList<>(rows.subList(from, to)), (long) rows.size(), next);
    }
}
