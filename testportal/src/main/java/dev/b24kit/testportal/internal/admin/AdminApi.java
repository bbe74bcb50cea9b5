package dev.b24kit.testportal.internal.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.auth.AuthAdmin;
import dev.b24kit.testportal.internal.php.JsonBody;
import dev.b24kit.testportal.internal.php.ParamParser;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.php.PhpJson;
import dev.b24kit.testportal.internal.rest.CallLog;
import dev.b24kit.testportal.internal.rest.Incoming;
import dev.b24kit.testportal.internal.rest.Reply;

/**
 * The admin HTTP API under {@code /_testportal/}, a path no real portal uses. Requests take
 * parameters as query, form or JSON; answers are JSON, rendered for people ({@link PhpJson#encodeReadable}:
 * no PHP escaping) and ended by a newline; {@code GET /_testportal/} lists the endpoints. Errors are
 * {@code {"error": "..."}} with 400 (a malformed JSON body, or a bad value, naming the parameter and
 * what is accepted; nothing is changed) or 404 (unknown endpoint). Documented in {@code docs/testportal.md}.
 */
public final class AdminApi {

    private static final String JSON = "application/json; charset=utf-8";

    private final Portal portal;
    private final LimitsAdmin limits;
    private final SilentDropsAdmin silentDrops;
    private final EventsAdmin events;
    private final FaultsAdmin faults;
    private final ClockAdmin clock;
    private final ResetAdmin reset;
    private final AuthAdmin auth;

    public AdminApi(Portal portal) {
        this.portal = portal;
        this.limits = new LimitsAdmin(portal);
        this.silentDrops = new SilentDropsAdmin(portal);
        this.events = new EventsAdmin(portal);
        this.faults = new FaultsAdmin(portal);
        this.clock = new ClockAdmin(portal);
        this.reset = new ResetAdmin(portal);
        this.auth = new AuthAdmin(portal);
    }

    public Reply handle(Incoming in) {
        String endpoint = in.path().replaceFirst("^/_testportal/?", "").replaceAll("/+$", "");
        if (endpoint.isEmpty()) {
            return new Reply(200, Map.of("Content-Type", JSON),
                    AdminIndex.render(portal.baseUrl().resolve("/_testportal/").toString()));
        }
        try {
            Map<String, Object> params = params(in);
            Object result = switch (endpoint) {
                case "state" -> state();
                case "calls" -> calls(params);
                case "limits", "operating", "cost", "latency", "cut-off" ->
                        limits.handle(endpoint, in.httpMethod(), params);
                case "silent-drops" -> silentDrops.handle(endpoint, in.httpMethod(), params);
                case "events/webhooks", "events/delivery", "events/log", "events/deliver" ->
                        events.handle(endpoint, in.httpMethod(), params);
                case "faults" -> faults.handle(in.httpMethod(), params);
                case "clock" -> clock.handle(in.httpMethod(), params);
                case "reset" -> reset.reset(in.httpMethod(), params);
                case "webhooks", "apps", "apps/install", "apps/code", "apps/expire-tokens", "auth" ->
                        auth.handle(endpoint, in.httpMethod(), params);
                default -> null;
            };
            if (result == null) {
                return json(404, Map.of("error", "unknown admin endpoint '/_testportal/" + endpoint
                        + "'; GET /_testportal/ lists them"));
            }
            return json(200, result);
        } catch (IllegalArgumentException e) {
            return json(400, Map.of("error", e.getMessage()));
        }
    }

    /** Query, then the body (form, or JSON when it says so) over it. */
    private static Map<String, Object> params(Incoming in) {
        Map<String, Object> params = ParamParser.parse(in.query());
        if (in.body().length > 0) {
            String body = new String(in.body(), StandardCharsets.UTF_8);
            boolean json = in.contentType() != null && in.contentType().toLowerCase(Locale.ROOT).startsWith("application/json");
            params.putAll(json ? jsonBody(body) : ParamParser.parse(body));
        }
        return params;
    }

    private static Map<String, Object> jsonBody(String body) {
        try {
            return JsonBody.decodeObject(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (Content-Type: application/json); nothing was changed", e);
        }
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("plan", portal.bucket().plan().name());
        state.put("bucketLevel", portal.bucket().level());
        state.put("latency", portal.latency().name().toLowerCase(Locale.ROOT));
        state.put("calls", portal.callLog().lastSequence());
        state.put("clock", portal.clock().instant().toString());
        state.put("pendingEvents", portal.events().deliveries().pending());
        state.put("faults", portal.faults().scheduled().size());
        state.putAll(reset.data());
        return state;
    }

    private Object calls(Map<String, Object> params) {
        long after = longParam(params, "after", 0);
        int limit = (int) Math.min(10_000, longParam(params, "limit", 1_000));
        List<CallLog.Entry> entries = portal.callLog().since(after, limit);
        return entries.stream().map(AdminApi::call).toList();
    }

    private static Map<String, Object> call(CallLog.Entry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sequence", entry.sequence());
        row.put("at", entry.at().toString());
        row.put("httpMethod", entry.httpMethod());
        row.put("method", entry.method());
        row.put("params", entry.params());
        row.put("credential", entry.credential());
        row.put("status", entry.status());
        row.put("error", entry.error());
        row.put("processing", entry.processing());
        row.put("batchOf", entry.batchOf());
        row.put("disconnected", entry.disconnected());
        return row;
    }

    private static long longParam(Map<String, Object> params, String name, long fallback) {
        Object value = params.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(PhpArrays.string(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not an integer");
        }
    }

    private static Reply json(int status, Object body) {
        return new Reply(status, Map.of("Content-Type", JSON), PhpJson.encodeReadable(body) + "\n");
    }
}
