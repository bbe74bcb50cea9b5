package dev.b24kit.store.policy;

import java.util.Optional;

/**
 * Each portal's write mode. The store keeps the facts only; the writes module decides what they mean.
 * Portals are origins, normalised and checked as in {@link dev.b24kit.store.journal.Intent}.
 *
 * <p>Thread-safe. Arguments must not be {@code null}; results are never {@code null}. Failures are
 * {@link dev.b24kit.store.StoreException}s; a portal that is not an origin, {@link IllegalArgumentException}.
 */
public interface WritePolicies {

    /**
     * The portal's policy; a portal not seen before is recorded first, in {@link WriteMode#OBSERVE}
     * since now. Atomic with concurrent calls, also across processes.
     */
    WritePolicy seen(String portal);

    /** The portal's policy, if it was ever seen. */
    Optional<WritePolicy> find(String portal);

    /**
     * Puts the portal in {@code mode}: {@code since} becomes now when the mode changes and stays
     * otherwise; a portal not seen before is first seen now.
     */
    WritePolicy set(String portal, WriteMode mode);
}
