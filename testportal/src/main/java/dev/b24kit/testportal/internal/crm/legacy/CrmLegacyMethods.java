package dev.b24kit.testportal.internal.crm.legacy;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.StandardTypes;
import dev.b24kit.testportal.internal.rest.MethodTable;

/**
 * The legacy CRM methods (§7): {@code crm.{lead,deal,contact,company}.*}, their user fields,
 * {@code crm.status.*} and {@code crm.duplicate.findbycomm}. Installs the standard entity types.
 */
public final class CrmLegacyMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        StandardTypes.install(portal.crm());
        for (LegacyEntity entity : LegacyEntity.ALL) {
            new EntityMethods(entity).register(methods);
            new UserFieldMethods(entity).register(methods);
        }
        new StatusMethods().register(methods);
        new DuplicateMethods().register(methods);
    }
}
