package dev.b24kit.testing;

import java.time.Instant;
import java.util.Map;

/**
 * An outbound event as a handler received it (§10.2): the form fields of the POST, flattened with
 * their PHP bracket keys ({@code data[FIELDS][ID]}, {@code auth[application_token]}). Immutable.
 *
 * @param receivedAt when the receiver got it (system clock)
 * @param form       every form field, in order
 */
public record ReceivedEvent(Instant receivedAt, Map<String, String> form) {

    /** {@code ONCRMDEALUPDATE}, … */
    public String event() {
        return form.get("event");
    }

    /** {@code event_handler_id}. */
    public long handlerId() {
        return Long.parseLong(form.getOrDefault("event_handler_id", "0"));
    }

    /** {@code data[FIELDS][ID]}, or null. */
    public String entityId() {
        return form.get("data[FIELDS][ID]");
    }

    /** {@code data[FIELDS][ENTITY_TYPE_ID]} of smart-process events, or null. */
    public String entityTypeId() {
        return form.get("data[FIELDS][ENTITY_TYPE_ID]");
    }

    /** {@code ts}: when the portal queued the event (Unix seconds). */
    public long ts() {
        return Long.parseLong(form.getOrDefault("ts", "0"));
    }

    /** {@code auth[application_token]}: compare it with the token you were given to authenticate the sender. */
    public String applicationToken() {
        return form.get("auth[application_token]");
    }

    /** Any form field by its bracket key. */
    public String field(String key) {
        return form.get(key);
    }
}
