package dev.b24kit.testportal.internal.crm;

import java.util.List;
import java.util.Map;

/**
 * A user field ({@code crm.deal.userfield.*}, §7.5). Immutable; an update replaces the record (and
 * the {@link FieldDef} built from it).
 *
 * @param id        user field ID ({@code crm.*.userfield.get} takes it)
 * @param entityId  {@code CRM_DEAL}, {@code CRM_CONTACT}, …, {@code CRM_{typeId}} for smart processes
 * @param fieldName {@code UF_CRM_…}
 * @param userTypeId {@code string}, {@code enumeration}, …
 * @param labels    {@code EDIT_FORM_LABEL}, {@code LIST_COLUMN_LABEL}, {@code LIST_FILTER_LABEL},
 *                  {@code ERROR_MESSAGE}, {@code HELP_MESSAGE} → language → text
 * @param items     enumeration items ({@code LIST}); empty for other types
 */
public record UserField(long id, String entityId, String fieldName, String userTypeId, String xmlId, int sort,
                        boolean multiple, boolean mandatory, String showFilter, boolean showInList,
                        boolean editInList, boolean searchable, Map<String, Object> settings,
                        Map<String, Map<String, String>> labels, List<EnumItem> items) {

    public UserField {
        settings = settings == null ? Map.of() : settings;
        labels = labels == null ? Map.of() : labels;
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The label in a language, falling back to another language, then to the field name. */
    public String label(String kind, String language) {
        Map<String, String> byLanguage = labels.get(kind);
        if (byLanguage == null || byLanguage.isEmpty()) {
            return fieldName;
        }
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.values().iterator().next();
    }

    /** The enumeration item with this ID, or null. */
    public EnumItem item(long itemId) {
        for (EnumItem item : items) {
            if (item.id() == itemId) {
                return item;
            }
        }
        return null;
    }
}
