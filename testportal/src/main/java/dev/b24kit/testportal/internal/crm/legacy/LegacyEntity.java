package dev.b24kit.testportal.internal.crm.legacy;

import java.util.List;

import dev.b24kit.testportal.internal.crm.EntityType;

/**
 * One of the four legacy entities and how its methods word "not found" (§3.2: {@code Not found} for
 * get, and for update/delete of deals and leads; {@code Contact is not found} / {@code Company is not
 * found} for update/delete of contacts and companies, as crm-company-update.md shows).
 *
 * @param name lower-case name in the method ({@code deal} → {@code crm.deal.add})
 */
record LegacyEntity(String name, int entityTypeId, String writeNotFound) {

    static final List<LegacyEntity> ALL = List.of(
            new LegacyEntity("lead", EntityType.LEAD, "Not found"),
            new LegacyEntity("deal", EntityType.DEAL, "Not found"),
            new LegacyEntity("contact", EntityType.CONTACT, "Contact is not found"),
            new LegacyEntity("company", EntityType.COMPANY, "Company is not found"));

    String method(String verb) {
        return "crm." + name + "." + verb;
    }
}
