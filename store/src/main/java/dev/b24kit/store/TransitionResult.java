package dev.b24kit.store;

/**
 * What an optimistic state change did: it either moved the row from the state the caller expected,
 * found no row with that id, or found the row in another state (someone else moved it first, or the
 * caller's view is stale) and changed nothing.
 *
 * @param <T> the row type ({@code JournalEntry}, {@code Proposal})
 */
public sealed interface TransitionResult<T> {

    /** The row moved; {@code row} is its state after the change. */
    record Transitioned<T>(T row) implements TransitionResult<T> {
    }

    /** No row has this id; nothing changed. */
    record NotFound<T>(String id) implements TransitionResult<T> {
    }

    /** The row was not in the expected state; nothing changed. {@code current} is the row as it is. */
    record Conflict<T>(T current) implements TransitionResult<T> {
    }
}
