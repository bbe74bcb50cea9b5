package dev.b24kit.schema.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.CatalogOptions;
import dev.b24kit.schema.CrmRecord;
import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.Operation;
import dev.b24kit.schema.RecordView;
import dev.b24kit.schema.ResolvedRecord;
import dev.b24kit.schema.UnknownEntity;
import dev.b24kit.schema.UnknownField;
import dev.b24kit.schema.ValueRefused;

/**
 * The {@link FieldCatalog}: an immutable {@link Snapshot} swapped whole, so lookups read without
 * locking; loads happen under one lock, so concurrent first lookups (and concurrent misses) load once.
 * A miss retries against a newer snapshot when another thread loaded one meanwhile, else loads once
 * when the cooldown allows.
 */
public final class CachedCatalog implements FieldCatalog {

    private final CatalogLoader loader;
    private final CatalogOptions options;
    private final UserDirectory users;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    public CachedCatalog(Bitrix24Client client, CatalogOptions options) {
        this.loader = new CatalogLoader(client, options.languages(), options.clock());
        this.options = options;
        this.users = new UserDirectory(client);
    }

    @Override
    public List<EntityType> entities() {
        return current().entities();
    }

    @Override
    public EntityType entity(String name) {
        return withRetry(s -> s.entities().stream().filter(e -> e.isNamed(name)).findFirst()
                .orElseThrow(() -> unknownEntity(s, name)));
    }

    @Override
    public EntitySchema schema(EntityType entity) {
        return withRetry(s -> schemaIn(s, entity));
    }

    @Override
    public FieldRef field(EntityType entity, String name) {
        return withRetry(s -> schemaIn(s, entity).field(name));
    }

    @Override
    public ResolvedRecord resolve(CrmRecord record, Dialect dialect, Operation operation) {
        return withRetry(s -> RecordResolver.resolve(schemaIn(s, record.entity()), record, dialect, operation, users));
    }

    @Override
    public RecordView read(EntityType entity, JsonNode raw) {
        return RecordView.of(schema(entity), raw);
    }

    @Override
    public void refresh() {
        loading.lock();
        try {
            snapshot = loader.load();
        } finally {
            loading.unlock();
        }
    }

    /** Runs {@code lookup}; when it misses, once more against a fresher snapshot, if there is or may be one. */
    private <T> T withRetry(Function<Snapshot, T> lookup) {
        Snapshot seen = current();
        try {
            return lookup.apply(seen);
        } catch (UnknownEntity | UnknownField e) {
            return retry(seen, lookup, e);
        } catch (ValueRefused e) {
            if (e.reason() != ValueRefused.Reason.NOT_IN_LIST) {
                throw e;
            }
            return retry(seen, lookup, e);
        }
    }

    private <T> T retry(Snapshot seen, Function<Snapshot, T> lookup, RuntimeException miss) {
        Snapshot fresher = afterMiss(seen);
        if (fresher == seen) {
            throw miss;
        }
        return lookup.apply(fresher);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && !older(s, options.ttl())) {
            return s;
        }
        loading.lock();
        try {
            if (snapshot == null || older(snapshot, options.ttl())) {
                snapshot = loader.load();
            }
            return snapshot;
        } finally {
            loading.unlock();
        }
    }

    private Snapshot afterMiss(Snapshot seen) {
        loading.lock();
        try {
            if (snapshot != seen) {
                return snapshot; // another thread loaded meanwhile
            }
            if (older(seen, options.missCooldown())) {
                snapshot = loader.load();
            }
            return snapshot;
        } finally {
            loading.unlock();
        }
    }

    private boolean older(Snapshot s, Duration age) {
        return !s.loadedAt().plus(age).isAfter(options.clock().instant());
    }

    private static EntitySchema schemaIn(Snapshot s, EntityType entity) {
        EntitySchema schema = s.schemas().get(entity.entityTypeId());
        if (schema == null) {
            throw unknownEntity(s, entity.key());
        }
        return schema;
    }

    private static UnknownEntity unknownEntity(Snapshot s, String name) {
        return new UnknownEntity(name, s.entities().stream()
                .map(e -> e.isSmartProcess() ? e.key() + " (" + e.title() + ")" : e.key()).toList());
    }
}
