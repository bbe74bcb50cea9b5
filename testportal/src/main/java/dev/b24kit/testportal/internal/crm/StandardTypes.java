package dev.b24kit.testportal.internal.crm;

import java.util.List;

/**
 * Installs what a fresh cloud portal has before anyone touches it: the lead, deal, contact and
 * company entity types with their system fields ({@link StandardFields}), the default deal pipeline
 * "Общая" with its stages, the lead statuses, and the reference dictionaries of {@code crm.status.list}
 * ({@code SOURCE}, {@code DEAL_TYPE}, {@code CONTACT_TYPE}, {@code COMPANY_TYPE}, {@code INDUSTRY},
 * {@code EMPLOYEES}, {@code HONORIFIC}) with the names a Russian-language portal shows (§7.4). Runs
 * under the portal state lock (or before the portal serves calls).
 */
public final class StandardTypes {

    /** One dictionary entry: {@code STATUS_ID}, name, and semantics ({@code null}, {@code S}, {@code F}). */
    private record Entry(String statusId, String name, String semantics) {
        Entry(String statusId, String name) {
            this(statusId, name, null);
        }
    }

    private static final List<Entry> LEAD_STATUSES = List.of(
            new Entry("NEW", "Не обработан"), new Entry("IN_PROCESS", "В работе"),
            new Entry("PROCESSED", "Обработан"), new Entry("JUNK", "Некачественный лид", "F"),
            new Entry("CONVERTED", "Качественный лид", "S"));
    private static final List<Entry> SOURCES = List.of(
            new Entry("CALL", "Звонок"), new Entry("EMAIL", "Электронная почта"), new Entry("WEB", "Веб-сайт"),
            new Entry("ADVERTISING", "Реклама"), new Entry("PARTNER", "Существующий клиент"),
            new Entry("RECOMMENDATION", "По рекомендации"), new Entry("TRADE_SHOW", "Выставка"),
            new Entry("WEBFORM", "CRM-форма"), new Entry("CALLBACK", "Обратный звонок"),
            new Entry("RC_GENERATOR", "Генератор продаж"), new Entry("STORE", "Интернет-магазин"),
            new Entry("OTHER", "Другое"));
    private static final List<Entry> DEAL_TYPES = List.of(
            new Entry("SALE", "Продажа"), new Entry("COMPLEX", "Комплексная продажа"),
            new Entry("GOODS", "Продажа товара"), new Entry("SERVICES", "Продажа услуги"),
            new Entry("SERVICE", "Сервисное обслуживание"));
    private static final List<Entry> CONTACT_TYPES = List.of(
            new Entry("CLIENT", "Клиенты"), new Entry("SUPPLIER", "Поставщики"), new Entry("PARTNER", "Партнеры"),
            new Entry("OTHER", "Другое"));
    private static final List<Entry> COMPANY_TYPES = List.of(
            new Entry("CUSTOMER", "Клиент"), new Entry("SUPPLIER", "Поставщик"), new Entry("COMPETITOR", "Конкурент"),
            new Entry("PARTNER", "Партнер"), new Entry("OTHER", "Другое"));
    private static final List<Entry> INDUSTRIES = List.of(
            new Entry("IT", "Информационные технологии"), new Entry("TELECOM", "Телекоммуникации и связь"),
            new Entry("MANUFACTURING", "Производство"), new Entry("BANKING", "Банковские услуги"),
            new Entry("CONSULTING", "Консалтинг"), new Entry("FINANCE", "Финансы"),
            new Entry("GOVERNMENT", "Правительство"), new Entry("DELIVERY", "Доставка"),
            new Entry("ENTERTAINMENT", "Развлечения"), new Entry("NOTPROFIT", "Не для получения прибыли"),
            new Entry("OTHER", "Другое"));
    private static final List<Entry> EMPLOYEES = List.of(
            new Entry("EMPLOYEES_1", "менее 50"), new Entry("EMPLOYEES_2", "50-250"),
            new Entry("EMPLOYEES_3", "250-500"), new Entry("EMPLOYEES_4", "более 500"));
    private static final List<Entry> HONORIFICS = List.of(
            new Entry("HNR_RU_1", "Г-н"), new Entry("HNR_RU_2", "Г-жа"));

    private StandardTypes() {
    }

    /**
     * Adds the four entity types, the default deal pipeline, lead statuses and dictionaries. Does
     * nothing when the store already has them, so every family that needs them may call it.
     */
    public static void install(CrmStore store) {
        if (store.type(EntityType.DEAL) != null) {
            return;
        }
        addType(store, EntityType.LEAD, "LEAD", "CRM_LEAD");
        StandardFields.lead(store.type(EntityType.LEAD).schema());
        addType(store, EntityType.DEAL, "DEAL", "CRM_DEAL");
        StandardFields.deal(store.type(EntityType.DEAL).schema());
        addType(store, EntityType.CONTACT, "CONTACT", "CRM_CONTACT");
        StandardFields.contact(store.type(EntityType.CONTACT).schema());
        addType(store, EntityType.COMPANY, "COMPANY", "CRM_COMPANY");
        StandardFields.company(store.type(EntityType.COMPANY).schema());
        Pipelines.create(store, EntityType.DEAL, 0L, "Общая", 500, true, Pipelines.DEAL_STAGES);
        dictionary(store, "STATUS", LEAD_STATUSES, true);
        dictionary(store, "SOURCE", SOURCES, false);
        dictionary(store, "DEAL_TYPE", DEAL_TYPES, false);
        dictionary(store, "CONTACT_TYPE", CONTACT_TYPES, false);
        dictionary(store, "COMPANY_TYPE", COMPANY_TYPES, false);
        dictionary(store, "INDUSTRY", INDUSTRIES, false);
        dictionary(store, "EMPLOYEES", EMPLOYEES, false);
        dictionary(store, "HONORIFIC", HONORIFICS, false);
    }

    private static EntityType addType(CrmStore store, int entityTypeId, String name, String ufEntityId) {
        return store.add(new EntityType(entityTypeId, name, ufEntityId, null));
    }

    /**
     * Adds a dictionary. Lead statuses are stages: the first and the final ones are system entries
     * with colours, as on a fresh portal; plain dictionaries are all system entries without colour.
     */
    private static void dictionary(CrmStore store, String entityId, List<Entry> entries, boolean stages) {
        int sort = 10;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean system = !stages || i == 0 || entry.semantics() != null;
            String color = stages ? stageColor(entry) : null;
            store.addStatus(entityId, entry.statusId(), entry.name(), sort, system, null, color, entry.semantics());
            sort += 10;
        }
    }

    private static String stageColor(Entry entry) {
        if (entry.semantics() == null) {
            return entry.statusId().equals("NEW") ? "#39A8EF" : "#2FC6F6";
        }
        return entry.semantics().equals("S") ? "#7BD500" : "#FF5752";
    }
}
