package dev.b24kit.store.policy;

import java.time.Instant;

/**
 * A portal's write mode and the facts the writes module decides by (when to offer going live).
 *
 * @param portal the portal's origin
 * @param since when the portal entered {@code mode}, to the millisecond
 * @param firstSeen when the store first heard of the portal, to the millisecond
 */
public record WritePolicy(String portal, WriteMode mode, Instant since, Instant firstSeen) {
}
