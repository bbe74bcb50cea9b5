package dev.b24kit.testportal.internal.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Creates, changes and deletes user fields of any CRM entity type (legacy {@code CRM_DEAL}, … and smart
 * processes {@code CRM_{typeId}}), keeping the entity's {@link Schema} in step: each user field has a
 * {@link FieldDef} whose legacy title is its code (§7.3) and whose crm.item name follows
 * {@link UfNames#camelFor} (§9.3). Input is the {@code fields} array of {@code crm.*.userfield.add/update}
 * (UPPER keys, §7.5); errors are the portal's (§3.2, {@code crm-deal-userfield-add.md}). Runs under the
 * portal state (write) lock.
 *
 * <p>FIELD_NAME rules: upper-cased; the entity's prefix is added ({@code X → UF_CRM_X}, {@code UF_X →
 * UF_CRM_X}; {@code UF_CRM_7_X} for a smart process with type ID 7); at most 50 characters in all;
 * only {@code A-Z 0-9 _}; unique per entity.
 */
public final class UserFields {

    private static final Pattern NAME_CHARS = Pattern.compile("[A-Z0-9_]+");
    private static final int MAX_NAME = 50;

    private UserFields() {
    }

    /** Adds a user field to {@code type} and returns it. */
    public static UserField add(CrmStore store, EntityType type, Map<String, Object> fields) {
        String rawName = PhpArrays.string(PhpArrays.getIgnoreCase(fields, "FIELD_NAME")).trim();
        if (rawName.isEmpty()) {
            throw RestError.legacy("The 'FIELD_NAME' field is not found.");
        }
        String userTypeId = PhpArrays.string(PhpArrays.getIgnoreCase(fields, "USER_TYPE_ID")).trim();
        if (userTypeId.isEmpty()) {
            throw RestError.legacy("The 'USER_TYPE_ID' field is not found.");
        }
        String name = fieldName(type, rawName);
        if (name.length() > MAX_NAME) {
            throw core("Имя поля слишком длинное (больше 50-ти символов).");
        }
        if (!NAME_CHARS.matcher(name).matches()) {
            throw core("Имя поля содержит недопустимые символы. Допустимыми являются: A-Z, 0-9 и _.");
        }
        FieldType fieldType = FieldType.ofUserType(userTypeId);
        if (fieldType == null) {
            throw core("Указан неверный пользовательский тип");
        }
        if (type.schema().byCode(name) != null) {
            throw core("Поле \"" + name + "\" для объекта \"" + type.ufEntityId() + "\" уже существует.");
        }
        boolean multiple = fieldType != FieldType.BOOLEAN && UserFieldInput.flag(fields, "MULTIPLE", false);
        long id = store.nextUserFieldId();
        List<EnumItem> items = fieldType == FieldType.ENUMERATION
                ? EnumItems.apply(store, name, multiple, List.of(), PhpArrays.getIgnoreCase(fields, "LIST"))
                : List.of();
        UserField field = new UserField(id, type.ufEntityId(), name, userTypeId.toLowerCase(Locale.ROOT),
                UserFieldInput.xmlId(fields, null), UserFieldInput.sort(fields, 100), multiple,
                UserFieldInput.flag(fields, "MANDATORY", false), UserFieldInput.showFilter(fields, "N"),
                UserFieldInput.flag(fields, "SHOW_IN_LIST", false), UserFieldInput.flag(fields, "EDIT_IN_LIST", true),
                UserFieldInput.flag(fields, "IS_SEARCHABLE", false),
                UserFieldInput.settings(fieldType, null, PhpArrays.getIgnoreCase(fields, "SETTINGS")),
                UserFieldInput.labels(fields, Map.of()), items);
        type.schema().put(definition(type.schema(), field, fieldType, null));
        store.userFieldChanged(type, field, UserFieldChange.Kind.ADD, PhpArrays.getIgnoreCase(fields, "LIST") != null);
        return field;
    }

