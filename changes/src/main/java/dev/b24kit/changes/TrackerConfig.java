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
 * @param holder         this process's name in claims and leases; unique among live processes (a process may
 *                       start again under a dead one's name and take over its claims: {@link ChangeTracker#releaseClaims})
 * @param reconcileEvery the reconciler's interval
 * @param overlap        how far before its cursor the reconciler lists again ({@code DATE_MODIFY} has
 *                       one-second resolution and clocks differ)
 * @param claimLease     how long a claim or the reconciler's lease lasts without renewal
 * @param offlineConnector the {@code auth_connector} of the {@link OfflineQueue}'s bindings and reads
 *                       (docs/bitrix24-behavior.md §10.4): writes the same application makes with it are not
 *                       queued ({@code b24kit} by default; {@code ""} for none)
 */
public record TrackerConfig(String portal, List<String> entities, String holder, Duration reconcileEvery,
                            Duration overlap, Duration claimLease, String offlineConnector) {

    public TrackerConfig {
        Objects.requireNonNull(portal, "portal");
        entities = List.copyOf(entities);
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(reconcileEvery, "reconcileEvery");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(claimLease, "claimLease");
        Objects.requireNonNull(offlineConnector, "offlineConnector");
    }

    /** The default {@code auth_connector} of offline events; give {@code WritesConfig.withAuthConnector} the same. */
    public static final String OFFLINE_CONNECTOR = "b24kit";

    /** Defaults: every 5 minutes, 2 minutes of overlap, claims of 1 minute, offline connector {@value #OFFLINE_CONNECTOR}. */
    public static TrackerConfig of(String portal, List<String> entities, String holder) {
        return new TrackerConfig(portal, entities, holder, Duration.ofMinutes(5), Duration.ofMinutes(2), Duration.ofMinutes(1),
                OFFLINE_CONNECTOR);
    }

    public TrackerConfig withReconcileEvery(Duration every) {
        return new TrackerConfig(portal, entities, holder, every, overlap, claimLease, offlineConnector);
    }

    /** This configuration with another {@code auth_connector} for offline events ({@code ""} for none). */
    public TrackerConfig withOfflineConnector(String connector) {
        return new TrackerConfig(portal, entities, holder, reconcileEvery, overlap, claimLease, connector);
    }
}
