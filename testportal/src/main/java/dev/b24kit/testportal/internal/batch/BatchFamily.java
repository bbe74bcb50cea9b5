package dev.b24kit.testportal.internal.batch;

import dev.b24kit.testportal.internal.MethodFamily;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;

/**
 * Registers {@code batch} (§5). It takes no lock and is not metered ({@link MethodSpec.Access#NONE}):
 * each command locks and is charged on its own, and the batch is not counted in {@code operating}
 * (§4.2). It needs no scope and cannot itself be batched.
 */
public final class BatchFamily implements MethodFamily {

    @Override
    public void register(MethodTable methods, Portal portal) {
        Batch batch = new Batch(new Dispatcher(portal), portal);
        methods.add(new MethodSpec("batch", null, MethodSpec.Access.NONE, false, batch::run));
    }
}
