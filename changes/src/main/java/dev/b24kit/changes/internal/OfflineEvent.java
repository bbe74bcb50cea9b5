package dev.b24kit.changes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Signal;

/**
 * One row of {@code event.offline.get} (docs/bitrix24-behavior.md §10.4): its row {@code ID}, its
 * {@code MESSAGE_ID} and, when b24kit understands it, the inbox signal it stands for. Understood are
 * {@code ONCRM{DEAL,LEAD,CONTACT,COMPANY}{ADD,UPDATE,DELETE}} whose {@code EVENT_DATA} names a positive
 * {@code FIELDS.ID}; anything else (another event, {@code EVENT_DATA} of {@code false}) has no signal.
 * Immutable.
 *
 * @param rowId     the row's {@code ID}, what {@code event.offline.clear} takes
 * @param messageId the row's {@code MESSAGE_ID}, what {@code event.offline.error} takes
 * @param eventName the event's name as the portal wrote it
 * @param signal    the signal, empty when the row cannot be read as a change of a CRM record
 */
public record OfflineEvent(String rowId, String messageId, String eventName, Optional<Signal> signal) {

    private static final Pattern CRM = Pattern.compile("ONCRM(DEAL|LEAD|CONTACT|COMPANY)(ADD|UPDATE|DELETE)");

    /** Reads one row for {@code portal}; never throws for an odd row (it then has no signal). */
    public static OfflineEvent of(String portal, JsonNode row) {
        String name = text(row.get("EVENT_NAME")).toUpperCase(Locale.ROOT);
        return new OfflineEvent(text(row.get("ID")), text(row.get("MESSAGE_ID")), name, signal(portal, name, row.get("EVENT_DATA")));
    }

    private static Optional<Signal> signal(String portal, String name, JsonNode data) {
        Matcher m = CRM.matcher(name);
        if (!m.matches() || data == null || !data.isObject()) {
            return Optional.empty();
        }
        JsonNode id = data.path("FIELDS").get("ID");
        long recordId;
        try {
            recordId = id == null ? 0 : Long.parseLong(text(id).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (recordId < 1) {
            return Optional.empty();
        }
        return Optional.of(new Signal(portal, m.group(1).toLowerCase(Locale.ROOT), recordId, name, ChangeSource.OFFLINE));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.isValueNode() ? node.asString() : node.toString();
    }
}
