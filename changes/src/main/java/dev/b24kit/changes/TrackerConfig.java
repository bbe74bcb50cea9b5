package dev.b24kit.changes;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ChangeTracker} tracks and how often. Immutable.
 *
 * @param portal         the portal's origin ({@code https://example.bitrix24.ru})
 * @param entities       entities to track: {@code deal}, {@code contact}, {@code company}, {@code lead}, a smart
 *                       process as {@code item:1030} or by its title ({@link ChangeTracker} resolves them)
 * @param holder         this process's name in claims and leases; unique per process
 * @param reconcileEvery the reconciler's interval
 * @param overlap        how far before its cursor the reconciler lists again ({@code DATE_MODIFY} has
 *                       one-second resolution and clocks differ)
 * @param claimLease     how long a claim or the reconciler's lease lasts without renewal
 */
public record TrackerConfig(String portal, List<String> entities, String holder, Duration reconcileEvery,
                            Duration overlap, Duration claimLease) {

    public TrackerConfig {
        Objects.requireNonNull(portal, "portal");
        entities = List.copyOf(entities);
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(reconcileEvery, "reconcileEvery");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(claimLease, "claimLease");
    }

    /** Defaults: every 5 minutes, 2 minutes of overlap, claims of 1 minute. */
    public static TrackerConfig of(String portal, List<String> entities, String holder) {
        return new TrackerConfig(portal, entities, holder, Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(1));
    }

    public TrackerConfig withReconcileEvery(Duration every) {
        return new TrackerConfig(portal, entities, holder, every, overlap, claimLease);
    }
}
