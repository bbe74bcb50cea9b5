package dev.b24kit.testportal.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.HttpProbe;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** Admin endpoints of authentication, edge cases the contract suite does not reach. */
class AuthAdminTest {

    private final TestPortal portal = TestPortal.start(PortalConfig.fast());
    private final HttpProbe http = new HttpProbe();

    @AfterEach
    void stop() {
        portal.close();
    }

    private URI admin(String endpoint) {
        return portal.baseUrl().resolve("_testportal/" + endpoint);
    }

    @Test
    void createsAWebhookFromAJsonBodyWithAScopeList() {
        JsonNode created = http.postJson(admin("webhooks"), "{\"userId\":5,\"scopes\":[\"crm\",\"user\"]}").json();

        assertThat(created.get("userId").asLong()).isEqualTo(5);
        assertThat(created.get("scopes").toString()).isEqualTo("[\"crm\",\"user\"]");
        assertThat(created.get("url").asString()).startsWith(portal.baseUrl() + "rest/5/");
    }

    @Test
    void registersAnAppWithChosenCredentials() {
        JsonNode app = http.postForm(admin("apps"), "clientId=app.mine.1&clientSecret=abcdefghijklmnop1234&code=mine").json();

        assertThat(app.get("clientId").asString()).isEqualTo("app.mine.1");
        assertThat(app.get("clientSecret").asString()).isEqualTo("abcdefghijklmnop1234");
        assertThat(app.get("applicationToken").asString()).matches("[0-9a-f]{32}");
        assertThat(app.get("status").asString()).isEqualTo("L");
        assertThat(http.get(portal.baseUrl().resolve("oauth/token/?grant_type=refresh_token&client_id=app.mine.1"
                + "&client_secret=abcdefghijklmnop1234&refresh_token=x")).json().get("error").asString())
                .isEqualTo("invalid_grant");
    }

    @Test
    void refusesAShortClientSecretOrAMalformedClientId() {
        assertThat(http.postForm(admin("apps"), "clientSecret=short").json().get("error").asString()).startsWith("clientSecret:");
        assertThat(http.postForm(admin("apps"), "clientId=a%20b").json().get("error").asString()).startsWith("clientId:");
    }

    @Test
    void expiresEveryAppsTokensWithoutAClientIdAndRefusesAnUnknownOne() {
        http.postForm(admin("apps/install"), "");
        http.postForm(admin("apps/install"), "userId=3");

        assertThat(http.postForm(admin("apps/expire-tokens"), "").json().get("expired").asInt()).isEqualTo(2);
        assertThat(http.postForm(admin("apps/expire-tokens"), "clientId=nobody").status()).isEqualTo(400);
    }

    @Test
    void authorizeWithoutARedirectUriShowsTheCode() {
        JsonNode shown = http.get(portal.baseUrl().resolve("oauth/authorize/?client_id=" + TestPortal.DEFAULT_CLIENT_ID
                + "&state=abc")).json();

        assertThat(shown.get("code").asString()).matches("[a-z0-9]{32}");
        assertThat(shown.get("state").asString()).isEqualTo("abc");
    }

    @Test
    void anUnknownOAuthPathIsNotFound() {
        HttpProbe.Answer answer = http.get(portal.baseUrl().resolve("oauth/nothing"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("error").asString()).isEqualTo("invalid_request");
    }

    @Test
    void theCallLogNamesTheApplicationAndNeverHoldsTheToken() {
        String token = http.postForm(admin("apps/install"), "").json().get("access_token").asString();
        http.get(portal.baseUrl().resolve("rest/server.time?auth=" + token));

        String calls = http.get(admin("calls")).body();

        assertThat(calls).contains("\"credential\":\"app:" + TestPortal.DEFAULT_CLIENT_ID + "\"").doesNotContain(token);
    }

    @Test
    void refusesANonNumericCredentialErrorStatus() {
        HttpProbe.Answer answer = http.postForm(admin("auth"), "credentialErrorStatus=abc");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).isEqualTo("credentialErrorStatus: 'abc' is not 401 or 403");
    }

    @Test
    void refusesAWebhookUserThatIsNotInTheDirectory() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> TestPortal.start(PortalConfig.fast().withWebhookUserId(999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookUserId 999");
    }
}
