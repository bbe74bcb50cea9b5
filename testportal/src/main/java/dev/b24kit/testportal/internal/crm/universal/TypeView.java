package dev.b24kit.testportal.internal.crm.universal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.Dates;
import dev.b24kit.testportal.internal.crm.SmartType;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Renders smart-process types as {@code crm.type.*} answer them (docs samples): camelCase keys,
 * {@code Y}/{@code N} settings, ISO dates; {@code get}/{@code add}/{@code update} add {@code relations},
 * {@code linkedUserFields} and {@code customSections}, list rows do not. Also {@code crm.type.fields}.
 */
final class TypeView {

    /** The user fields a type can be shown in, in the portal's order. */
    static final List<String> LINKABLE_USER_FIELDS = List.of("CALENDAR_EVENT|UF_CRM_CAL_EVENT",
            "TASKS_TASK|UF_CRM_TASK", "TASKS_TASK_TEMPLATE|UF_CRM_TASK");

    /** Titles of the settings, as {@code crm.type.fields} gives them. */
    private static final Map<String, String> SETTING_TITLES = settingTitles();

    private TypeView() {
    }

    static Map<String, Object> render(SmartType type, boolean full, ZoneId zone) {
        Map<String, Object> out = PhpArrays.array();
        out.put("id", type.id());
        out.put("title", type.title());
        out.put("code", type.code());
        out.put("createdBy", type.createdBy());
        out.put("entityTypeId", (long) type.entityTypeId());
        out.put("customSectionId", null);
        out.put("isCategoriesEnabled", D7.yn(type.categoriesEnabled()));
        out.put("isStagesEnabled", D7.yn(type.stagesEnabled()));
        for (String option : SmartType.OPTIONS) {
            out.put(option, D7.yn(type.enabled(option)));
        }
        out.put("createdTime", Dates.renderDateTime(type.createdTime(), zone));
        out.put("updatedTime", Dates.renderDateTime(type.updatedTime(), zone));
        out.put("updatedBy", type.updatedBy());
        if (full) {
            out.put("relations", relations(type));
            out.put("linkedUserFields", linkedUserFields(type));
            out.put("customSections", List.of());
        }
        return out;
    }

    /** Parents: the predefined contact and company links when the client field is on, then the others. */
    private static Map<String, Object> relations(SmartType type) {
        List<Object> parents = new ArrayList<>();
        List<Object> children = new ArrayList<>();
        if (type.enabled("isClientEnabled")) {
            parents.add(relation(new SmartType.Relation(3, true, true, true)));
            parents.add(relation(new SmartType.Relation(4, true, true, true)));
        }
        for (SmartType.Relation relation : type.relations()) {
            (relation.parent() ? parents : children).add(relation(relation));
        }
        Map<String, Object> out = PhpArrays.array();
        out.put("parent", parents);
        out.put("child", children);
        return out;
    }

    private static Map<String, Object> relation(SmartType.Relation relation) {
        Map<String, Object> out = PhpArrays.array();
        out.put("entityTypeId", (long) relation.entityTypeId());
        out.put("isChildrenListEnabled", D7.yn(relation.childrenListEnabled()));
        out.put("isPredefined", D7.yn(relation.predefined()));
        return out;
    }

    private static Map<String, Object> linkedUserFields(SmartType type) {
        Map<String, Object> out = PhpArrays.array();
        for (String key : LINKABLE_USER_FIELDS) {
            out.put(key, D7.yn(Boolean.TRUE.equals(type.linkedUserFields().get(key))));
        }
        return out;
    }

    /** {@code crm.type.fields}: the fields of a type and their descriptions. */
    static Map<String, Object> fields() {
        Map<String, Object> fields = PhpArrays.array();
        fields.put("id", FieldDescriptions.plain("integer", false, true, false, "ID", "ID"));
        fields.put("title", FieldDescriptions.plain("string", true, false, false, "Название", "TITLE"));
        fields.put("code", FieldDescriptions.plain("string", false, false, false, "Символьный код", "CODE"));
        fields.put("createdBy", FieldDescriptions.plain("user", false, true, false, "Кем создан", "CREATED_BY"));
        fields.put("entityTypeId", FieldDescriptions.plain("integer", true, false, true, "Идентификатор типа",
                "ENTITY_TYPE_ID"));
        fields.put("customSectionId", FieldDescriptions.plain("integer", false, false, true,
                "Цифровое рабочее место", "CUSTOM_SECTION_ID"));
        for (Map.Entry<String, String> setting : SETTING_TITLES.entrySet()) {
            fields.put(setting.getKey(), FieldDescriptions.plain("boolean", false, false, false, setting.getValue(),
                    upper(setting.getKey())));
        }
        fields.put("createdTime", FieldDescriptions.plain("datetime", false, false, false, "Дата создания",
                "CREATED_TIME"));
        fields.put("updatedTime", FieldDescriptions.plain("datetime", false, false, false, "Дата изменения",
                "UPDATED_TIME"));
        fields.put("updatedBy", FieldDescriptions.plain("user", false, true, false, "Кем изменён", "UPDATED_BY"));
        Map<String, Object> result = PhpArrays.array();
        result.put("fields", fields);
        return result;
    }

    /** {@code isBizProcEnabled} → {@code IS_BIZ_PROC_ENABLED}. */
    static String upper(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> settingTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("isCategoriesEnabled", "Использовать в смарт-процессе свои воронки и туннели продаж");
        titles.put("isStagesEnabled", "Использовать в смарт-процессе свои стадии и канбан");
        titles.put("isBeginCloseDatesEnabled", "Поля \"Дата начала\" и \"Дата завершения\"");
        titles.put("isClientEnabled", "Поле \"Клиент\"");
        titles.put("isUseInUserfieldEnabled", "Использовать в пользовательском поле");
        titles.put("isLinkWithProductsEnabled", "Привязка товаров каталога");
        titles.put("isMycompanyEnabled", "Поле \"Реквизиты вашей компании\"");
        titles.put("isDocumentsEnabled", "Печать документов");
        titles.put("isSourceEnabled", "Поля \"Источник\" и \"Дополнительно об источнике\"");
        titles.put("isObserversEnabled", "Поле \"Наблюдатели\"");
        titles.put("isRecyclebinEnabled", "Использовать корзину");
        titles.put("isAutomationEnabled", "Использовать в смарт-процессе роботы и триггеры");
        titles.put("isBizProcEnabled", "Использовать в смарт-процессе дизайнер бизнес-процессов");
        titles.put("isSetOpenPermissions", "Делать новые воронки доступными для всех");
        return titles;
    }
}