    /**
     * Changes a user field: labels, sort, flags, settings, {@code XML_ID}, enumeration items (new ones
     * added, {@code ID} + fields changed, {@code ID} + {@code DEL=Y} deleted). {@code FIELD_NAME},
     * {@code USER_TYPE_ID} and {@code MULTIPLE} cannot change and are ignored. Throws {@code ERROR_NOT_FOUND}
     * when there is no such field on {@code type}.
     */
    public static UserField update(CrmStore store, EntityType type, long id, Map<String, Object> fields) {
        UserField old = require(type, id);
        FieldType fieldType = FieldType.ofUserType(old.userTypeId());
        Object list = PhpArrays.getIgnoreCase(fields, "LIST");
        List<EnumItem> items = fieldType == FieldType.ENUMERATION && list != null
                ? EnumItems.apply(store, old.fieldName(), old.multiple(), old.items(), list)
                : old.items();
        UserField field = new UserField(old.id(), old.entityId(), old.fieldName(), old.userTypeId(),
                UserFieldInput.xmlId(fields, old.xmlId()), UserFieldInput.sort(fields, old.sort()), old.multiple(),
                UserFieldInput.flag(fields, "MANDATORY", old.mandatory()),
                UserFieldInput.showFilter(fields, old.showFilter()),
                UserFieldInput.flag(fields, "SHOW_IN_LIST", old.showInList()),
                UserFieldInput.flag(fields, "EDIT_IN_LIST", old.editInList()),
                UserFieldInput.flag(fields, "IS_SEARCHABLE", old.searchable()),
                UserFieldInput.settings(fieldType, old.settings(), PhpArrays.getIgnoreCase(fields, "SETTINGS")),
                UserFieldInput.labels(fields, old.labels()), items);
        FieldDef previous = type.schema().byCode(old.fieldName());
        type.schema().put(definition(type.schema(), field, fieldType, previous.itemName()));
        store.userFieldChanged(type, field, UserFieldChange.Kind.UPDATE, list != null);
        return field;
    }

    /** Deletes a user field of {@code type}; its values are gone with it. */
    public static void delete(EntityType type, long id) {
        UserField field = require(type, id);
        type.schema().remove(field.fieldName());
    }

    /** Deletes a user field of {@code type} and reports it to the store's user-field listeners. */
    public static void delete(CrmStore store, EntityType type, long id) {
        UserField field = require(type, id);
        delete(type, id);
        store.userFieldChanged(type, field, UserFieldChange.Kind.DELETE, false);
    }

    /** The user field with this ID on any entity type, or null. */
    public static UserField find(CrmStore store, long id) {
        for (EntityType type : store.types()) {
            UserField field = find(type, id);
            if (field != null) {
                return field;
            }
        }
        return null;
    }

    /** The user field with this ID on {@code type}, or null. */
    public static UserField find(EntityType type, long id) {
        for (FieldDef def : type.schema().userFields()) {
            if (def.userField().id() == id) {
                return def.userField();
            }
        }
        return null;
    }

    /** The user fields of a type in ID order. */
    public static List<UserField> of(EntityType type) {
        List<UserField> fields = new ArrayList<>();
        for (FieldDef def : type.schema().userFields()) {
            fields.add(def.userField());
        }
        fields.sort((a, b) -> Long.compare(a.id(), b.id()));
        return fields;
    }

    /** The full code of a new field: upper-cased, with the entity's prefix added when missing. */
    static String fieldName(EntityType type, String raw) {
        String name = raw.toUpperCase(Locale.ROOT);
        String prefix = type.isSmartProcess() ? "UF_CRM_" + type.smartType().id() + "_" : "UF_CRM_";
        if (name.startsWith(prefix)) {
            return name;
        }
        if (name.startsWith("UF_CRM_") && !type.isSmartProcess()) {
            return name;
        }
        if (name.startsWith("UF_")) {
            name = name.substring(3);
        }
        return prefix + name;
    }

    private static UserField require(EntityType type, long id) {
        UserField field = find(type, id);
        if (field == null) {
            throw new RestError(400, "ERROR_NOT_FOUND", "The entity with ID '" + id + "' is not found");
        }
        return field;
    }

    private static FieldDef definition(Schema schema, UserField field, FieldType type, String itemName) {
        String camel = itemName != null ? itemName : UfNames.camelFor(schema, field.fieldName());
        return new FieldDef(field.fieldName(), camel, type, field.mandatory(), false, false, field.multiple(),
                field.fieldName(), null, true, false, field, field.settings());
    }

    private static RestError core(String description) {
        return new RestError(400, "ERROR_CORE", description);
    }
}
