package dev.b24kit.testportal.internal.crm;

import static dev.b24kit.testportal.internal.crm.FieldType.CHAR;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_CATEGORY;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_COMPANY;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_CONTACT;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_CURRENCY;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_LEAD;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_MULTIFIELD;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_QUOTE;
import static dev.b24kit.testportal.internal.crm.FieldType.CRM_STATUS;
import static dev.b24kit.testportal.internal.crm.FieldType.DATE;
import static dev.b24kit.testportal.internal.crm.FieldType.DATETIME;
import static dev.b24kit.testportal.internal.crm.FieldType.DOUBLE;
import static dev.b24kit.testportal.internal.crm.FieldType.FILE;
import static dev.b24kit.testportal.internal.crm.FieldType.INTEGER;
import static dev.b24kit.testportal.internal.crm.FieldType.LOCATION;
import static dev.b24kit.testportal.internal.crm.FieldType.STRING;
import static dev.b24kit.testportal.internal.crm.FieldType.USER;

import java.util.Map;

/**
 * The system fields of leads, deals, contacts and companies, in the order, with the types, flags and
 * titles their {@code crm.*.fields} answers show in the official docs (§7.3), and each field's
 * crm.item name (from the docs' "Поля объектов CRM" table; null where crm.item has no such field).
 * Fields crm.item has but the legacy methods do not list are added with {@link FieldDef#itemOnly()}.
 * The multi-fields ({@code PHONE}, {@code EMAIL}, …) have no crm.item name of their own: crm.item
 * shows them together as {@code fm}.
 */
final class StandardFields {

    private StandardFields() {
    }

    static void deal(Schema s) {
        s.put(f("ID", "id", INTEGER, "ID").asReadOnly());
        s.put(f("TITLE", "title", STRING, "Название"));
        s.put(status("TYPE_ID", "typeId", "DEAL_TYPE", "Тип"));
        s.put(f("CATEGORY_ID", "categoryId", CRM_CATEGORY, "Воронка").asImmutable());
        s.put(status("STAGE_ID", "stageId", "DEAL_STAGE", "Стадия сделки"));
        s.put(f("STAGE_SEMANTIC_ID", "stageSemanticId", STRING, "Группа стадии").asReadOnly());
        s.put(f("IS_NEW", "isNew", CHAR, "Новая сделка").asReadOnly());
        s.put(f("IS_RECURRING", "isRecurring", CHAR, "Регулярная сделка"));
        s.put(f("IS_RETURN_CUSTOMER", "isReturnCustomer", CHAR, "Повторная сделка"));
        s.put(f("IS_REPEATED_APPROACH", "isRepeatedApproach", CHAR, "Повторное обращение"));
        s.put(f("PROBABILITY", "probability", INTEGER, "Вероятность"));
        s.put(f("CURRENCY_ID", "currencyId", CRM_CURRENCY, "Валюта"));
        s.put(f("OPPORTUNITY", "opportunity", DOUBLE, "Сумма"));
        s.put(f("IS_MANUAL_OPPORTUNITY", "isManualOpportunity", CHAR, "IS_MANUAL_OPPORTUNITY"));
        s.put(f("TAX_VALUE", "taxValue", DOUBLE, "Ставка налога"));
        s.put(parent("COMPANY_ID", "companyId", CRM_COMPANY, "Компания", EntityType.COMPANY));
        s.put(f("CONTACT_ID", "contactId", CRM_CONTACT, "Контакт").asDeprecated());
        s.put(f("CONTACT_IDS", "contactIds", CRM_CONTACT, "Контакты").asMultiple());
        s.put(parent("QUOTE_ID", "quoteId", CRM_QUOTE, "Предложение", 7).asReadOnly());
        s.put(f("BEGINDATE", "begindate", DATE, "Дата начала"));
        s.put(f("CLOSEDATE", "closedate", DATE, "Дата завершения"));
        s.put(f("OPENED", "opened", CHAR, "Доступна для всех"));
        s.put(f("CLOSED", "closed", CHAR, "Закрыта"));
        s.put(f("COMMENTS", "comments", STRING, "Комментарий"));
        s.put(f("ASSIGNED_BY_ID", "assignedById", USER, "Ответственный"));
        s.put(f("CREATED_BY_ID", "createdBy", USER, "Кем создана").asReadOnly());
        s.put(f("MODIFY_BY_ID", "updatedBy", USER, "Кем изменена").asReadOnly());
        s.put(f("MOVED_BY_ID", "movedBy", USER, "MOVED_BY_ID").asReadOnly());
        s.put(f("DATE_CREATE", "createdTime", DATETIME, "Дата создания").asReadOnly());
        s.put(f("DATE_MODIFY", "updatedTime", DATETIME, "Дата изменения").asReadOnly());
        s.put(f("MOVED_TIME", "movedTime", DATETIME, "MOVED_TIME").asReadOnly());
        s.put(status("SOURCE_ID", "sourceId", "SOURCE", "Источник"));
        s.put(f("SOURCE_DESCRIPTION", "sourceDescription", STRING, "Дополнительно об источнике"));
        s.put(parent("LEAD_ID", "leadId", CRM_LEAD, "Лид", EntityType.LEAD).asReadOnly());
        s.put(f("ADDITIONAL_INFO", "additionalInfo", STRING, "Дополнительная информация"));
        s.put(f("LOCATION_ID", "locationId", LOCATION, "Местоположение"));
        origin(s, false);
        utm(s);
        lastActivity(s, "LAST_ACTIVITY_TIME", "LAST_ACTIVITY_BY", true);
        s.put(f("MYCOMPANY_ID", "mycompanyId", CRM_COMPANY, "Моя компания").itemOnly());
        s.put(f("OBSERVERS", "observers", USER, "Наблюдатели").asMultiple().itemOnly());
    }

