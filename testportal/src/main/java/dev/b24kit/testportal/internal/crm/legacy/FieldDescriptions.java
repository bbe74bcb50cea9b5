package dev.b24kit.testportal.internal.crm.legacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.EnumItem;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.UserField;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * The answer of {@code crm.*.fields} (§7.3): per field {@code type}, {@code isRequired},
 * {@code isReadOnly}, {@code isImmutable}, {@code isMultiple}, {@code isDynamic}, {@code isDeprecated}
 * (only when true), {@code items} (enumerations), {@code statusType} ({@code crm_status}),
 * {@code title} (a user field's code), {@code listLabel}/{@code formLabel}/{@code filterLabel} (user
 * fields, in Russian) and {@code settings} (when there are any).
 */
final class FieldDescriptions {

    private static final String LANGUAGE = "ru";

    private FieldDescriptions() {
    }

    static Map<String, Object> describe(EntityType type) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (FieldDef field : type.schema().fields()) {
            if (field.legacy()) {
                result.put(field.code(), describe(field));
            }
        }
        return result;
    }

    private static Map<String, Object> describe(FieldDef field) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", field.type().wireName());
        d.put("isRequired", field.required());
        d.put("isReadOnly", field.readOnly());
        d.put("isImmutable", field.immutable());
        d.put("isMultiple", field.multiple());
        d.put("isDynamic", field.dynamic());
        if (field.deprecated()) {
            d.put("isDeprecated", true);
        }
        UserField uf = field.userField();
        if (field.type() == FieldType.ENUMERATION && uf != null) {
            d.put("items", items(uf.items()));
        }
        if (field.statusType() != null) {
            d.put("statusType", field.statusType());
        }
        d.put("title", field.title());
        if (uf != null) {
            d.put("listLabel", label(uf, "LIST_COLUMN_LABEL"));
            d.put("formLabel", label(uf, "EDIT_FORM_LABEL"));
            d.put("filterLabel", label(uf, "LIST_FILTER_LABEL"));
        }
        if (!field.settings().isEmpty()) {
            d.put("settings", field.settings());
        }
        return d;
    }

    /** The Russian label, or the field's code when it has none. */
    private static String label(UserField field, String kind) {
        String text = field.label(kind, LANGUAGE);
        return text == null || text.isEmpty() ? field.fieldName() : text;
    }

    private static Map<String, Object> items(List<EnumItem> items) {
        Map<String, Object> list = PhpArrays.array();
        int index = 0;
        for (EnumItem item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", Long.toString(item.id()));
            row.put("VALUE", item.value());
            list.put(Integer.toString(index++), row);
        }
        return list;
    }
}
