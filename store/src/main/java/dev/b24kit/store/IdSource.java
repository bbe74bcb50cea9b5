package dev.b24kit.store;

import java.time.InstantSource;
import java.util.random.RandomGenerator;

import dev.b24kit.store.internal.TimeOrderedIds;

/**
 * Makes the ids of new rows (journal entries, proposals, audit entries). Injected so that tests can
 * predict them. Implementations must be thread-safe and never return {@code null} or an id twice.
 */
@FunctionalInterface
public interface IdSource {

    /** A new id, at most 36 characters. */
    String next();

    /**
     * UUID version 7 ids (RFC 9562): the clock's millisecond, then randomness. Ids made by one source
     * sort in the order they were made, also within one millisecond and when the clock steps back, so
     * rows created by one process list in creation order.
     */
    static IdSource timeOrdered(InstantSource clock, RandomGenerator random) {
        return new TimeOrderedIds(clock, random);
    }
}
