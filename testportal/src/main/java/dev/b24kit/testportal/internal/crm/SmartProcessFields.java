package dev.b24kit.testportal.internal.crm;

import static dev.b24kit.testportal.internal.crm.FieldType.CHAR;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_CATEGORY;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_COMPANY;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_CONTACT;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_CURRENCY;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_STATUS;
import static dev.b24kit.testportal.internal.crm.FieldType.DATE;
import static dev.b24kit.testportal.internal.crm.FieldType.DATETIME;
import static dev.b24kit.testportal.internal.crm.FieldType.DOUBLE;
import static dev.b24kit.testportal.internal.crm.FieldType.INTEGER;
import static dev.b24kit.testportal.internal.crm.FieldType.STRING;
import static dev.b24kit.testportal.internal.crm.FieldType.USER;

import java.util.Map;

/**
 * The system fields of a smart process's items, as {@code crm.item.fields} lists them for a smart
 * process (official docs sample), with their UPPER codes. Every field is always part of the schema
 * (the item table has every column); a field whose type setting is off ({@code isClientEnabled},
 * {@code isBeginCloseDatesEnabled}, …) is "disabled": {@link #enabled} says so, crm.item does not list
 * it in {@code crm.item.fields}, ignores writes to it and renders it as {@code null} — the docs:
 * "Выключенные поля всегда отдают null".
 */
public final class SmartProcessFields {

    /** Field code → the type setting that switches it on. Fields not listed are always on. */
    private static final Map<String, String> GATES = Map.ofEntries(
            Map.entry("BEGINDATE", "isBeginCloseDatesEnabled"), Map.entry("CLOSEDATE", "isBeginCloseDatesEnabled"),
            Map.entry("COMPANY_ID", "isClientEnabled"), Map.entry("CONTACT_ID", "isClientEnabled"),
            Map.entry("CONTACT_IDS", "isClientEnabled"), Map.entry("OBSERVERS", "isObserversEnabled"),
            Map.entry("STAGE_ID", "isStagesEnabled"), Map.entry("PREVIOUS_STAGE_ID", "isStagesEnabled"),
            Map.entry("SOURCE_ID", "isSourceEnabled"), Map.entry("SOURCE_DESCRIPTION", "isSourceEnabled"),
            Map.entry("CURRENCY_ID", "isLinkWithProductsEnabled"),
            Map.entry("IS_MANUAL_OPPORTUNITY", "isLinkWithProductsEnabled"),
            Map.entry("OPPORTUNITY", "isLinkWithProductsEnabled"), Map.entry("TAX_VALUE", "isLinkWithProductsEnabled"),
            Map.entry("MYCOMPANY_ID", "isMycompanyEnabled"));

    private SmartProcessFields() {
    }

    /** Adds the system fields of a smart process to an empty schema. */
    public static void install(Schema s, int entityTypeId, long defaultCategoryId) {
        s.put(f("ID", INTEGER, "ID").asReadOnly());
        s.put(f("XML_ID", STRING, "Внешний код"));
        s.put(f("TITLE", STRING, "Название"));
        s.put(f("CREATED_BY", USER, "Кем создан").asReadOnly());
        s.put(f("UPDATED_BY", USER, "Кем обновлен").asReadOnly());
        s.put(f("MOVED_BY", USER, "Кем передвинут").asReadOnly());
        s.put(f("CREATED_TIME", DATETIME, "Когда создан").asReadOnly());
        s.put(f("UPDATED_TIME", DATETIME, "Когда обновлен").asReadOnly());
        s.put(f("MOVED_TIME", DATETIME, "Когда передвинут").asReadOnly());
        s.put(f("CATEGORY_ID", CRM_CATEGORY, "Воронка"));
        s.put(f("OPENED", CHAR, "Доступно для всех").asRequired());
        String stages = CrmStore.stageEntityId(entityTypeId, defaultCategoryId);
        s.put(f("STAGE_ID", CRM_STATUS, "Стадия").withStatusType(stages));
        s.put(f("PREVIOUS_STAGE_ID", CRM_STATUS, "Предыдущая стадия").withStatusType(stages).asReadOnly());
        s.put(f("BEGINDATE", DATE, "Дата начала"));
        s.put(f("CLOSEDATE", DATE, "Дата завершения"));
        s.put(f("COMPANY_ID", CRM_COMPANY, "Компания").withSettings(Map.of("parentEntityTypeId", 4L)));
        s.put(f("CONTACT_ID", CRM_CONTACT, "Контакт").asDeprecated());
        s.put(f("CONTACT_IDS", CRM_CONTACT, "CONTACT_IDS").asMultiple());
        s.put(f("OPPORTUNITY", DOUBLE, "Сумма"));
        s.put(f("IS_MANUAL_OPPORTUNITY", CHAR, "Режим расчета суммы"));
        s.put(f("TAX_VALUE", DOUBLE, "Сумма налога"));
        s.put(f("CURRENCY_ID", CRM_CURRENCY, "Валюта"));
        s.put(f("MYCOMPANY_ID", CRM_COMPANY, "Реквизиты вашей компании").withSettings(Map.of("isMyCompany", true,
                "parentEntityTypeId", 4L, "isEmbeddedEditorEnabled", true)));
        s.put(f("SOURCE_ID", CRM_STATUS, "Источник").withStatusType("SOURCE"));
        s.put(f("SOURCE_DESCRIPTION", STRING, "Дополнительно об источнике"));
        s.put(f("WEBFORM_ID", INTEGER, "Создано CRM-формой"));
        s.put(f("ASSIGNED_BY_ID", USER, "Ответственный"));
        s.put(f("LAST_ACTIVITY_BY", USER, "Кем осуществлена последняя активность в таймлайне").asReadOnly());
        s.put(f("LAST_ACTIVITY_TIME", DATETIME, "Последняя активность").asReadOnly());
        s.put(f("OBSERVERS", USER, "Наблюдатели").asMultiple());
    }

    /** Whether a field of a smart process's items is switched on by the type's settings. */
    public static boolean enabled(SmartType type, FieldDef field) {
        String gate = GATES.get(field.code());
        return gate == null || type.enabled(gate);
    }

    /** A crm.item-only field (legacy methods do not serve smart processes) named by the §9.3 rule. */
    private static FieldDef f(String code, FieldType type, String title) {
        return FieldDef.system(code, UfNames.toCamel(code), type, title).itemOnly();
    }
}