    static void lead(Schema s) {
        s.put(f("ID", "id", INTEGER, "ID").asReadOnly());
        s.put(f("TITLE", "title", STRING, "Название лида"));
        person(s, false);
        s.put(f("COMPANY_TITLE", "companyTitle", STRING, "Название компании"));
        s.put(status("SOURCE_ID", "sourceId", "SOURCE", "Источник"));
        s.put(f("SOURCE_DESCRIPTION", "sourceDescription", STRING, "Дополнительно об источнике"));
        s.put(status("STATUS_ID", "stageId", "STATUS", "Стадия"));
        s.put(f("STATUS_DESCRIPTION", "statusDescription", STRING, "Дополнительно о стадии"));
        s.put(f("STATUS_SEMANTIC_ID", "stageSemanticId", STRING, "Состояние статуса").asReadOnly());
        s.put(f("POST", "post", STRING, "Должность"));
        address(s);
        s.put(f("CURRENCY_ID", "currencyId", CRM_CURRENCY, "Валюта"));
        s.put(f("OPPORTUNITY", "opportunity", DOUBLE, "Сумма"));
        s.put(f("IS_MANUAL_OPPORTUNITY", "isManualOpportunity", CHAR, "IS_MANUAL_OPPORTUNITY"));
        s.put(f("OPENED", "opened", CHAR, "Доступен для всех"));
        s.put(f("COMMENTS", "comments", STRING, "Комментарий"));
        has(s);
        s.put(f("ASSIGNED_BY_ID", "assignedById", USER, "Ответственный"));
        s.put(f("CREATED_BY_ID", "createdBy", USER, "Кем создан").asReadOnly());
        s.put(f("MODIFY_BY_ID", "updatedBy", USER, "Кем изменен").asReadOnly());
        s.put(f("MOVED_BY_ID", "movedBy", USER, "MOVED_BY_ID").asReadOnly());
        s.put(f("DATE_CREATE", "createdTime", DATETIME, "Дата создания").asReadOnly());
        s.put(f("DATE_MODIFY", "updatedTime", DATETIME, "Дата изменения").asReadOnly());
        s.put(f("MOVED_TIME", "movedTime", DATETIME, "MOVED_TIME").asReadOnly());
        s.put(parent("COMPANY_ID", "companyId", CRM_COMPANY, "Компания", EntityType.COMPANY));
        s.put(f("CONTACT_ID", "contactId", CRM_CONTACT, "Контакт").asDeprecated());
        s.put(f("CONTACT_IDS", "contactIds", CRM_CONTACT, "CONTACT_IDS").asMultiple());
        s.put(f("IS_RETURN_CUSTOMER", "isReturnCustomer", CHAR, "Повторный лид").asReadOnly());
        s.put(f("DATE_CLOSED", "dateClosed", DATETIME, "Дата завершения").asReadOnly());
        origin(s, false);
        utm(s);
        lastActivity(s, "LAST_ACTIVITY_TIME", "LAST_ACTIVITY_BY", true);
        multiFields(s);
        s.put(f("OBSERVERS", "observers", USER, "Наблюдатели").asMultiple().itemOnly());
    }

