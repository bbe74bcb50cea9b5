package dev.b24kit.testportal.internal.crm.universal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.testportal.internal.crm.Category;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The checks crm.item makes before it saves (§8, §9.2, crm-item-add/update.md): the pipeline
 * ({@code categoryId}) must exist and the stage ({@code stageId}) must belong to the pipeline the record
 * ends up in, else {@code CRM_FIELD_ERROR_VALUE_NOT_VALID} {@code Неверное значение поля "<title>"};
 * mandatory user fields must be filled ({@code CRM_FIELD_ERROR_REQUIRED}); and an update that changes
 * nothing is not saved at all.
 */
final class ItemRules {

    private ItemRules() {
    }

    /** Checks pipeline and stage; drops a {@code null} pipeline or stage (they cannot be cleared). */
    static void checkPipeline(CrmStore store, EntityType type, Item current, Map<FieldDef, Object> values) {
        FieldDef categoryField = type.schema().byItemName("categoryId");
        FieldDef stageField = type.schema().byItemName("stageId");
        long category = current != null ? categoryOf(type, current) : defaultCategory(store, type);
        if (categoryField != null && values.containsKey(categoryField)) {
            if (!(values.get(categoryField) instanceof Long id)) {
                values.remove(categoryField);
            } else {
                boolean exists = store.category(type.entityTypeId(), id) != null
                        || (id == 0 && store.categories(type.entityTypeId()).isEmpty());
                if (!exists) {
                    throw ItemInput.notValid(categoryField);
                }
                category = id;
            }
        }
        if (stageField != null && values.containsKey(stageField)) {
            Object stage = values.get(stageField);
            if (stage == null) {
                values.remove(stageField);
            } else if (store.stage(type.entityTypeId(), category, stage.toString()) == null) {
                throw ItemInput.notValid(stageField);
            }
        }
    }

    /** Mandatory user fields: missing on add, or emptied on update, is {@code CRM_FIELD_ERROR_REQUIRED}. */
    static void checkRequired(EntityType type, Map<FieldDef, Object> values, boolean update) {
        for (FieldDef field : type.schema().userFields()) {
            boolean given = values.containsKey(field);
            if (field.required() && (update ? given && values.get(field) == null : values.get(field) == null)) {
                throw RestError.of("CRM_FIELD_ERROR_REQUIRED", "Не заполнено обязательное поле \""
                        + FieldDescriptions.title(field) + "\"");
            }
        }
    }

    /** Whether applying {@code values} to {@code current} would change anything. */
    static boolean changes(EntityType type, Item current, Map<FieldDef, Object> values) {
        for (Map.Entry<FieldDef, Object> entry : values.entrySet()) {
            FieldDef field = entry.getKey();
            Object now = type.value(current, field);
            boolean changed = field.type() == FieldType.CRM_MULTIFIELD
                    ? multiFieldChanges(now, entry.getValue())
                    : !same(normalise(field, entry.getValue()), now);
            if (changed) {
                return true;
            }
        }
        return false;
    }

    private static boolean multiFieldChanges(Object now, Object changes) {
        List<?> current = now instanceof List<?> list ? list : List.of();
        for (Object element : (List<?>) changes) {
            MultiValue change = (MultiValue) element;
            boolean empty = change.value() == null || change.value().isBlank();
            MultiValue existing = current.stream().map(MultiValue.class::cast)
                    .filter(v -> change.id() > 0 && v.id() == change.id()).findFirst().orElse(null);
            if (existing == null ? !empty : empty || !existing.value().equals(change.value())
                    || (change.valueType() != null && !change.valueType().equals(existing.valueType()))) {
                return true;
            }
        }
        return false;
    }

    /** As the record store will hold it: system money with two decimals, an empty list as empty. */
    private static Object normalise(FieldDef field, Object value) {
        if (value instanceof BigDecimal number && field.type() == FieldType.DOUBLE && !field.dynamic()) {
            return number.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        return value instanceof List<?> list && list.isEmpty() ? null : value;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static long categoryOf(EntityType type, Item item) {
        FieldDef field = type.schema().byItemName("categoryId");
        return field != null && type.value(item, field) instanceof Long id ? id : 0L;
    }

    private static long defaultCategory(CrmStore store, EntityType type) {
        Category category = store.defaultCategory(type.entityTypeId());
        return category == null ? 0L : category.id();
    }
}
