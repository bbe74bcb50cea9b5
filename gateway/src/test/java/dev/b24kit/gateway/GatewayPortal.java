package dev.b24kit.gateway;

import java.net.URI;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.gateway.tools.Tools;
import dev.b24kit.gateway.tools.ToolsConfig;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded test portal over real HTTP, a client and catalog of it, and a store on the backend under test
 * ({@link TestStores#backendUnderTest()}): what the gateway's tests run tools against.
 */
public final class GatewayPortal implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** The agent the tool tests call as. */
    static final Caller AGENT = new Caller("sales-bot", "session-1");

    final TestPortal portal;
    final Bitrix24Client client;
    final FieldCatalog catalog;
    final Store store;
    final String storeLocation;
    private final TestStores stores = new TestStores();
    private Tools tools;

    public GatewayPortal() {
        portal = TestPortal.start(PortalConfig.fast().withData(30, 10, 5, 5));
        client = client(portal);
        catalog = FieldCatalog.of(client);
        storeLocation = stores.fresh();
        store = Store.open(storeLocation);
    }

    static Bitrix24Client client(TestPortal portal) {
        return client(portal.webhookUrl());
    }

    static Bitrix24Client client(URI webhookUrl) {
        return Bitrix24Client.builder(Credentials.webhook(webhookUrl.toString()))
                .rateLimiter(RateLimiter.local(new PlanLimits(100_000, 100_000), InstantSource.system(), Sleeper.SYSTEM))
                .retry(new dev.b24kit.client.RetryPolicy(3, java.time.Duration.ofMillis(20), java.time.Duration.ofMillis(100),
                        java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(30)))
                .build();
    }

    /** A port nothing listens on now, on loopback. */
    static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String origin() {
        URI url = portal.baseUrl();
        return url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
    }

    WritesConfig writesConfig() {
        return WritesConfig.of(client, catalog, store, origin());
    }

    ToolsConfig toolsConfig() {
        return ToolsConfig.of(writesConfig());
    }

    /** The tool layer on this portal, made on first use. */
    Tools tools() {
        if (tools == null) {
            tools = Tools.of(toolsConfig());
        }
        return tools;
    }

    /** A tool called with JSON arguments by {@link #AGENT}. */
    ToolResult tool(String name, String arguments) {
        return tools().call(name, json(arguments), AGENT);
    }

    /** Writes made by a person (approvals, going live). */
    Writes person() {
        return Writes.of(writesConfig()).onBehalfOf(Actor.person("anna"));
    }

    void goLive() {
        person().approvals().setPolicy(dev.b24kit.store.policy.WriteMode.LIVE, Actor.person("anna"));
    }

    JsonNode call(String method, Map<String, Object> params) {
        return client.call(method, Params.of(JSON.valueToTree(params))).result();
    }

    JsonNode deal(long id) {
        return call("crm.deal.get", Map.of("id", id));
    }

    long dealIn(int pipeline) {
        return call("crm.deal.list", Map.of("filter", Map.of("CATEGORY_ID", pipeline), "select", List.of("ID")))
                .get(0).get("ID").asLong();
    }

    List<Long> dealsWithKey(String key) {
        JsonNode rows = call("crm.deal.list", Map.of("filter", Map.of("ORIGIN_ID", key), "select", List.of("ID")));
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("ID").asLong()));
        return ids;
    }

    /** Requests the portal served for {@code method} (inside batches too). */
    long calls(String method) {
        return portal.calls(0, Integer.MAX_VALUE).stream().filter(c -> c.method().equals(method)).count();
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Override
    public void close() {
        try (store; client; portal) {
            // closes all three
        }
        stores.dropAll();
    }
}