    static void contact(Schema s) {
        s.put(f("ID", "id", INTEGER, "ID").asReadOnly());
        person(s, true);
        s.put(status("TYPE_ID", "typeId", "CONTACT_TYPE", "Тип контакта"));
        s.put(status("SOURCE_ID", "sourceId", "SOURCE", "Источник"));
        s.put(f("SOURCE_DESCRIPTION", "sourceDescription", STRING, "Дополнительно об источнике"));
        s.put(f("POST", "post", STRING, "Должность"));
        address(s);
        s.put(f("COMMENTS", "comments", STRING, "Комментарий"));
        s.put(f("OPENED", "opened", CHAR, "Доступен для всех"));
        s.put(f("EXPORT", "export", CHAR, "Участвует в экспорте контактов"));
        has(s);
        s.put(f("ASSIGNED_BY_ID", "assignedById", USER, "Ответственный"));
        s.put(f("CREATED_BY_ID", "createdBy", USER, "Кем создан").asReadOnly());
        s.put(f("MODIFY_BY_ID", "updatedBy", USER, "Кем изменен").asReadOnly());
        s.put(f("DATE_CREATE", "createdTime", DATETIME, "Дата создания").asReadOnly());
        s.put(f("DATE_MODIFY", "updatedTime", DATETIME, "Дата изменения").asReadOnly());
        s.put(f("COMPANY_ID", "companyId", CRM_COMPANY, "Компания").asDeprecated());
        s.put(f("COMPANY_IDS", "companyIds", CRM_COMPANY, "COMPANY_IDS").asMultiple());
        s.put(parent("LEAD_ID", "leadId", CRM_LEAD, "Лид", EntityType.LEAD).asReadOnly());
        origin(s, true);
        utm(s);
        s.put(f("LAST_ACTIVITY_TIME", "lastActivityTime", DATETIME, "Последняя активность").asReadOnly());
        s.put(f("LAST_ACTIVITY_BY", "lastActivityBy", USER, "Кем осуществлена последняя активность в таймлайне")
                .asReadOnly());
        multiFields(s);
        s.put(f("CATEGORY_ID", "categoryId", CRM_CATEGORY, "Воронка").itemOnly());
        s.put(f("OBSERVERS", "observers", USER, "Наблюдатели").asMultiple().itemOnly());
    }

