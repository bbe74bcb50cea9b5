package dev.b24kit.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link CrmRecord} resolved for one dialect: each field with the value as given and the value the
 * API needs; {@link #fields()} is the {@code fields} parameter of {@code crm.X.add/update} or
 * {@code crm.item.add/update}. Immutable.
 *
 * @param entity    the entity type
 * @param dialect   the method family the values are spelled for
 * @param operation add or update
 * @param values    one entry per field, in the record's order
 */
public record ResolvedRecord(EntityType entity, Dialect dialect, Operation operation, List<Value> values) {

    /**
     * One field's value.
     *
     * @param field the field
     * @param given the value as the record gave it
     * @param api   the value the API needs: text, a number, a list, or multi-field entries; {@code ""} clears
     */
    public record Value(FieldRef field, Object given, Object api) {
        public Value {
            Objects.requireNonNull(field, "field");
        }
    }

    public ResolvedRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(operation, "operation");
        values = List.copyOf(values);
    }

    /**
     * The {@code fields} map, keyed by each field's code in the dialect; in crm.item, multi-field values
     * ({@code PHONE}, {@code EMAIL}…) go together into {@code fm} (§9.2). Mutable copy.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Object> fm = new ArrayList<>();
        for (Value v : values) {
            if (dialect == Dialect.ITEM && v.field().type() == FieldType.MULTIFIELD) {
                fm.addAll((List<?>) v.api());
            } else {
                fields.put(v.field().code(dialect), v.api());
            }
        }
        if (!fm.isEmpty()) {
            fields.put("fm", fm);
        }
        return fields;
    }

    /** The value resolved for {@code field}, or null when the record does not set it. */
    public Value value(FieldRef field) {
        return values.stream().filter(v -> v.field().equals(field)).findFirst().orElse(null);
    }
}
