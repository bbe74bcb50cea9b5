package dev.b24kit.testportal.internal.crm.universal;

import java.math.BigDecimal;
import java.util.List;

import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.SmartProcessFields;
import dev.b24kit.testportal.internal.crm.Status;

/**
 * The values a new smart-process item gets when the write does not give them (crm-item-add.md, "По
 * умолчанию"): the title "{type title} #{id}"; with the matching settings on, today's {@code begindate}
 * and a {@code closedate} a week later, the first source, currency {@code RUB} with amount and tax 0 in
 * automatic mode, and {@code 0} for empty client and own-company links (as the docs' samples show
 * {@code "companyId": 0}). Leads, deals, contacts and companies get theirs from the record store.
 */
final class SmartProcessDefaults {

    private SmartProcessDefaults() {
    }

    static void apply(CrmStore store, EntityType type, Item item, Author author) {
        if (!type.isSmartProcess()) {
            return;
        }
        orDefault(type, item, "title", type.smartType().title() + " #" + item.id());
        orDefault(type, item, "begindate", author.today());
        orDefault(type, item, "closedate", author.today().plusDays(7));
        List<Status> sources = store.statuses("SOURCE");
        if (!sources.isEmpty()) {
            orDefault(type, item, "sourceId", sources.getFirst().statusId());
        }
        orDefault(type, item, "currencyId", "RUB");
        orDefault(type, item, "opportunity", new BigDecimal("0.00"));
        orDefault(type, item, "taxValue", new BigDecimal("0.00"));
        orDefault(type, item, "isManualOpportunity", "N");
        orDefault(type, item, "companyId", 0L);
        orDefault(type, item, "contactId", 0L);
        orDefault(type, item, "mycompanyId", 0L);
    }

    /** Sets an enabled, empty field; a field switched off in the type's settings stays empty. */
    private static void orDefault(EntityType type, Item item, String itemName, Object value) {
        FieldDef field = type.schema().byItemName(itemName);
        if (field == null || !SmartProcessFields.enabled(type.smartType(), field)) {
            return;
        }
        Object current = type.value(item, field);
        if (current == null || (current instanceof String text && text.isEmpty())) {
            type.set(item, field, value);
        }
    }
}
