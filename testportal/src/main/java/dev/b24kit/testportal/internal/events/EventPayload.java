package dev.b24kit.testportal.internal.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The body of an event delivery (§10.2): {@code application/x-www-form-urlencoded} built as PHP's
 * {@code http_build_query} builds it (nested keys as {@code data%5BFIELDS%5D%5BID%5D}).
 */
final class EventPayload {

    private EventPayload() {
    }

    static String form(String event, long handlerId, Map<String, Object> data, long ts, Map<String, Object> auth) {
        StringBuilder out = new StringBuilder(256);
        append(out, "event", event);
        append(out, "event_handler_id", Long.toString(handlerId));
        appendNested(out, "data", data);
        append(out, "ts", Long.toString(ts));
        appendNested(out, "auth", auth);
        return out.toString();
    }

    private static void appendNested(StringBuilder out, String prefix, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                appendNested(out, prefix + "[" + entry.getKey() + "]", entry.getValue());
            }
        } else if (value != null) {
            append(out, prefix, value.toString());
        }
    }

    private static void append(StringBuilder out, String key, String value) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
