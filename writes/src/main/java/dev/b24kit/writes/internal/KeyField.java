package dev.b24kit.writes.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.SchemaRefusal;

/**
 * Where a create's idempotency key is written in the record, so that it can be found again when the
 * create's outcome was lost: {@code ORIGINATOR_ID = b24kit} and {@code ORIGIN_ID = key} on entities that
 * have them, otherwise the user field the caller named for the entity.
 */
final class KeyField {

    /** A field and the value it gets. */
    record Slot(FieldRef field, String value) {
    }

    private KeyField() {
    }

    /** The fields that carry {@code key} on {@code schema}'s records. @throws Refusal when there is no place for it */
    static List<Slot> slots(EntitySchema schema, Map<String, String> keyFields, String key) {
        String named = keyFields.get(schema.entity().key());
        if (named != null) {
            try {
                return List.of(new Slot(schema.field(named), key));
            } catch (SchemaRefusal refusal) {
                throw Refusal.of(refusal);
            }
        }
        Optional<FieldRef> origin = schema.find("ORIGIN_ID");
        Optional<FieldRef> originator = schema.find("ORIGINATOR_ID");
        if (origin.isPresent() && originator.isPresent()) {
            return List.of(new Slot(originator.get(), Preparation.ORIGINATOR), new Slot(origin.get(), key));
        }
        throw new Refusal(schema.entity().key() + " has no ORIGIN_ID to hold the idempotency key; name a user field"
                + " for it (WritesConfig.withKeyField)");
    }
}
