package dev.b24kit.testportal.internal.crm.legacy;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answer of {@code crm.status.fields}, as the docs show it (crm-status-fields.md). */
final class StatusFields {

    private StatusFields() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("ID", field("integer", false, true, false, "ID"));
        fields.put("ENTITY_ID", field("string", true, false, true, "ID элемента сущности"));
        fields.put("STATUS_ID", field("string", true, false, true, "Статус"));
        fields.put("SORT", field("integer", false, false, false, "Сортировка"));
        fields.put("NAME", field("string", true, false, false, "Название"));
        fields.put("NAME_INIT", field("string", false, true, false, "Название по умолчанию"));
        fields.put("SYSTEM", field("char", false, true, false, "Системный"));
        fields.put("CATEGORY_ID", field("integer", false, false, true, "CATEGORY_ID"));
        fields.put("COLOR", field("string", false, false, false, "COLOR"));
        fields.put("SEMANTICS", field("char", false, false, true, "SEMANTICS"));
        fields.put("EXTRA", field("crm_status_extra", false, false, false, "Дополнительные поля"));
        return fields;
    }

    private static Map<String, Object> field(String type, boolean required, boolean readOnly, boolean immutable,
                                             String title) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("type", type);
        field.put("isRequired", required);
        field.put("isReadOnly", readOnly);
        field.put("isImmutable", immutable);
        field.put("isMultiple", false);
        field.put("isDynamic", false);
        field.put("title", title);
        return field;
    }
}
