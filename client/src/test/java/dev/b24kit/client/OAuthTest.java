package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

class OAuthTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode admin(TestPortal portal, String endpoint, String form) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        portal.baseUrl().resolve("_testportal/" + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void renewsAnExpiredTokenOnceForTwentyConcurrentCallersAndReplaysEach() throws Exception {
        try (TestPortal portal = PortalFixture.start(PortalConfig.fast())) {
            JsonNode installed = admin(portal, "apps/install", "clientId=" + TestPortal.DEFAULT_CLIENT_ID + "&userId=1");
            List<OAuthTokens> saved = new CopyOnWriteArrayList<>();
            Credentials.OAuth credentials = Credentials.oauth(URI.create(installed.get("client_endpoint").asString()),
                    portal.baseUrl(), TestPortal.DEFAULT_CLIENT_ID, TestPortal.DEFAULT_CLIENT_SECRET,
                    new OAuthTokens(installed.get("access_token").asString(), installed.get("refresh_token").asString()),
                    saved::add);
            try (Bitrix24Client client = Bitrix24Client.builder(credentials).coalescing(Coalescing.OFF).build()) {
                client.call("crm.deal.get", Params.of("id", 1));
                admin(portal, "apps/expire-tokens", "clientId=" + TestPortal.DEFAULT_CLIENT_ID);
                long before = portal.calls(0, Integer.MAX_VALUE).size();

                List<Thread> callers = new ArrayList<>();
                List<String> titles = new CopyOnWriteArrayList<>();
                for (int i = 1; i <= 20; i++) {
                    int id = i;
                    callers.add(Thread.ofVirtual().start(() -> titles.add(
                            client.call("crm.deal.get", Params.of("id", id)).result().get("TITLE").asString())));
                }
                for (Thread caller : callers) {
                    caller.join();
                }

                assertThat(titles).hasSize(20);
                assertThat(saved).hasSize(1);
                List<RecordedCall> after = portal.calls(before, Integer.MAX_VALUE);
                long expired = after.stream().filter(c -> "expired_token".equals(c.error())).count();
                assertThat(expired).isBetween(1L, 20L);
                assertThat(after.stream().filter(c -> c.method().equals("crm.deal.get") && c.succeeded())).hasSize(20);
                assertThat(after.stream().filter(c -> c.method().equals("oauth.token"))).singleElement()
                        .satisfies(c -> assertThat(c.params()).containsEntry("grant_type", "refresh_token"));

                // the renewed refresh token is the one used next time (refresh tokens are single-use)
                admin(portal, "apps/expire-tokens", "clientId=" + TestPortal.DEFAULT_CLIENT_ID);
                client.call("crm.deal.get", Params.of("id", 1));
                assertThat(saved).hasSize(2);
                assertThat(saved.get(1).refreshToken()).isNotEqualTo(saved.get(0).refreshToken());
                assertThat(credentials.toString()).doesNotContain(saved.get(0).accessToken());
            }
        }
    }
}
