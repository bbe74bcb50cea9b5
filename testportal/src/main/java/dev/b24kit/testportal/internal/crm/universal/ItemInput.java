package dev.b24kit.testportal.internal.crm.universal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.crm.SmartProcessFields;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Reads the {@code fields} of {@code crm.item.add}/{@code update} into stored values (§8, §9.2, §9.3):
 * keys in either spelling ({@link ItemNames}); unknown keys, read-only fields and (on update) immutable
 * fields dropped silently — or refused in strict mode ({@link SilentDrops}); a smart process's disabled
 * fields ignored; a multiple field given a scalar refused with {@code {"error":100,…"Expected iterable
 * value for multiple field, but got string instead"}}; an unreadable date refused with
 * {@code CRM_FIELD_ERROR_VALUE_NOT_VALID}; an enumeration value that is not an item ID dropped (the field
 * keeps its value) or refused in strict mode; {@code fm} turned into multi-field changes (an element with
 * the ID of an existing value changes it, an empty value with an ID deletes it, others are appended).
 * {@code categoryId} is writable here, unlike in {@code crm.deal.update}.
 */
final class ItemInput {

    /** The error code of strict-mode refusals: one no real portal sends, shared with the legacy methods. */
    static final String STRICT_CODE = "TESTPORTAL_STRICT_DROP";

    private ItemInput() {
    }

    /** The stored values the write asks for, in input order. */
    static Map<FieldDef, Object> read(EntityType type, Map<String, Object> fields, ItemNames names, boolean update,
                                      SilentDrops drops, ZoneId zone, String method) {
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : fields.entrySet()) {
            String key = entry.getKey();
            if (key.equals("fm")) {
                multiFields(type, entry.getValue(), values);
                continue;
            }
            FieldDef field = names.resolve(key);
            if (field == null) {
                strict(drops.unknownFields(), method + ": field '" + key + "' does not exist on entity type "
                        + type.entityTypeId() + "; a cloud portal ignores it. Known fields: see crm.item.fields");
                continue;
            }
            if (field.readOnly()) {
                strict(drops.readOnlyFields(), method + ": field '" + key + "' is read-only; a cloud portal ignores it");
                continue;
            }
            if (update && field.immutable() && !field.code().equals("CATEGORY_ID")) {
                strict(drops.immutableFields(), method + ": field '" + key + "' cannot change after creation");
                continue;
            }
            if (type.isSmartProcess() && !SmartProcessFields.enabled(type.smartType(), field)) {
                continue; // switched off in the type's settings: always null, writes ignored
            }
            Object value = value(field, entry.getValue(), zone);
            if (field.type() == FieldType.ENUMERATION && !enumItemsExist(field, value)) {
                strict(drops.enumValues(), method + ": field '" + key + "' takes enumeration item IDs; '"
                        + PhpArrays.string(entry.getValue()) + "' is not one of them and a cloud portal keeps the"
                        + " old value. Accepted: " + accepted(field));
                continue;
            }
            values.put(field, value);
        }
        return values;
    }

    private static Object value(FieldDef field, Object raw, ZoneId zone) {
        try {
            if (!field.multiple()) {
                return ItemValues.fromInput(field, raw, zone);
            }
            if (raw != null && !PhpArrays.isArray(raw)) {
                throw new RestError(400, 100L, "Expected iterable value for multiple field, but got "
                        + ItemValues.phpType(raw) + " instead");
            }
            List<Object> list = new ArrayList<>();
            for (Object element : PhpArrays.values(raw)) {
                Object value = ItemValues.fromInput(field, element, zone);
                if (value != null) {
                    list.add(value);
                }
            }
            return list.isEmpty() ? null : List.copyOf(list);
        } catch (ItemValues.Unreadable e) {
            throw notValid(field);
        }
    }

    static RestError notValid(FieldDef field) {
        return RestError.of("CRM_FIELD_ERROR_VALUE_NOT_VALID", "Неверное значение поля \"" + FieldDescriptions.title(field)
                + "\"");
    }

    private static boolean enumItemsExist(FieldDef field, Object value) {
        if (value == null || field.userField() == null) {
            return true;
        }
        for (Object element : value instanceof List<?> list ? list : List.of(value)) {
            if (!(element instanceof Long id) || field.userField().item(id) == null) {
                return false;
            }
        }
        return true;
    }

    private static String accepted(FieldDef field) {
        List<String> ids = new ArrayList<>();
        if (field.userField() != null) {
            field.userField().items().forEach(item -> ids.add(item.id() + " (" + item.value() + ")"));
        }
        return ids.isEmpty() ? "none (the field has no items)" : String.join(", ", ids);
    }

    /** {@code fm}: a list, or an object keyed by value ID (crm-item-update.md); elements go to PHONE, EMAIL, …. */
    private static void multiFields(EntityType type, Object raw, Map<FieldDef, Object> values) {
        Map<String, Object> array = PhpArrays.asArray(raw);
        if (array == null) {
            return;
        }
        boolean keyedById = !PhpArrays.isList(array);
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            Map<String, Object> element = PhpArrays.asArray(entry.getValue());
            if (element == null) {
                continue;
            }
            String typeId = PhpArrays.string(PhpArrays.getIgnoreCase(element, "typeId", "TYPE_ID")).trim();
            FieldDef field = type.schema().byCode(typeId);
            if (typeId.isEmpty() || field == null || field.type() != FieldType.CRM_MULTIFIELD) {
                continue;
            }
            Long id = D7.integer(PhpArrays.getIgnoreCase(element, "id", "ID"));
            if (id == null && keyedById) {
                id = D7.integer(entry.getKey());
            }
            Object valueType = PhpArrays.getIgnoreCase(element, "valueType", "VALUE_TYPE");
            Object value = PhpArrays.getIgnoreCase(element, "value", "VALUE");
            MultiValue change = new MultiValue(id == null ? 0 : id, field.code(),
                    valueType == null ? null : PhpArrays.string(valueType), value == null ? null : PhpArrays.string(value));
            @SuppressWarnings("unchecked")
            List<MultiValue> changes = (List<MultiValue>) values.computeIfAbsent(field, f -> new ArrayList<MultiValue>());
            changes.add(change);
        }
    }

    private static void strict(SilentDrops.Mode mode, String description) {
        if (mode == SilentDrops.Mode.STRICT) {
            throw RestError.of(STRICT_CODE, description);
        }
    }
}
