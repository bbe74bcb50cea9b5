package dev.b24kit.writes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded test portal, a client and catalog of it, a store (a temporary SQLite file, or a fresh
 * PostgreSQL schema in the module's PostgreSQL run: {@link WritesDatabases#backendUnderTest()}), and
 * writes over them.
 */
final class WritesPortal implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final TestPortal portal;
    final Bitrix24Client client;
    final FieldCatalog catalog;
    final Store store;
    final Path folder;
    private final WritesDatabases databases = new WritesDatabases();

    WritesPortal(PortalConfig config, ClientListener listener) {
        this(config, listener, InstantSource.system());
    }

    /** With the store stamping rows by {@code storeClock}. */
    WritesPortal(PortalConfig config, ClientListener listener, InstantSource storeClock) {
        portal = TestPortal.start(config);
        client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .rateLimiter(RateLimiter.local(new PlanLimits(100_000, 100_000), InstantSource.system(), Sleeper.SYSTEM))
                .listener(listener)
                .build();
        catalog = FieldCatalog.of(client);
        try {
            folder = Files.createTempDirectory("b24kit-writes-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String location;
        try {
            location = WritesDatabases.backendUnderTest() == dev.b24kit.store.Backend.SQLITE
                    ? folder.resolve("store.db").toString() : databases.fresh(dev.b24kit.store.Backend.POSTGRESQL);
        } catch (IOException | java.sql.SQLException e) {
            throw new IllegalStateException("cannot make a store for the test: " + e.getMessage(), e);
        }
        store = Store.open(new StoreConfig(location, storeClock,
                IdSource.timeOrdered(storeClock, new java.security.SecureRandom())));
    }

    static WritesPortal start() {
        return start(event -> { });
    }

    static WritesPortal start(ClientListener listener) {
        return new WritesPortal(PortalConfig.fast().withData(40, 10, 5, 5), listener);
    }

    /** The portal's origin, as the store names portals. */
    String origin() {
        return origin(portal.baseUrl());
    }

    static String origin(URI url) {
        return url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
    }

    Writes writes() {
        return Writes.of(config());
    }

    WritesConfig config() {
        return WritesConfig.of(client, catalog, store, origin());
    }

    /** HTTP requests the portal served (a batch counts once). */
    long requests() {
        return calls().stream().filter(c -> c.batchOf() == 0).count();
    }

    List<RecordedCall> calls() {
        return portal.calls(0, Integer.MAX_VALUE);
    }

    JsonNode call(String method, Map<String, Object> params) {
        return client.call(method, Params.of(JSON.valueToTree(params))).result();
    }

    JsonNode deal(long id) {
        return call("crm.deal.get", Map.of("id", id));
    }

    /** The first deal of a pipeline. */
    long dealIn(int pipeline) {
        return call("crm.deal.list", Map.of("filter", Map.of("CATEGORY_ID", pipeline), "select", List.of("ID")))
                .get(0).get("ID").asLong();
    }

    /** The deals whose ORIGIN_ID is {@code key}. */
    List<Long> dealsWithKey(String key) {
        JsonNode rows = call("crm.deal.list", Map.of("filter", Map.of("ORIGIN_ID", key), "select", List.of("ID")));
        List<Long> ids = new java.util.ArrayList<>();
        rows.forEach(row -> ids.add(row.get("ID").asLong()));
        return ids;
    }

    @Override
    public void close() {
        try (store; client; portal) {
            // closes all three
        }
        try {
            databases.dropAll();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot drop the test's PostgreSQL schema: " + e.getMessage(), e);
        }
    }
}
