package dev.b24kit.schema.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.PortalValues;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldLabels;

/**
 * Labels per language and enumeration items (with {@code XML_ID}) from {@code crm.X.userfield.list}
 * rows (UPPER keys, §7.5) and {@code userfieldconfig.list} rows (camel keys). A label may be a string
 * (the list was asked for one language) or a map of languages. Stateless.
 */
final class UserFieldRows {

    private UserFieldRows() {
    }

    /** UPPER code → language → labels. */
    static Map<String, Map<String, FieldLabels>> labels(SchemaParts parts) {
        Map<String, Map<String, FieldLabels>> labels = new HashMap<>();
        parts.userFieldRows.forEach((language, rows) -> {
            for (JsonNode row : PortalValues.members(rows).values()) {
                collect(labels, row, language, "FIELD_NAME", "EDIT_FORM_LABEL", "LIST_COLUMN_LABEL", "LIST_FILTER_LABEL");
            }
        });
        for (JsonNode row : PortalValues.members(parts.userFieldConfig).values()) {
            collect(labels, row, null, "fieldName", "editFormLabel", "listColumnLabel", "listFilterLabel");
        }
        return labels;
    }

    private static void collect(Map<String, Map<String, FieldLabels>> labels, JsonNode row, String language,
                                String name, String form, String list, String filter) {
        String code = PortalValues.asText(row.get(name));
        if (code == null) {
            return;
        }
        Map<String, Map<String, String>> byKind = new HashMap<>();
        for (String kind : new String[] {form, list, filter}) {
            JsonNode value = row.get(kind);
            Map<String, String> perLanguage = new LinkedHashMap<>();
            if (value != null && value.isObject()) {
                PortalValues.members(value).forEach((lang, text) -> perLanguage.put(lang, PortalValues.asText(text)));
            } else if (language != null && value != null && value.isString()) {
                perLanguage.put(language, value.stringValue());
            }
            byKind.put(kind, perLanguage);
        }
        Map<String, FieldLabels> field = labels.computeIfAbsent(code, k -> new LinkedHashMap<>());
        for (String lang : byKind.get(form).keySet()) {
            FieldLabels l = new FieldLabels(byKind.get(form).get(lang), byKind.get(list).get(lang), byKind.get(filter).get(lang));
            if (!l.isEmpty()) {
                field.putIfAbsent(lang, l);
            }
        }
    }

    /** UPPER code → item ID → item, with XML_ID, sort and default flag. */
    static Map<String, Map<Long, EnumItem>> items(SchemaParts parts) {
        Map<String, Map<Long, EnumItem>> items = new HashMap<>();
        for (JsonNode rows : parts.userFieldRows.values()) {
            for (JsonNode row : PortalValues.members(rows).values()) {
                collectItems(items, PortalValues.asText(row.get("FIELD_NAME")), row.get("LIST"), "ID", "VALUE", "XML_ID", "SORT", "DEF");
            }
        }
        for (JsonNode row : PortalValues.members(parts.userFieldConfig).values()) {
            collectItems(items, PortalValues.asText(row.get("fieldName")), row.get("enum"), "id", "value", "xmlId", "sort", "def");
        }
        return items;
    }

    private static void collectItems(Map<String, Map<Long, EnumItem>> items, String code, JsonNode list,
                                     String id, String value, String xmlId, String sort, String def) {
        if (code == null || list == null) {
            return;
        }
        for (JsonNode row : PortalValues.members(list).values()) {
            var itemId = PortalValues.asLong(row.get(id));
            if (itemId.isPresent()) {
                items.computeIfAbsent(code, k -> new LinkedHashMap<>()).putIfAbsent(itemId.getAsLong(), new EnumItem(
                        itemId.getAsLong(), String.valueOf(PortalValues.asText(row.get(value))),
                        PortalValues.asText(row.get(xmlId)), (int) PortalValues.asLong(row.get(sort)).orElse(0),
                        PortalValues.asFlag(row.get(def)).orElse(false)));
            }
        }
    }
}