    static void company(Schema s) {
        s.put(f("ID", "id", INTEGER, "ID").asReadOnly());
        s.put(f("TITLE", "title", STRING, "Название компании").asRequired());
        s.put(status("COMPANY_TYPE", "typeId", "COMPANY_TYPE", "Тип компании"));
        s.put(f("LOGO", "logo", FILE, "Логотип"));
        s.put(f("ADDRESS", "address", STRING, "Фактический адрес"));
        addressParts(s, "", "");
        s.put(f("ADDRESS_LEGAL", "addressLegal", STRING, "Юридический адрес"));
        s.put(f("REG_ADDRESS", null, STRING, "Юридический адрес"));
        addressParts(s, "REG_", "Юридический адрес ");
        s.put(f("BANKING_DETAILS", "bankingDetails", STRING, "Банковские реквизиты"));
        s.put(status("INDUSTRY", "industry", "INDUSTRY", "Сфера деятельности"));
        s.put(status("EMPLOYEES", "employees", "EMPLOYEES", "Кол-во сотрудников"));
        s.put(f("CURRENCY_ID", "currencyId", CRM_CURRENCY, "Валюта"));
        s.put(f("REVENUE", "revenue", DOUBLE, "Годовой оборот"));
        s.put(f("OPENED", "opened", CHAR, "Доступна для всех"));
        s.put(f("COMMENTS", "comments", STRING, "Комментарий"));
        has(s);
        s.put(f("IS_MY_COMPANY", "isMyCompany", CHAR, "Моя компания"));
        s.put(f("ASSIGNED_BY_ID", "assignedById", USER, "Ответственный"));
        s.put(f("CREATED_BY_ID", "createdBy", USER, "Кем создана").asReadOnly());
        s.put(f("MODIFY_BY_ID", "updatedBy", USER, "Кем изменена").asReadOnly());
        s.put(f("DATE_CREATE", "createdTime", DATETIME, "Дата создания").asReadOnly());
        s.put(f("DATE_MODIFY", "updatedTime", DATETIME, "Дата изменения").asReadOnly());
        s.put(f("CONTACT_ID", "contactIds", CRM_CONTACT, "Контакт").asMultiple());
        s.put(parent("LEAD_ID", "leadId", CRM_LEAD, "Лид", EntityType.LEAD).asReadOnly());
        origin(s, true);
        utm(s);
        lastActivity(s, "LAST_ACTIVITY_TIME", "LAST_ACTIVITY_BY", false);
        s.put(f("LAST_COMMUNICATION_TIME", "lastCommunicationTime", STRING, "Дата последней коммуникации")
                .asReadOnly());
        multiFields(s);
        s.put(f("CATEGORY_ID", "categoryId", CRM_CATEGORY, "Воронка").itemOnly());
        s.put(f("OBSERVERS", "observers", USER, "Наблюдатели").asMultiple().itemOnly());
    }

    // --- groups shared by several entities ---

    private static void person(Schema s, boolean contact) {
        s.put(status("HONORIFIC", "honorific", "HONORIFIC", "Обращение"));
        FieldDef name = f("NAME", "name", STRING, "Имя");
        FieldDef second = f("SECOND_NAME", "secondName", STRING, "Отчество");
        FieldDef last = f("LAST_NAME", "lastName", STRING, "Фамилия");
        // the docs' crm.contact.fields sample marks the three name parts required
        s.put(contact ? name.asRequired() : name);
        s.put(contact ? second.asRequired() : second);
        s.put(contact ? last.asRequired() : last);
        if (contact) {
            s.put(f("PHOTO", "photo", FILE, "Фотография"));
        }
        s.put(f("BIRTHDATE", "birthdate", DATE, "Дата рождения"));
    }

    private static void address(Schema s) {
        s.put(f("ADDRESS", "address", STRING, "Адрес"));
        addressParts(s, "", "");
    }

