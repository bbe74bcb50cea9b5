package dev.b24kit.gateway.tools.internal;

import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.SchemaRefusal;

/** An entity argument ({@code deal}, {@code item:1030}, a smart process's title) → its type; unknown is {@link Refused}. */
final class Entities {

    private Entities() {
    }

    static EntityType resolve(FieldCatalog catalog, String name) {
        try {
            return catalog.entity(name);
        } catch (SchemaRefusal e) {
            throw Refused.of(e);
        }
    }

    /** {@code crm.deal} or {@code crm.item} (smart processes). */
    static String methods(EntityType entity) {
        return entity.isSmartProcess() ? "crm.item" : entity.legacyMethods();
    }
}
