package dev.b24kit.testportal.internal.crm;

import java.math.BigDecimal;

/**
 * The values a new record gets when the write does not give them, as a cloud portal fills them in:
 * a title with the ID ({@code Сделка #410}, {@code Лид #7}, {@code Компания #3}; a contact without any
 * name part gets {@code Контакт #5} as its last name), the acting user as responsible, {@code OPENED=Y},
 * currency {@code RUB} and amount 0.00 for deals and leads, deal type {@code SALE} with today's
 * {@code BEGINDATE} and a {@code CLOSEDATE} a week later, contact type {@code CLIENT}, company type
 * {@code CUSTOMER}, and {@code N} for the deal, lead and company flags.
 */
final class RecordDefaults {

    private RecordDefaults() {
    }

    static void apply(EntityType type, Item item, Author author) {
        orDefault(type, item, "assignedById", author.userId());
        orDefault(type, item, "opened", yes(type, "opened"));
        switch (type.entityTypeId()) {
            case EntityType.DEAL -> deal(type, item, author);
            case EntityType.LEAD -> lead(type, item);
            case EntityType.CONTACT -> contact(type, item);
            case EntityType.COMPANY -> company(type, item);
            default -> {
                // smart processes: their crm.item layer decides
            }
        }
    }

    private static void deal(EntityType type, Item item, Author author) {
        orDefault(type, item, "title", "Сделка #" + item.id());
        money(type, item);
        orDefault(type, item, "typeId", "SALE");
        orDefault(type, item, "begindate", author.today());
        orDefault(type, item, "closedate", author.today().plusDays(7));
        for (String flag : new String[] {"isRecurring", "isReturnCustomer", "isRepeatedApproach"}) {
            orDefault(type, item, flag, "N");
        }
    }

    private static void lead(EntityType type, Item item) {
        orDefault(type, item, "title", "Лид #" + item.id());
        money(type, item);
        orDefault(type, item, "isReturnCustomer", "N");
    }

    private static void contact(EntityType type, Item item) {
        boolean named = Records.get(type, item, "name") != null || Records.get(type, item, "lastName") != null
                || Records.get(type, item, "secondName") != null;
        if (!named) {
            Records.set(type, item, "lastName", "Контакт #" + item.id());
        }
        orDefault(type, item, "typeId", "CLIENT");
        orDefault(type, item, "export", "Y");
    }

    private static void company(EntityType type, Item item) {
        orDefault(type, item, "title", "Компания #" + item.id());
        orDefault(type, item, "typeId", "CUSTOMER");
        orDefault(type, item, "isMyCompany", "N");
    }

    private static void money(EntityType type, Item item) {
        orDefault(type, item, "currencyId", "RUB");
        orDefault(type, item, "opportunity", new BigDecimal("0.00"));
        orDefault(type, item, "isManualOpportunity", "N");
    }

    private static Object yes(EntityType type, String itemName) {
        FieldDef field = type.schema().byItemName(itemName);
        return field != null && field.type() == FieldType.BOOLEAN ? Boolean.TRUE : "Y";
    }

    private static void orDefault(EntityType type, Item item, String itemName, Object value) {
        Object current = Records.get(type, item, itemName);
        if (current == null || (current instanceof String text && text.isEmpty())) {
            Records.set(type, item, itemName, value);
        }
    }
}
