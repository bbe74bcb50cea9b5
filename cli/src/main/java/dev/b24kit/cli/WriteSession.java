package dev.b24kit.cli;

import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;

/** The portal, the store and verified writes over them, for one command run; closing closes both. */
record WriteSession(PortalOption.PortalSession portal, Store store, Writes writes) implements AutoCloseable {

    /** Opens the portal and the store; writes act for the person at the keyboard ({@code by}). */
    static WriteSession open(PortalOption portalOption, StoreOption storeOption, Launch launch, String by) {
        PortalOption.PortalSession portal = portalOption.open(launch);
        try {
            Store store = storeOption.open(launch);
            WritesConfig config = WritesConfig.of(portal.client(), FieldCatalog.of(portal.client()), store,
                    portalOption.origin(launch, portal)).withClock(launch.clock());
            return new WriteSession(portal, store, Writes.of(config).onBehalfOf(Actor.person(by)));
        } catch (RuntimeException e) {
            portal.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try (portal) {
            store.close();
        }
    }
}
