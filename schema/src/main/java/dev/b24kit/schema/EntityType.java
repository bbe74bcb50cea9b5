package dev.b24kit.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A CRM entity type the catalog knows: a lead, deal, contact, company, or a smart process
 * (docs/bitrix24-behavior.md §9.1). Immutable.
 *
 * @param entityTypeId the portal's {@code entityTypeId} (1 lead, 2 deal, 3 contact, 4 company, 128+ smart processes)
 * @param name         {@code LEAD}, {@code DEAL}, {@code CONTACT}, {@code COMPANY} or {@code DYNAMIC_{entityTypeId}}
 * @param title        how people call it: {@code deal}, or a smart process's title ({@code Договоры})
 * @param typeId       a smart process's {@code id} from {@code crm.type.list} (its user fields are {@code CRM_{id}},
 *                     §7.5); 0 for the four standard entities
 */
public record EntityType(int entityTypeId, String name, String title, int typeId) {

    public static final EntityType LEAD = new EntityType(1, "LEAD", "lead", 0);
    public static final EntityType DEAL = new EntityType(2, "DEAL", "deal", 0);
    public static final EntityType CONTACT = new EntityType(3, "CONTACT", "contact", 0);
    public static final EntityType COMPANY = new EntityType(4, "COMPANY", "company", 0);

    /** The four entities with legacy methods, in the order the catalog loads them. */
    public static final List<EntityType> STANDARD = List.of(LEAD, DEAL, CONTACT, COMPANY);

    public EntityType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
    }

    /** A smart process from its {@code crm.type.list} row. */
    public static EntityType smartProcess(int entityTypeId, int typeId, String title) {
        return new EntityType(entityTypeId, "DYNAMIC_" + entityTypeId, title, typeId);
    }

    /** Whether this is a smart process (no legacy methods; user fields through {@code crm.item.*} only). */
    public boolean isSmartProcess() {
        return typeId > 0;
    }

    /** {@code crm.deal} for the standard entities (append {@code .update}, {@code .fields}…); null for smart processes. */
    public String legacyMethods() {
        return isSmartProcess() ? null : "crm." + name.toLowerCase(Locale.ROOT);
    }

    /** The user-field entity: {@code CRM_DEAL}, or {@code CRM_{typeId}} for a smart process (§7.5). */
    public String userFieldEntity() {
        return isSmartProcess() ? "CRM_" + typeId : "CRM_" + name;
    }

    /** How the command line names it: {@code deal}, {@code contact}, …, {@code item:1030}. */
    public String key() {
        return isSmartProcess() ? "item:" + entityTypeId : name.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code spelling} names this entity: its key, name, title or entityTypeId, ignoring case. */
    public boolean isNamed(String spelling) {
        String s = spelling.strip();
        return s.equalsIgnoreCase(key()) || s.equalsIgnoreCase(name) || s.equalsIgnoreCase(title)
                || s.equals(Integer.toString(entityTypeId)) || (!isSmartProcess() && s.equalsIgnoreCase(key() + "s"))
                || (!isSmartProcess() && s.equalsIgnoreCase(key().replaceAll("y$", "ies")));
    }
}
