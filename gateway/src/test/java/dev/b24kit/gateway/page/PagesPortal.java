package dev.b24kit.gateway.page;

import java.net.URI;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.IdSource;
import dev.b24kit.store.Store;
import dev.b24kit.store.StoreConfig;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A seeded test portal over real HTTP, a client and catalog of it, a store at {@code location}, and writes (for a person). */
final class PagesPortal implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final TestPortal portal;
    final Bitrix24Client client;
    final FieldCatalog catalog;
    final Store store;
    final String origin;
    final Writes writes;

    /** With {@code limits} on the client; {@code recordLimitWaits}: the client's limit waits are counted in the store. */
    PagesPortal(String location, PlanLimits limits, boolean recordLimitWaits) {
        portal = TestPortal.start(PortalConfig.fast().withData(12, 5, 5, 5));
        URI base = portal.baseUrl();
        origin = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        store = Store.open(new StoreConfig(location, InstantSource.system(),
                IdSource.timeOrdered(InstantSource.system(), new SecureRandom())));
        ClientListener listener = recordLimitWaits ? TrustRecording.limitWaits(store, origin) : ClientListener.NONE;
        client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .rateLimiter(RateLimiter.local(limits, InstantSource.system(), Sleeper.SYSTEM))
                .listener(listener)
                .build();
        catalog = FieldCatalog.of(client);
        writes = TrustRecording.writes(Writes.of(WritesConfig.of(client, catalog, store, origin)), store, origin);
    }

    static PagesPortal start(String location) {
        return new PagesPortal(location, new PlanLimits(100_000, 100_000), false);
    }

    JsonNode call(String method, Map<String, Object> params) {
        return client.call(method, Params.of(JSON.valueToTree(params))).result();
    }

    JsonNode deal(long id) {
        return call("crm.deal.get", Map.of("id", id));
    }

    /** The first deal of a pipeline. */
    long dealIn(int pipeline) {
        return dealIn(pipeline, 0);
    }

    /** The deal at {@code index} (from 0, by ID) of a pipeline. */
    long dealIn(int pipeline, int index) {
        return call("crm.deal.list", Map.of("filter", Map.of("CATEGORY_ID", pipeline), "select", List.of("ID"),
                "order", Map.of("ID", "ASC"))).get(index).get("ID").asLong();
    }

    @Override
    public void close() {
        try (portal; store; client) {
            // closes all three, the client first
        }
    }
}