    private static void addressParts(Schema s, String prefix, String titlePrefix) {
        boolean legal = !titlePrefix.isEmpty();
        s.put(f(prefix + "ADDRESS_2", null, STRING, legal ? "Юридический адрес (стр. 2)" : "Адрес (стр. 2)"));
        s.put(f(prefix + "ADDRESS_CITY", null, STRING, titlePrefix + (legal ? "город" : "Город")));
        s.put(f(prefix + "ADDRESS_POSTAL_CODE", null, STRING,
                titlePrefix + (legal ? "почтовый индекс " : "Почтовый индекс")));
        s.put(f(prefix + "ADDRESS_REGION", null, STRING, titlePrefix + (legal ? "район" : "Район")));
        s.put(f(prefix + "ADDRESS_PROVINCE", null, STRING, titlePrefix + (legal ? "область" : "Область")));
        s.put(f(prefix + "ADDRESS_COUNTRY", null, STRING, titlePrefix + (legal ? "страна" : "Страна")));
        s.put(f(prefix + "ADDRESS_COUNTRY_CODE", null, STRING, titlePrefix + (legal ? "код страны" : "Код страны")));
        s.put(f(prefix + "ADDRESS_LOC_ADDR_ID", null, INTEGER,
                titlePrefix + (legal ? "идентификатор адреса местоположения" : "Идентификатор адреса местоположения")));
    }

    private static void has(Schema s) {
        s.put(f("HAS_PHONE", "hasPhone", CHAR, "Задан телефон").asReadOnly());
        s.put(f("HAS_EMAIL", "hasEmail", CHAR, "Задан e-mail").asReadOnly());
        s.put(f("HAS_IMOL", "hasImol", CHAR, "Задана открытая линия").asReadOnly());
    }

    private static void origin(Schema s, boolean version) {
        s.put(f("ORIGINATOR_ID", "originatorId", STRING, "Внешний источник"));
        s.put(f("ORIGIN_ID", "originId", STRING, "Идентификатор элемента во внешнем источнике"));
        if (version) {
            s.put(f("ORIGIN_VERSION", "originVersion", STRING, "Версия оригинала"));
        }
    }

    private static void utm(Schema s) {
        s.put(f("UTM_SOURCE", "utmSource", STRING, "Рекламная система"));
        s.put(f("UTM_MEDIUM", "utmMedium", STRING, "Тип трафика"));
        s.put(f("UTM_CAMPAIGN", "utmCampaign", STRING, "Обозначение рекламной кампании"));
        s.put(f("UTM_CONTENT", "utmContent", STRING, "Содержание кампании"));
        s.put(f("UTM_TERM", "utmTerm", STRING, "Условие поиска кампании"));
    }

    private static void lastActivity(Schema s, String time, String by, boolean readOnly) {
        FieldDef timeField = f(time, "lastActivityTime", DATETIME, readOnly ? time : "Последняя активность");
        FieldDef byField = f(by, "lastActivityBy", USER, readOnly ? by : "Автор последней активности в таймлайне");
        s.put(readOnly ? timeField.asReadOnly() : timeField);
        s.put(readOnly ? byField.asReadOnly() : byField);
    }

    private static void multiFields(Schema s) {
        s.put(f("PHONE", null, CRM_MULTIFIELD, "Телефон").asMultiple());
        s.put(f("EMAIL", null, CRM_MULTIFIELD, "E-mail").asMultiple());
        s.put(f("WEB", null, CRM_MULTIFIELD, "Сайт").asMultiple());
        s.put(f("IM", null, CRM_MULTIFIELD, "Мессенджер").asMultiple());
        s.put(f("LINK", null, CRM_MULTIFIELD, "LINK").asMultiple());
    }

    // --- field constructors ---

    private static FieldDef f(String code, String itemName, FieldType type, String title) {
        return FieldDef.system(code, itemName, type, title);
    }

    private static FieldDef status(String code, String itemName, String statusType, String title) {
        return f(code, itemName, CRM_STATUS, title).withStatusType(statusType);
    }

    private static FieldDef parent(String code, String itemName, FieldType type, String title, int parentEntityTypeId) {
        return f(code, itemName, type, title).withSettings(Map.of("parentEntityTypeId", (long) parentEntityTypeId));
    }
}
