package dev.b24kit.testportal.internal.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * The multi-field rules of §7.1 ({@code PHONE}, {@code EMAIL}, {@code WEB}, {@code IM}, {@code LINK}):
 * append, update by ID, delete by ID with an empty value; and the {@code HAS_PHONE}, {@code HAS_EMAIL},
 * {@code HAS_IMOL} flags derived from them. See {@link Records} for the input shape.
 */
final class MultiFields {

    private MultiFields() {
    }

    /** The new list of values of {@code field}: {@code current} with {@code changes} applied; null when empty. */
    static List<MultiValue> merge(CrmStore store, FieldDef field, Object current, Object changes) {
        List<MultiValue> result = new ArrayList<>();
        if (current instanceof List<?> existing) {
            for (Object value : existing) {
                result.add((MultiValue) value);
            }
        }
        if (changes instanceof List<?> list) {
            for (Object element : list) {
                apply(store, field, result, (MultiValue) element);
            }
        }
        return result.isEmpty() ? null : List.copyOf(result);
    }

    private static void apply(CrmStore store, FieldDef field, List<MultiValue> values, MultiValue change) {
        boolean empty = change.value() == null || change.value().isBlank();
        int index = indexOf(values, change.id());
        if (index < 0) {
            if (!empty) {
                String valueType = blank(change.valueType()) ? defaultValueType(field.code()) : change.valueType();
                values.add(new MultiValue(store.nextMultiValueId(), field.code(), valueType, change.value()));
            }
            return;
        }
        if (empty) {
            values.remove(index);
            return;
        }
        MultiValue old = values.get(index);
        String valueType = blank(change.valueType()) ? old.valueType() : change.valueType();
        values.set(index, new MultiValue(old.id(), field.code(), valueType, change.value()));
    }

    private static int indexOf(List<MultiValue> values, long id) {
        if (id <= 0) {
            return -1;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The value type a new value gets when none is given. */
    static String defaultValueType(String typeId) {
        return switch (typeId) {
            case "IM" -> "OTHER";
            case "LINK" -> "USER";
            default -> "WORK";
        };
    }

    /** Recomputes {@code hasPhone}, {@code hasEmail}, {@code hasImol} from the multi-fields. */
    static void updateFlags(EntityType type, Item item) {
        Schema schema = type.schema();
        flag(type, item, "hasPhone", has(type, item, schema.byCode("PHONE"), null));
        flag(type, item, "hasEmail", has(type, item, schema.byCode("EMAIL"), null));
        flag(type, item, "hasImol", has(type, item, schema.byCode("IM"), "IMOL"));
    }

    private static boolean has(EntityType type, Item item, FieldDef field, String valueType) {
        if (field == null || !(type.value(item, field) instanceof List<?> values)) {
            return false;
        }
        return values.stream().anyMatch(v -> valueType == null || valueType.equals(((MultiValue) v).valueType()));
    }

    private static void flag(EntityType type, Item item, String itemName, boolean value) {
        FieldDef field = type.schema().byItemName(itemName);
        if (field != null) {
            type.set(item, field, field.type() == FieldType.BOOLEAN ? (Object) value : (value ? "Y" : "N"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
