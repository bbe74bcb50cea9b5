package dev.b24kit.writes.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.schema.RecordView;
import dev.b24kit.writes.Change;

/**
 * A change resolved and ready to send: the fields in the API's spelling, what the record must hold
 * afterwards (as a canonical view), the journal's text of the intent, and a create's key.
 *
 * @param send     the {@code fields} parameter; multi-field items get their IDs before sending (mutable on purpose)
 * @param expected what the record must hold, read as the portal's own answer would be
 * @param key      a create's idempotency key; {@code null} for an update
 */
record Prepared(Change change, Target target, Map<String, Object> send, RecordView expected, String intent,
                String key) {

    Prepared {
        send = new LinkedHashMap<>(send);
    }

    boolean isCreate() {
        return change.isCreate();
    }

    Long recordId() {
        return change.recordId();
    }
}
