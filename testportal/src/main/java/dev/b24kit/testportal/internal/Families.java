package dev.b24kit.testportal.internal;

import java.util.List;

import dev.b24kit.testportal.internal.batch.BatchFamily;
import dev.b24kit.testportal.internal.crm.legacy.CrmLegacyMethods;
import dev.b24kit.testportal.internal.crm.universal.CategoryMethods;
import dev.b24kit.testportal.internal.crm.universal.ItemMethods;
import dev.b24kit.testportal.internal.crm.universal.TypeMethods;
import dev.b24kit.testportal.internal.crm.universal.UserFieldConfigMethods;
import dev.b24kit.testportal.internal.events.EventMethods;
import dev.b24kit.testportal.internal.system.SystemMethods;
import dev.b24kit.testportal.internal.users.UserMethods;

/** The method families a test portal serves, in registration order. One line per family. */
public final class Families {

    private Families() {
    }

    public static List<MethodFamily> all() {
        return List.of(
                new BatchFamily(),
                new SystemMethods(),
                new EventMethods(),
                new CrmLegacyMethods(),
                new TypeMethods(),
                new CategoryMethods(),
                new ItemMethods(),
                new UserFieldConfigMethods(),
                new UserMethods());
    }
}
