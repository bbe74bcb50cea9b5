package dev.b24kit.testportal.internal.system;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.rest.Envelope;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;

/** Portal-wide methods that need no CRM state (§11): {@code server.time}. */
public final class SystemMethods implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        methods.add(MethodSpec.read("server.time", null,
                call -> Envelope.PHP_DATE_C.format(call.now().atZone(portal.zone()))));
    }
}
