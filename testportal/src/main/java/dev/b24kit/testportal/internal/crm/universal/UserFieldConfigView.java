package dev.b24kit.testportal.internal.crm.universal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.EnumItem;
import dev.b24kit.testportal.internal.crm.UserField;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * The camelCase side of {@code userfieldconfig.*}: its {@code field} object turned into the legacy
 * UPPER-keyed {@code fields} that {@code UserFields} reads, and a user field rendered as the docs show it
 * (IDs and sort as strings, {@code Y}/{@code N} flags, labels per language, {@code enum} items). Keys the
 * docs say {@code add} does not process ({@code showInList}, {@code listColumnLabel}, {@code label}, …)
 * are ignored.
 */
final class UserFieldConfigView {

    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("fieldName", "FIELD_NAME"),
            Map.entry("userTypeId", "USER_TYPE_ID"), Map.entry("xmlId", "XML_ID"), Map.entry("sort", "SORT"),
            Map.entry("multiple", "MULTIPLE"), Map.entry("mandatory", "MANDATORY"),
            Map.entry("showFilter", "SHOW_FILTER"), Map.entry("editInList", "EDIT_IN_LIST"),
            Map.entry("isSearchable", "IS_SEARCHABLE"), Map.entry("settings", "SETTINGS"),
            Map.entry("editFormLabel", "EDIT_FORM_LABEL"), Map.entry("helpMessage", "HELP_MESSAGE"));
    private static final Map<String, String> LABELS = Map.of("editFormLabel", "EDIT_FORM_LABEL",
            "listColumnLabel", "LIST_COLUMN_LABEL", "listFilterLabel", "LIST_FILTER_LABEL",
            "errorMessage", "ERROR_MESSAGE", "helpMessage", "HELP_MESSAGE");

    private UserFieldConfigView() {
    }

    static Map<String, Object> legacyFields(Map<String, Object> field) {
        Map<String, Object> fields = PhpArrays.array();
        for (Map.Entry<String, String> key : KEYS.entrySet()) {
            if (field.containsKey(key.getKey())) {
                fields.put(key.getValue(), field.get(key.getKey()));
            }
        }
        List<Object> list = new ArrayList<>();
        for (Object element : PhpArrays.values(PhpArrays.asArray(field.get("enum")))) {
            Map<String, Object> item = PhpArrays.asArray(element);
            if (item != null) {
                Map<String, Object> legacy = PhpArrays.array();
                putIf(legacy, "VALUE", item.get("value"));
                putIf(legacy, "DEF", item.get("def"));
                putIf(legacy, "SORT", item.get("sort"));
                putIf(legacy, "XML_ID", item.get("xmlId"));
                list.add(legacy);
            }
        }
        if (!list.isEmpty()) {
            fields.put("LIST", PhpArrays.listOf(list));
        }
        return fields;
    }

    static Map<String, Object> render(UserField field) {
        Map<String, Object> out = PhpArrays.array();
        out.put("id", Long.toString(field.id()));
        out.put("entityId", field.entityId());
        out.put("fieldName", field.fieldName());
        out.put("userTypeId", field.userTypeId());
        out.put("xmlId", field.xmlId() == null || field.xmlId().isEmpty() ? null : field.xmlId());
        out.put("sort", Integer.toString(field.sort()));
        out.put("multiple", D7.yn(field.multiple()));
        out.put("mandatory", D7.yn(field.mandatory()));
        out.put("showFilter", field.showFilter());
        out.put("showInList", D7.yn(field.showInList()));
        out.put("editInList", D7.yn(field.editInList()));
        out.put("isSearchable", D7.yn(field.searchable()));
        out.put("settings", field.settings());
        Map<String, Object> languages = PhpArrays.array();
        for (Map<String, String> labels : field.labels().values()) {
            labels.forEach((language, text) -> {
                if (text != null && !text.isEmpty()) {
                    languages.put(language, language);
                }
            });
        }
        out.put("languageId", languages);
        for (String kind : List.of("editFormLabel", "listColumnLabel", "listFilterLabel", "errorMessage",
                "helpMessage")) {
            Map<String, Object> byLanguage = PhpArrays.array();
            Map<String, String> labels = field.labels().getOrDefault(LABELS.get(kind), Map.of());
            for (String language : languages.keySet()) {
                String text = labels.get(language);
                byLanguage.put(language, text == null || text.isEmpty() ? null : text);
            }
            out.put(kind, byLanguage);
        }
        if (field.userTypeId().equals("enumeration")) {
            out.put("enum", items(field));
        }
        return out;
    }

    /** The {@code filter} of {@code userfieldconfig.list}: exact matches on a few keys. */
    static boolean matches(UserField field, Map<String, Object> filter) {
        if (filter == null) {
            return true;
        }
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String wanted = PhpArrays.string(entry.getValue());
            String actual = switch (entry.getKey()) {
                case "id" -> Long.toString(field.id());
                case "entityId" -> field.entityId();
                case "fieldName" -> field.fieldName();
                case "userTypeId" -> field.userTypeId();
                case "multiple" -> D7.yn(field.multiple());
                case "mandatory" -> D7.yn(field.mandatory());
                default -> null;
            };
            if (actual != null && !actual.equalsIgnoreCase(wanted)) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> items(UserField field) {
        List<Object> items = new ArrayList<>();
        for (EnumItem item : field.items()) {
            Map<String, Object> row = PhpArrays.array();
            row.put("id", Long.toString(item.id()));
            row.put("userFieldId", Long.toString(field.id()));
            row.put("value", item.value());
            row.put("def", D7.yn(item.isDefault()));
            row.put("sort", Integer.toString(item.sort()));
            row.put("xmlId", item.xmlId());
            items.add(row);
        }
        return items;
    }

    private static void putIf(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
