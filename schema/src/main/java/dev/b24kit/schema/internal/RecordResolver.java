package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.schema.CrmRecord;
import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Operation;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.ResolvedRecord;
import dev.b24kit.schema.ValueRefused;

/**
 * Resolves a {@link CrmRecord} against one entity's schema: every name to its field, every value to
 * what the dialect needs, refusing — before anything is sent — each case the portal would drop while
 * answering {@code true} (docs/bitrix24-behavior.md §8): unknown, read-only and immutable fields,
 * enumeration values that are no item's, stages of another pipeline, unparsable dates. Stateless.
 */
public final class RecordResolver {

    private RecordResolver() {
    }

    public static ResolvedRecord resolve(EntitySchema schema, CrmRecord record, Dialect dialect, Operation operation,
                                         UserDirectory users) {
        List<Map.Entry<FieldRef, Object>> named = new ArrayList<>();
        Pipeline pipeline = null;
        FieldRef pipelineField = schema.fields().stream().filter(f -> f.type() == FieldType.PIPELINE).findFirst().orElse(null);
        if (record.pipeline() != null && pipelineField != null) {
            pipeline = StageValues.pipeline(schema, pipelineField, record.pipeline());
        }
        for (Map.Entry<String, Object> e : record.values().entrySet()) {
            FieldRef field = schema.field(e.getKey());
            named.add(new java.util.AbstractMap.SimpleImmutableEntry<>(field, e.getValue()));
            if (field.type() == FieldType.PIPELINE && e.getValue() != null) {
                pipeline = StageValues.pipeline(schema, field, e.getValue()); // the record moves there
            }
        }
        List<ResolvedRecord.Value> values = new ArrayList<>();
        for (Map.Entry<FieldRef, Object> e : named) {
            Object api = value(schema, e.getKey(), e.getValue(), dialect, operation, pipeline, users);
            values.add(new ResolvedRecord.Value(e.getKey(), e.getValue(), api));
        }
        return new ResolvedRecord(schema.entity(), dialect, operation, values);
    }

    /** One value for the API, or a refusal. */
    public static Object value(EntitySchema schema, FieldRef field, Object value, Dialect dialect, Operation operation,
                               Pipeline pipeline, UserDirectory users) {
        writable(field, value, dialect, operation);
        if (value == null || (value instanceof String s && s.isBlank()) || (value instanceof List<?> l && l.isEmpty())) {
            if (field.multiple() && dialect == Dialect.ITEM && field.type() != FieldType.MULTIFIELD) {
                throw new ValueRefused(field, value, ValueRefused.Reason.NOT_WRITABLE,
                        "cannot clear a multiple field through crm.item: it answers null and changes nothing (§8); "
                                + "clear it through the legacy update", List.of());
            }
            return ""; // an empty value clears the field (§7.1)
        }
        if (field.type() == FieldType.MULTIFIELD) {
            return MultiFieldValues.values(field, value, dialect);
        }
        if (field.multiple()) {
            List<?> list = value instanceof List<?> given ? given : List.of(value);
            List<Object> out = new ArrayList<>();
            for (Object one : list) {
                out.add(single(schema, field, one, dialect, pipeline, users));
            }
            return out;
        }
        if (value instanceof List<?> || value.getClass().isArray()) {
            throw new ValueRefused(field, value, ValueRefused.Reason.WRONG_SHAPE, "is a list, and the field holds one value", List.of());
        }
        return single(schema, field, value, dialect, pipeline, users);
    }

    private static void writable(FieldRef field, Object value, Dialect dialect, Operation operation) {
        String family = dialect == Dialect.ITEM ? "crm.item.*"
                : field.entity().isSmartProcess() ? "any legacy method (a smart process has only crm.item.*)"
                : field.entity().legacyMethods() + ".*";
        if (!field.dialects().contains(dialect)) {
            throw new ValueRefused(field, value, ValueRefused.Reason.NOT_WRITABLE, "is not a field of " + family
                    + "; the portal would drop it and still answer true (§8)", List.of());
        }
        if (field.readOnly()) {
            throw new ValueRefused(field, value, ValueRefused.Reason.NOT_WRITABLE,
                    "cannot be written: the field is read-only and the portal would drop it and still answer true (§8)", List.of());
        }
        if (operation == Operation.UPDATE && field.immutableIn().contains(dialect)) {
            throw new ValueRefused(field, value, ValueRefused.Reason.NOT_WRITABLE, "cannot change on update through " + family
                    + ": the portal would drop it and still answer true (§8)"
                    + (dialect == Dialect.LEGACY ? "; change it through crm.item.update" : ""), List.of());
        }
    }

    private static Object single(EntitySchema schema, FieldRef field, Object value, Dialect dialect, Pipeline pipeline,
                                 UserDirectory users) {
        boolean legacy = dialect == Dialect.LEGACY;
        return switch (field.type()) {
            case ENUMERATION -> {
                long id = EnumValues.item(field, value).id();
                yield legacy ? Long.toString(id) : (Object) id;
            }
            case STATUS -> StageValues.status(schema, field, value, pipeline);
            case PIPELINE -> {
                int id = StageValues.pipeline(schema, field, value).id();
                yield legacy ? Integer.toString(id) : (Object) id;
            }
            case BOOLEAN -> ScalarValues.flag(field, value, dialect);
            case INTEGER, RECORD -> ScalarValues.integer(field, value, dialect);
            case DOUBLE -> ScalarValues.number(field, value, dialect);
            case MONEY -> ScalarValues.money(field, value);
            case CURRENCY -> ScalarValues.currency(field, value);
            case DATE -> DateValues.date(field, value, schema.portalOffset());
            case DATETIME -> DateValues.dateTime(field, value, schema.portalOffset());
            case USER -> {
                long id = users.id(field, value);
                yield legacy ? Long.toString(id) : (Object) id;
            }
            case STRING -> ScalarValues.text(field, value);
            case MULTIFIELD, OTHER -> value; // passed through: files, addresses, locations are not resolved
        };
    }
}
