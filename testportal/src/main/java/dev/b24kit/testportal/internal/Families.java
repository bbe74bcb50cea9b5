package dev.b24kit.testportal.internal;

import java.util.List;

import dev.b24kit.testportal.internal.system.SystemMethods;
import dev.b24kit.testportal.internal.users.UserMethods;

/** The method families a test portal serves, in registration order. One line per family. */
public final class Families {

    private Families() {
    }

    public static List<MethodFamily> all() {
        return List.of(
                new SystemMethods(),
                new UserMethods());
    }
}
