package dev.b24kit.changes;

import java.util.ArrayList;
import java.util.List;

import dev.b24kit.changes.internal.LeaseKeeper;
import dev.b24kit.changes.internal.Recorder;
import dev.b24kit.changes.internal.TrackedEntity;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;

/**
 * Change tracking of one portal: the {@link Refetcher} that works the inbox, the {@link Reconciler},
 * run by whichever process holds the reconciler's lease, and the application's {@link OfflineQueue}. The caller drives them (the {@code sync}
 * command in loops, tests step by step), so time stays the caller's.
 *
 * <p>Thread-safe. Arguments must not be {@code null} except {@code catalog} (no labels then).
 */
public final class ChangeTracker {

    private static final String RECONCILER_LEASE = "reconciler";

    private final Store store;
    private final TrackerConfig config;
    private final Refetcher refetcher;
    private final Reconciler reconciler;
    private final List<String> entities;
    private final OfflineQueue offline;

    private ChangeTracker(Store store, Bitrix24Client client, FieldCatalog catalog, TrackerConfig config) {
        this.store = store;
        this.config = config;
        this.entities = config.entities().stream().map(e -> key(e, catalog)).distinct().toList();
        Recorder recorder = new Recorder(store, config.portal(), catalog);
        this.refetcher = new Refetcher(store, client, recorder, config.portal(), config.holder(), config.claimLease());
        this.reconciler = new Reconciler(store, client, recorder, config.portal(), config.overlap());
        this.offline = new OfflineQueue(store, client, config.portal(), config.offlineConnector(), config.holder(),
                config.claimLease());
    }

    /**
     * A tracker of the config's entities. An entity that is not a key ({@code deal}, …, {@code item:1030})
     * is looked up in the catalog: a smart process's title ({@code Договоры}) or entityTypeId.
     *
     * @throws IllegalArgumentException an entity that is not a key, without a catalog
     * @throws dev.b24kit.schema.UnknownEntity an entity the portal does not have, naming the ones it has
     */
    public static ChangeTracker create(Store store, Bitrix24Client client, FieldCatalog catalog, TrackerConfig config) {
        return new ChangeTracker(store, client, catalog, config);
    }

    private static String key(String spelling, FieldCatalog catalog) {
        if (TrackedEntity.isKey(spelling)) {
            return TrackedEntity.of(spelling).key();
        }
        if (catalog == null) {
            TrackedEntity.of(spelling); // throws, naming the keys
        }
        return TrackedEntity.of(catalog.entity(spelling).key()).key();
    }

    /**
     * The key of an entity as the feed and the mirror name it: {@code deal}, {@code contact}, {@code company},
     * {@code lead} or {@code item:ENTITY_TYPE_ID} (a smart process), from any case of those.
     *
     * @throws IllegalArgumentException anything else (a smart process's title needs the catalog: {@link #create})
     */
    public static String entityKey(String spelling) {
        return TrackedEntity.of(spelling).key();
    }

    /** The tracked entities' keys, resolved: {@code deal}, …, {@code item:1030}. */
    public List<String> entities() {
        return entities;
    }

    public Refetcher refetcher() {
        return refetcher;
    }

    public Reconciler reconciler() {
        return reconciler;
    }

    /**
     * The application's offline event queue: {@link OfflineQueue#drain()} moves its events into the inbox,
     * which {@link #refetcher()} then works. Usable only when the client is an application's (OAuth).
     */
    public OfflineQueue offline() {
        return offline;
    }

    public TrackerConfig config() {
        return config;
    }

    /**
     * Reconciles and sweeps every tracked entity if this process holds (or takes) the reconciler's lease;
     * answers the feed entries appended, empty when another process holds the lease. The lease is renewed
     * in the background while the run lasts; should it be lost all the same (the store unreachable for a
     * whole claim lease), the run stops before its next step.
     */
    public List<FeedEntry> reconcileIfLeader() {
        if (!isLeader()) {
            return List.of();
        }
        List<FeedEntry> entries = new ArrayList<>();
        // a run may outlast the lease's time to live (an initial load): renewed meanwhile, a third of a claim lease apart
        try (LeaseKeeper lease = LeaseKeeper.start(this::isLeader, config.claimLease().dividedBy(3))) {
            for (String entity : entities) {
                if (!lease.held()) {
                    break;
                }
                entries.addAll(reconciler.reconcile(entity));
                if (!lease.held()) {
                    break;
                }
                entries.addAll(reconciler.sweep(entity));
            }
        }
        return entries;
    }

    /** Takes or renews the reconciler's lease; answers whether this process holds it. */
    public boolean isLeader() {
        return store.changes().leases().acquire(config.portal(), RECONCILER_LEASE, config.holder(),
                config.reconcileEvery().plus(config.claimLease()));
    }

    /**
     * Releases the inbox claims held under this tracker's holder name, so they are re-fetched now rather than when
     * their lease ends; answers how many. Call it when a process starts again under the name a dead process had
     * (a gateway on the same host and port): holder names are unique among live processes, so those claims are
     * orphans. With a fresh name it releases nothing.
     */
    public int releaseClaims() {
        return store.changes().inbox().release(config.portal(), config.holder());
    }

    /** How many records wait in the inbox. */
    public long pending() {
        return store.changes().inbox().pending(config.portal());
    }

    /** When the longest-waiting record's first signal was stored; empty when the inbox is empty. */
    public java.util.Optional<java.time.Instant> oldestPending() {
        return store.changes().inbox().oldestPending(config.portal());
    }
}
