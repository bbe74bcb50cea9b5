package dev.b24kit.store.changes;

import java.time.Duration;

/**
 * Named leases per portal, so that one process at a time does a job (the reconciler). A lease that is
 * not renewed before it expires (its holder died) goes to the next process that asks.
 *
 * <p>Thread-safe. Arguments must not be {@code null}. Failures are {@link dev.b24kit.store.StoreException}s.
 */
public interface Leases {

    /** Takes or renews the lease for {@code ttl}; answers whether {@code holder} holds it now. */
    boolean acquire(String portal, String name, String holder, Duration ttl);

    /** Gives the lease up if {@code holder} holds it. */
    void release(String portal, String name, String holder);
}
