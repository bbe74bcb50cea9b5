package dev.b24kit.testportal.internal.crm;

import java.util.List;
import java.util.Set;

/**
 * Keeps the deprecated single links in step with their lists (§7.1 table): {@code CONTACT_ID} is the
 * first of {@code CONTACT_IDS} (deals, leads), {@code COMPANY_ID} the first of {@code COMPANY_IDS}
 * (contacts). Writing the list sets the single link; writing only the single link replaces the list
 * with that one ID.
 */
final class Links {

    private Links() {
    }

    static void sync(EntityType type, Item item, Set<FieldDef> written) {
        pair(type, item, written, "contactId", "contactIds");
        pair(type, item, written, "companyId", "companyIds");
    }

    private static void pair(EntityType type, Item item, Set<FieldDef> written, String single, String list) {
        FieldDef singleField = type.schema().byItemName(single);
        FieldDef listField = type.schema().byItemName(list);
        if (singleField == null || listField == null || !listField.multiple() || singleField.multiple()) {
            return;
        }
        if (written.contains(listField)) {
            Object ids = type.value(item, listField);
            type.set(item, singleField, ids instanceof List<?> l && !l.isEmpty() ? l.getFirst() : null);
        } else if (written.contains(singleField)) {
            Object id = type.value(item, singleField);
            type.set(item, listField, id == null ? null : List.of(id));
        }
    }
}
