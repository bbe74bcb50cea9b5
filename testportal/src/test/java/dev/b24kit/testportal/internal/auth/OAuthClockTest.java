package dev.b24kit.testportal.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.FakeClock;
import dev.b24kit.testportal.HttpProbe;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** OAuth lifetimes measured on the portal's clock, over HTTP (§1.6). */
class OAuthClockTest {

    private final FakeClock clock = new FakeClock();
    private final TestPortal portal = TestPortal.start(PortalConfig.fast().withClock(clock));
    private final HttpProbe http = new HttpProbe();

    @AfterEach
    void stop() {
        portal.close();
    }

    private URI admin(String endpoint) {
        return portal.baseUrl().resolve("_testportal/" + endpoint);
    }

    private JsonNode install() {
        return http.postForm(admin("apps/install"), "userId=2").json();
    }

    private HttpProbe.Answer token(String query) {
        return http.get(portal.baseUrl().resolve("oauth/token/?client_id=" + Applications.DEFAULT_CLIENT_ID
                + "&client_secret=" + Applications.DEFAULT_CLIENT_SECRET + "&" + query));
    }

    @Test
    void anAccessTokenExpiresAfterOneHourOfPortalTime() {
        String token = install().get("access_token").asString();
        URI call = portal.baseUrl().resolve("rest/user.current?auth=" + token);

        clock.advance(Duration.ofMinutes(59).plusSeconds(59));
        assertThat(http.get(call).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        HttpProbe.Answer expired = http.get(call);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error").asString()).isEqualTo("expired_token");
        assertThat(expired.json().get("error_description").asString()).isEqualTo("The access token provided has expired.");
    }

    @Test
    void theTokenResponseCarriesExpiresOnThePortalClock() {
        JsonNode tokens = install();

        assertThat(tokens.get("expires").asLong()).isEqualTo(clock.instant().getEpochSecond() + 3600);
        assertThat(tokens.get("expires_in").asInt()).isEqualTo(3600);
    }

    @Test
    void anAuthorizationCodeLivesThirtySeconds() {
        String late = http.postForm(admin("apps/code"), "").json().get("code").asString();
        String inTime = http.postForm(admin("apps/code"), "").json().get("code").asString();

        clock.advance(Duration.ofSeconds(29));
        assertThat(token("grant_type=authorization_code&code=" + inTime).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        HttpProbe.Answer refused = token("grant_type=authorization_code&code=" + late);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void aRefreshedPairWorksAfterTheOldAccessTokenExpired() {
        JsonNode first = install();
        clock.advance(Duration.ofHours(2));

        JsonNode second = token("grant_type=refresh_token&refresh_token=" + first.get("refresh_token").asString()).json();

        assertThat(second.get("expires").asLong()).isEqualTo(clock.instant().getEpochSecond() + 3600);
        assertThat(http.get(portal.baseUrl().resolve("rest/server.time?auth=" + second.get("access_token").asString()))
                .status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenIsRefusedAfterOneHundredEightyDays() {
        JsonNode first = install();
        clock.advance(Duration.ofDays(180));

        HttpProbe.Answer refused = token("grant_type=refresh_token&refresh_token=" + first.get("refresh_token").asString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_grant");
    }
}
