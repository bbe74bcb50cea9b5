package dev.b24kit.testportal.internal.seed;

import java.util.concurrent.locks.Lock;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.StandardTypes;

/**
 * Puts a portal's data into its starting state: the standard entity types and dictionaries, then the
 * seeded records. Used at start and by the admin API's reset. Takes the state write lock, so calls in
 * flight finish first and later calls see the new state.
 */
public final class PortalData {

    /** User who seeds (the portal's administrator). */
    public static final long SEEDING_USER = 1;

    private PortalData() {
    }

    /** Seeds a freshly started portal. */
    public static void seed(Portal portal, long seed, Seeder.Counts counts) {
        Lock lock = portal.stateLock().writeLock();
        lock.lock();
        try {
            StandardTypes.install(portal.crm());
            Seeder.seed(portal.crm(), new Author(SEEDING_USER, portal.clock().instant(), portal.zone()), seed, counts);
        } finally {
            lock.unlock();
        }
    }

    /** Puts every run-time switch back to the start configuration. */
    private static void restoreSwitches(Portal portal) {
        portal.bucket().plan(portal.config().plan());
        portal.bucket().countRejected(false);
        portal.budget().limit(portal.config().operatingLimit());
        portal.budget().enabled(true);
        portal.costModel(dev.b24kit.testportal.internal.limits.CostModel.DEFAULT);
        portal.latency(portal.config().latency());
        portal.cutOff(portal.config().cutOff());
        portal.silentDrops(portal.config().silentDrops());
        portal.events().deliveries().profile(dev.b24kit.testportal.EventDelivery.CLOUD);
    }

    /**
     * Forgets all CRM data, subscriptions, queued events, faults, the call log and limit counters, puts
     * every run-time switch (plan, operating limit, cost model, latency, cut-off, silent drops, event delivery)
     * back to the start configuration, then seeds again.
     */
    public static void reset(Portal portal, long seed, Seeder.Counts counts) {
        Lock lock = portal.stateLock().writeLock();
        lock.lock();
        try {
            portal.crm().clear();
            portal.events().clear();
            portal.faults().clear();
            portal.faults().reseed(seed);
            portal.events().deliveries().reseed(seed);
            portal.callLog().clear();
            portal.bucket().reset();
            portal.budget().reset();
            restoreSwitches(portal);
            StandardTypes.install(portal.crm());
            Seeder.seed(portal.crm(), new Author(SEEDING_USER, portal.clock().instant(), portal.zone()), seed, counts);
        } finally {
            lock.unlock();
        }
    }
}
