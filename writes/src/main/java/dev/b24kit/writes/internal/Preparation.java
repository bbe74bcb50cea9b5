package dev.b24kit.writes.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.b24kit.schema.CrmRecord;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.Operation;
import dev.b24kit.schema.RecordView;
import dev.b24kit.schema.ResolvedRecord;
import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.writes.Change;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link Change} into a {@link Prepared} write, or refuses it before any call: unknown entity,
 * field or value (the catalog's refusals, naming field, value and accepted values), oversize text, a
 * create without a place for its key. Sends nothing except what the catalog loads.
 */
final class Preparation {

    /** Longest text value accepted: the portal keeps text fields in MySQL {@code TEXT} columns (64 KiB). */
    static final int MAX_TEXT = 65_535;
    /** What {@code ORIGINATOR_ID} says on records b24kit created under a key. */
    static final String ORIGINATOR = "b24kit";

    private final FieldCatalog catalog;
    private final Map<String, String> keyFields;

    Preparation(FieldCatalog catalog, Map<String, String> keyFields) {
        this.catalog = catalog;
        this.keyFields = keyFields;
    }

    Prepared prepare(Change change) {
        try {
            EntitySchema schema = catalog.schema(catalog.entity(change.entity()));
            Target target = Target.of(schema);
            checkSizes(change);
            CrmRecord record = CrmRecord.of(schema.entity());
            for (Map.Entry<String, Object> field : change.fields().entrySet()) {
                record = record.with(field.getKey(), field.getValue());
            }
            if (change.pipeline() != null) {
                record = record.inPipeline(change.pipeline());
            }
            ResolvedRecord resolved = catalog.resolve(record, target.dialect(),
                    change.isCreate() ? Operation.ADD : Operation.UPDATE);
            Map<String, Object> send = new LinkedHashMap<>(resolved.fields());
            String intent = intent(resolved, change);
            String key = null;
            if (change.isCreate()) {
                key = change.key() != null ? change.key().strip() : derivedKey(target.entity(), intent);
                if (key.isEmpty()) {
                    throw new Refusal("an idempotency key must not be blank");
                }
                for (KeyField.Slot slot : KeyField.slots(schema, keyFields, key)) {
                    send.put(slot.field().code(target.dialect()), slot.value());
                }
            }
            return new Prepared(change, target, send, expected(schema, send), intent, key);
        } catch (SchemaRefusal refusal) {
            throw Refusal.of(refusal);
        }
    }

    /** What the record must hold, read exactly as the portal's answer will be read. */
    private static RecordView expected(EntitySchema schema, Map<String, Object> send) {
        ObjectNode raw = Json.MAPPER.createObjectNode();
        send.forEach((code, value) -> raw.set(code, Json.MAPPER.valueToTree(value)));
        return RecordView.of(schema, raw);
    }

    private static void checkSizes(Change change) {
        change.fields().forEach((field, value) -> {
            if (value instanceof CharSequence text && text.length() > MAX_TEXT) {
                throw new Refusal("field " + field + ": a value of " + text.length() + " characters is longer than the "
                        + MAX_TEXT + " a portal text field holds; shorten it", field,
                        text.subSequence(0, 40) + "…", List.of("at most " + MAX_TEXT + " characters"));
            }
        });
    }

    /** The intent as the journal keeps it: fields by UPPER code in a fixed order, values as given. */
    private static String intent(ResolvedRecord resolved, Change change) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("entity", resolved.entity().key());
        Map<String, Object> fields = new TreeMap<>();
        for (ResolvedRecord.Value value : resolved.values()) {
            fields.put(value.field().upper(), value.api());
        }
        json.set("fields", Json.MAPPER.valueToTree(fields));
        if (change.pipeline() != null) {
            json.put("pipeline", String.valueOf(change.pipeline()));
        }
        return json.toString();
    }

    /** A key from the content: the same fields make the same key, so a repeated create is recognised. */
    static String derivedKey(String entity, String intent) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((entity + "\u0000" + intent).getBytes(StandardCharsets.UTF_8));
            return "content:" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
