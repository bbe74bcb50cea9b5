package dev.b24kit.testportal.internal.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Adds, updates and deletes CRM records with everything the portal maintains itself: {@code ID},
 * creation and modification dates and users, the stage semantics ({@code STAGE_SEMANTIC_ID},
 * {@code CLOSED}, {@code MOVED_TIME}, {@code MOVED_BY_ID}, a lead's {@code DATE_CLOSED}), the default
 * pipeline and stage, the defaults a new record gets ({@code Сделка #410}, {@code RUB}, {@code OPENED=Y},
 * …), the {@code HAS_PHONE}/{@code HAS_EMAIL}/{@code HAS_IMOL} flags, and the multi-field rules of §7.1.
 * Fires a {@link CrmChange} after every write.
 *
 * <p>Independent of any wire format: values come in as {@link FieldDef} → value in the representation
 * {@link FieldType} documents. Maintained fields are found by their crm.item name ({@code createdTime},
 * {@code stageId}, …), so the same code serves leads, deals, contacts, companies and smart processes.
 * Validation (unknown, read-only or immutable fields, enumeration items, stages outside the pipeline)
 * is the caller's job; what reaches this class is written as given, except that a stage outside the
 * record's pipeline is refused with {@link IllegalArgumentException}.
 *
 * <p>Multi-field values ({@code crm_multifield}) are {@code List<MultiValue>}: on add every element
 * with a non-empty value is appended; on update an element with {@code id == 0} is appended, one with
 * the ID of an existing value replaces it (its type and value), and one with an existing ID and a null
 * or empty value deletes it — so update never replaces the whole list (§7.1). A missing
 * {@code valueType} gets the type's default ({@code WORK}; {@code OTHER} for {@code IM}, {@code USER}
 * for {@code LINK}). Runs under the portal state (write) lock.
 */
public final class Records {

    private Records() {
    }

    /** Adds a record and returns it. */
    public static Item add(CrmStore store, EntityType type, Map<FieldDef, Object> values, Author author) {
        Item item = type.newItem();
        set(type, item, "id", item.id());
        for (Map.Entry<FieldDef, Object> entry : values.entrySet()) {
            FieldDef field = entry.getKey();
            Object value = field.type() == FieldType.CRM_MULTIFIELD
                    ? MultiFields.merge(store, field, null, entry.getValue())
                    : normalise(field, entry.getValue());
            type.set(item, field, value);
        }
        Links.sync(type, item, values.keySet());
        set(type, item, "createdTime", author.at());
        set(type, item, "updatedTime", author.at());
        set(type, item, "createdBy", author.userId());
        set(type, item, "updatedBy", author.userId());
        RecordDefaults.apply(type, item, author);
        StageRules.onAdd(store, type, item, author);
        MultiFields.updateFlags(type, item);
        type.table().put(item);
        store.changed(new CrmChange(type.entityTypeId(), item.id(), CrmChange.Kind.ADD, author.userId(), author.at()));
        return item;
    }

    /**
     * Updates a record and returns its new state, or null when there is no record with this ID.
     * Moving a record to another pipeline ({@code categoryId}) without a stage picks the first stage
     * with the same semantics in the new pipeline (§9.2).
     */
    public static Item update(CrmStore store, EntityType type, long id, Map<FieldDef, Object> values, Author author) {
        Item current = type.table().get(id);
        if (current == null) {
            return null;
        }
        Item next = current.copy();
        for (Map.Entry<FieldDef, Object> entry : values.entrySet()) {
            FieldDef field = entry.getKey();
            Object value = field.type() == FieldType.CRM_MULTIFIELD
                    ? MultiFields.merge(store, field, type.value(current, field), entry.getValue())
                    : normalise(field, entry.getValue());
            type.set(next, field, value);
        }
        Links.sync(type, next, values.keySet());
        StageRules.onUpdate(store, type, current, next, author);
        set(type, next, "updatedTime", author.at());
        set(type, next, "updatedBy", author.userId());
        MultiFields.updateFlags(type, next);
        type.table().put(next);
        store.changed(new CrmChange(type.entityTypeId(), id, CrmChange.Kind.UPDATE, author.userId(), author.at()));
        return next;
    }

    /** Deletes a record; false when there is none with this ID. */
    public static boolean delete(CrmStore store, EntityType type, long id, Author author) {
        if (type.table().remove(id) == null) {
            return false;
        }
        store.changed(new CrmChange(type.entityTypeId(), id, CrmChange.Kind.DELETE, author.userId(), author.at()));
        return true;
    }

    /** Sets a maintained field by its crm.item name, if the type has it. */
    static void set(EntityType type, Item item, String itemName, Object value) {
        FieldDef field = type.schema().byItemName(itemName);
        if (field != null) {
            type.set(item, field, value);
        }
    }

    /** Reads a field by its crm.item name; null when the type has no such field. */
    static Object get(EntityType type, Item item, String itemName) {
        FieldDef field = type.schema().byItemName(itemName);
        return field == null ? null : type.value(item, field);
    }

    /**
     * System {@code double} fields are DECIMAL(18,2) columns, so they hold two decimals
     * ({@code "1000000.00"} in legacy answers); empty lists of multiple fields are empty values.
     */
    private static Object normalise(FieldDef field, Object value) {
        if (value instanceof BigDecimal number && field.type() == FieldType.DOUBLE && !field.dynamic()) {
            return number.setScale(2, RoundingMode.HALF_UP);
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return null;
        }
        return value;
    }
}
