package dev.b24kit.schema;

import java.util.List;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.internal.CachedCatalog;

/**
 * One portal's fields, for leads, deals, contacts, companies and every smart process: their identities
 * in both spellings (docs/bitrix24-behavior.md §9.3), labels, types, items, pipelines and stages, and
 * the resolution of what people say into what the API needs. Business code names fields by label or
 * code and never handles raw field names or value IDs.
 *
 * <pre>{@code
 * FieldCatalog catalog = FieldCatalog.of(client);
 * ResolvedRecord deal = catalog.resolve(CrmRecord.of(EntityType.DEAL)
 *         .with("Sales channel", "Онлайн").with("Стадия сделки", "В работе").inPipeline("Корпоративные продажи"),
 *         Dialect.LEGACY, Operation.UPDATE);
 * client.call("crm.deal.update", Params.of("id", 42).with("fields", deal.fields()));
 * }</pre>
 *
 * <p>The metadata is loaded on first use in two HTTP requests (one {@code batch} for the standard
 * entities, one for the smart processes), kept for {@link CatalogOptions#ttl()}, loaded again on
 * {@link #refresh()}, and once more when a lookup misses (see {@link CatalogOptions#missCooldown()}).
 * Lookups on a loaded catalog send nothing, except users, which are looked up by {@code user.get} once
 * per distinct value. Thread-safe: concurrent first lookups share one load.
 *
 * <p>Every method may throw the client's {@link dev.b24kit.client.Bitrix24Exception} when a load fails,
 * and a {@link SchemaRefusal} for a name or value it refuses. Arguments must not be null.
 */
public interface FieldCatalog {

    /** A catalog of the portal {@code client} talks to, with {@link CatalogOptions#defaults()}. */
    static FieldCatalog of(Bitrix24Client client) {
        return of(client, CatalogOptions.defaults());
    }

    static FieldCatalog of(Bitrix24Client client, CatalogOptions options) {
        return new CachedCatalog(client, options);
    }

    /** The entity types of the portal: the four standard ones, then its smart processes. */
    List<EntityType> entities();

    /**
     * The entity type {@code name} names: {@code deal}/{@code deals}, {@code contact}, {@code company},
     * {@code lead}, {@code item:1030}, an entityTypeId, or a smart process's title.
     *
     * @throws UnknownEntity naming the entities there are
     */
    EntityType entity(String name);

    /** What the catalog knows of {@code entity} now. @throws UnknownEntity for a type the portal does not have */
    EntitySchema schema(EntityType entity);

    /**
     * The field of {@code entity} that {@code name} names: its UPPER or camel code or any of its labels,
     * ignoring case and spacing.
     *
     * @throws UnknownField   naming the closest fields
     * @throws AmbiguousField when several fields carry that label
     */
    FieldRef field(EntityType entity, String name);

    /**
     * The record's fields and values as {@code dialect} needs them for {@code operation}.
     *
     * @throws UnknownField, AmbiguousField for a name; {@link ValueRefused} for a value, naming the field,
     *         the value and what would be accepted — including every case the portal would drop silently (§8)
     */
    ResolvedRecord resolve(CrmRecord record, Dialect dialect, Operation operation);

    /** A raw record of {@code entity} from either dialect, seen one way; see {@link RecordView}. */
    RecordView read(EntityType entity, JsonNode raw);

    /** Loads everything again now. */
    void refresh();
}
