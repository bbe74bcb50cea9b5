package dev.b24kit.testportal.internal;

import dev.b24kit.testportal.internal.rest.MethodTable;

/** A group of REST methods that registers itself with the portal's method table at start. */
@FunctionalInterface
public interface MethodFamily {

    void register(MethodTable methods, Portal portal);
}
