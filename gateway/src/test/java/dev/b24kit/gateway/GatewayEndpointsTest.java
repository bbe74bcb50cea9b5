package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.testportal.EventDelivery;
import tools.jackson.databind.JsonNode;

/**
 * One Jetty server hosts the intake the portal's events reach (and the tracking loop turns into the change feed
 * that {@code changes_since} reads), {@code /health}, {@code /metrics} and a handler mounted at a path.
 */
class GatewayEndpointsTest {

    private static final String TOKEN = "endpoints-token-0123456789";

    private final HttpClient http = HttpClient.newHttpClient();
    private GatewayPortal portal;
    private Gateway gateway;

    /** A page as another module would mount it: answers with the path it saw. */
    private static final class EchoPage extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap(("page at " + request.getHttpURI().getPath()).getBytes(StandardCharsets.UTF_8)),
                    callback);
            return true;
        }
    }

    @BeforeEach
    void start() {
        portal = new GatewayPortal();
        portal.portal.events().delivery(EventDelivery.PROMPT);
        int port = GatewayPortal.freePort();
        URI events = URI.create("http://127.0.0.1:" + port + "/events");
        String appToken = portal.portal.events().addOutgoingWebhook(events, List.of("ONCRMDEALUPDATE")).applicationToken();
        ChangeTracker tracker = ChangeTracker.create(portal.store, portal.client, portal.catalog,
                TrackerConfig.of(portal.origin(), List.of("deal"), "endpoints-test"));
        gateway = Gateway.builder(portal.toolsConfig())
                .listen(new InetSocketAddress("127.0.0.1", port), GatewayToken.of(TOKEN), true)
                .intake(appToken)
                .tracking(tracker, Duration.ofMillis(100))
                .mount("/proposals/*", new EchoPage())
                .build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
        portal.close();
    }

    private HttpResponse<String> get(String path, boolean authorized) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri().resolve(path));
        if (authorized) {
            request.header("Authorization", "Bearer " + TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aChangeInThePortalReachesTheIntakeAndComesOutOfChangesSinceInLabels() {
        long deal = portal.dealIn(1);
        Caller agent = new Caller("feed-reader", "s1");
        // the first pass is the initial load (no feed entries): wait for it, then change the deal
        await().atMost(Duration.ofSeconds(60)).until(() -> portal.store.changes().mirror().find(portal.origin(), "deal", deal).isPresent());

        portal.call("crm.deal.update", Map.of("id", deal, "fields", Map.of("TITLE", "Changed in the portal")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode changes = gateway.tools().call("changes_since", GatewayPortal.json("{\"entity\": \"deal\"}"), agent)
                    .json().get("changes");
            assertThat(changes.valueStream()).anySatisfy(c -> {
                assertThat(c.get("id").asLong()).isEqualTo(deal);
                assertThat(c.get("source").asString()).isEqualTo("webhook");
                assertThat(c.get("changes").toString()).contains("Changed in the portal");
            });
        });
    }

    @Test
    void healthMetricsAndAMountedPageShareTheServer() throws Exception {
        gateway.tools().call("search", GatewayPortal.json("{\"entity\": \"deal\", \"limit\": 1}"), new Caller("m", "s"));
        gateway.metrics().timed("update", () -> gateway.tools().call("update", GatewayPortal.json(
                "{\"entity\": \"deal\", \"id\": 1, \"fields\": {\"TITLE\": \"x\"}, \"reason\": \"r\"}"), new Caller("m", "s")));

        HttpResponse<String> health = get("/health", false);
        HttpResponse<String> metrics = get("/metrics", true);
        HttpResponse<String> page = get("/proposals/0193/approve", false);

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode json = GatewayPortal.json(health.body());
        assertThat(json.get("portal").get("reachable").asBoolean()).isTrue();
        assertThat(json.get("store").get("reachable").asBoolean()).isTrue();
        assertThat(json.get("bucket").get("state").asString()).isEqualTo("ok");
        assertThat(metrics.body()).contains("b24kit_gateway_receipts_total{kind=\"proposed\"} 1.0")
                .contains("b24kit_gateway_proposals_pending 1.0").contains("b24kit_gateway_feed_lag_seconds");
        assertThat(page.body()).isEqualTo("page at /proposals/0193/approve");
        assertThat(get("/proposals", false).body()).isEqualTo("page at /proposals");
        assertThat(get("/nothing-here", false).statusCode()).isEqualTo(404);
    }

    @Test
    void healthSaysDegradedWhenThePortalDoesNotAnswer() throws Exception {
        portal.portal.faults().add(dev.b24kit.testportal.FaultRule.always(new dev.b24kit.testportal.Fault.ServerError(502), "*"));

        HttpResponse<String> health = get("/health", false);

        assertThat(health.statusCode()).isEqualTo(503);
        JsonNode json = GatewayPortal.json(health.body());
        assertThat(json.get("status").asString()).isEqualTo("degraded");
        assertThat(json.get("portal").get("reachable").asBoolean()).isFalse();
        assertThat(json.get("store").get("reachable").asBoolean()).isTrue();
        portal.portal.faults().clear();
    }
}
