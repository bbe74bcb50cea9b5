package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.crm.EnumItem;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Field descriptions in the D7 shape ({@code crm_rest_field_description} of {@code crm.item.fields},
 * {@code crm.type.fields}, {@code crm.category.fields}): {@code type}, the five flags, {@code isDeprecated}
 * when set, {@code items} for enumerations, {@code statusType} for statuses, {@code title} (the human
 * label — for user fields too, unlike the legacy methods, §7.3), {@code settings} when any, and
 * {@code upperName}. Types follow crm.item: {@code char} Y/N fields are {@code boolean}, long texts are
 * {@code text}.
 */
final class FieldDescriptions {

    /** UPPER codes whose crm.item type is {@code text} although the portal stores them as strings. */
    private static final Set<String> TEXTS = Set.of("COMMENTS", "SOURCE_DESCRIPTION", "STATUS_DESCRIPTION",
            "ADDITIONAL_INFO");

    private FieldDescriptions() {
    }

    /** One description. {@code immutable} overrides the field's flag (crm.item may change what legacy cannot). */
    static Map<String, Object> describe(FieldDef field, boolean immutable, String statusType) {
        Map<String, Object> out = PhpArrays.array();
        out.put("type", typeName(field));
        out.put("isRequired", field.required());
        out.put("isReadOnly", field.readOnly());
        out.put("isImmutable", immutable);
        out.put("isMultiple", field.multiple());
        out.put("isDynamic", field.dynamic());
        if (field.deprecated()) {
            out.put("isDeprecated", true);
        }
        if (field.type() == FieldType.ENUMERATION && field.userField() != null) {
            out.put("items", items(field.userField().items()));
        }
        if (statusType != null) {
            out.put("statusType", statusType);
        }
        out.put("title", title(field));
        if (!field.settings().isEmpty()) {
            out.put("settings", field.settings());
        }
        out.put("upperName", field.code());
        return out;
    }

    /** A description of a plain field that only exists in a D7 answer (type and category fields). */
    static Map<String, Object> plain(String type, boolean required, boolean readOnly, boolean immutable, String title,
                                     String upperName) {
        Map<String, Object> out = PhpArrays.array();
        out.put("type", type);
        out.put("isRequired", required);
        out.put("isReadOnly", readOnly);
        out.put("isImmutable", immutable);
        out.put("isMultiple", false);
        out.put("isDynamic", false);
        out.put("title", title);
        out.put("upperName", upperName);
        return out;
    }

    static String typeName(FieldDef field) {
        return switch (field.type()) {
            case CHAR, BOOLEAN -> "boolean";
            case STRING -> TEXTS.contains(field.code()) ? "text" : "string";
            default -> field.type().wireName();
        };
    }

    /** The human label: a user field's edit-form label in Russian (the portal's language) or its code, else the title. */
    static String title(FieldDef field) {
        if (field.userField() != null) {
            String label = field.userField().label("EDIT_FORM_LABEL", "ru");
            return label == null || label.isBlank() ? field.code() : label;
        }
        return field.title();
    }

    private static List<Map<String, Object>> items(List<EnumItem> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EnumItem item : items) {
            Map<String, Object> row = PhpArrays.array();
            row.put("ID", Long.toString(item.id()));
            row.put("VALUE", item.value());
            out.add(row);
        }
        return out;
    }
}
