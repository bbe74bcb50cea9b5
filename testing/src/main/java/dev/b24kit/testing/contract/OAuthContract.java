package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * OAuth (§1.6): the token endpoint, calls with {@code auth}, expiry and refresh, and the OAuth
 * parts of {@code app.info}. Tokens come from the test portal's admin API (as if a user installed
 * the default app), so these tests are skipped against a live portal.
 */
public abstract class OAuthContract {

    /** The default app every test portal has (documented in docs/testportal.md). */
    protected static final String CLIENT_ID = "local.b24kit00000001.00000001";
    protected static final String CLIENT_SECRET = "b24kitTestPortalDefaultClientSecret000000000000000";

    protected abstract ContractTarget target();

    private AdminCalls admin() {
        return new AdminCalls(target()).require();
    }

    private URI base() {
        return AdminCalls.base(target());
    }

    private RawPortal rest() {
        return new RawPortal(base().resolve("rest/"));
    }

    private JsonNode install(String form) {
        RawPortal.Reply reply = admin().post("apps/install", form);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private RawPortal.Reply token(String query) {
        return rest().send(HttpRequest.newBuilder(base().resolve("oauth/token/?" + query)).GET());
    }

    private RawPortal.Reply tokenByForm(String form) {
        return rest().send(HttpRequest.newBuilder(base().resolve("oauth/token/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    private static String client() {
        return "client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET;
    }

    @Test
    void anInstallAnswersTheDocumentedTokenResponse() {
        JsonNode tokens = install("userId=2&scopes=crm,user");

        assertThat(tokens.propertyNames()).containsSubsequence("access_token", "client_endpoint", "domain", "expires",
                "expires_in", "member_id", "refresh_token", "scope", "server_endpoint", "status", "user_id");
        assertThat(tokens.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(tokens.get("client_endpoint").asString()).isEqualTo(base().resolve("rest/").toString());
        assertThat(tokens.get("server_endpoint").asString()).isEqualTo(base().resolve("oauth/rest/").toString());
        assertThat(tokens.get("scope").asString()).isEqualTo("crm,user");
        assertThat(tokens.get("user_id").asLong()).isEqualTo(2);
        assertThat(tokens.get("member_id").asString()).matches("[0-9a-f]{32}");
        assertThat(tokens.get("access_token").asString()).isNotEqualTo(tokens.get("refresh_token").asString());
    }

    @Test
    void theAccessTokenWorksInTheQueryInAJsonBodyAndInAFormBody() {
        String token = install("userId=2").get("access_token").asString();

        assertThat(rest().get("user.current", "auth=" + token).result().get("ID").asString()).isEqualTo("2");
        assertThat(rest().postJson("user.current", "{\"auth\":\"" + token + "\"}").result().get("ID").asString()).isEqualTo("2");
        assertThat(rest().postForm("user.current", "auth=" + token).result().get("ID").asString()).isEqualTo("2");
    }

    @Test
    void anOAuthAnswerNamesTheApplicationInAHeader() {
        String token = install("").get("access_token").asString();

        assertThat(rest().get("server.time", "auth=" + token).header("X-Bitrix-Rest-Application")).hasValue(CLIENT_ID);
    }

    @Test
    void appInfoDescribesTheApplication() {
        String token = install("").get("access_token").asString();

        JsonNode info = rest().get("app.info", "auth=" + token).result();

        assertThat(info.propertyNames()).containsExactly("ID", "CODE", "VERSION", "STATUS", "INSTALLED", "PAYMENT_EXPIRED",
                "DAYS", "LANGUAGE_ID", "LICENSE", "LICENSE_TYPE", "LICENSE_FAMILY");
        assertThat(info.get("ID").isNumber()).isTrue();
        assertThat(info.get("INSTALLED").asBoolean()).isTrue();
        assertThat(info.get("DAYS").isNull()).isTrue();
    }

    @Test
    void theServerEndpointServesMethodsToo() {
        JsonNode tokens = install("");
        RawPortal server = new RawPortal(URI.create(tokens.get("server_endpoint").asString()));

        assertThat(server.get("app.info", "auth=" + tokens.get("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void aMethodOutsideTheGrantedScopesIsInsufficientScope() {
        String token = install("scopes=crm").get("access_token").asString();

        RawPortal.Reply reply = rest().get("user.current", "auth=" + token);

        assertThat(reply.status()).isIn(401, 403);
        assertThat(reply.error()).isEqualTo("insufficient_scope");
        assertThat(reply.json().get("error_description").asString())
                .isEqualTo("The request requires higher privileges than provided by the access token");
    }

    @Test
    void anExpiredAccessTokenIsExpiredTokenUntilRefreshed() {
        JsonNode first = install("userId=3");
        admin().post("apps/expire-tokens", "clientId=" + CLIENT_ID);

        RawPortal.Reply expired = rest().get("server.time", "auth=" + first.get("access_token").asString());
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.error()).isEqualTo("expired_token");
        assertThat(expired.json().get("error_description").asString()).isEqualTo("The access token provided has expired.");

        JsonNode second = token("grant_type=refresh_token&" + client() + "&refresh_token="
                + first.get("refresh_token").asString()).json();
        assertThat(second.get("user_id").asLong()).isEqualTo(3);
        assertThat(second.get("refresh_token").asString()).isNotEqualTo(first.get("refresh_token").asString());
        assertThat(rest().get("server.time", "auth=" + second.get("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenWorksOnlyOnce() {
        String refresh = install("").get("refresh_token").asString();
        assertThat(tokenByForm("grant_type=refresh_token&" + client() + "&refresh_token=" + refresh).status()).isEqualTo(200);

        RawPortal.Reply again = tokenByForm("grant_type=refresh_token&" + client() + "&refresh_token=" + refresh);

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.error()).isEqualTo("invalid_grant");
        assertThat(again.body()).doesNotContain(refresh);
    }

    @Test
    void anAuthorizationCodeIsExchangedOnceByGetOrPost() {
        String byGet = admin().post("apps/code", "userId=5").json().get("code").asString();
        String byPost = admin().post("apps/code", "userId=5").json().get("code").asString();

        RawPortal.Reply first = token("grant_type=authorization_code&" + client() + "&code=" + byGet);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("user_id").asLong()).isEqualTo(5);
        assertThat(tokenByForm("grant_type=authorization_code&" + client() + "&code=" + byPost).status()).isEqualTo(200);
        assertThat(token("grant_type=authorization_code&" + client() + "&code=" + byGet).error()).isEqualTo("invalid_grant");
    }

    @Test
    void theTokenEndpointRefusesWhatItCannotUse() {
        String code = admin().post("apps/code", "").json().get("code").asString();

        assertError(token(client() + "&code=" + code), 400, "invalid_request");
        assertError(token("grant_type=password&" + client()), 400, "invalid_request");
        assertError(token("grant_type=authorization_code&" + client()), 400, "invalid_request");
        assertError(token("grant_type=refresh_token&" + client()), 400, "invalid_request");
        assertError(token("grant_type=authorization_code&client_id=" + CLIENT_ID + "&client_secret=wrong&code=" + code),
                401, "invalid_client");
        assertError(token("grant_type=authorization_code&client_id=nobody&client_secret=x&code=" + code), 401, "invalid_client");
        assertError(token("grant_type=authorization_code&" + client() + "&code=madeup"), 400, "invalid_grant");
        assertError(token("grant_type=refresh_token&" + client() + "&refresh_token=madeup"), 400, "invalid_grant");
    }

    private static void assertError(RawPortal.Reply reply, int status, String error) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().propertyNames()).containsExactly("error", "error_description");
        assertThat(reply.error()).isEqualTo(error);
        assertThat(reply.body()).doesNotContain(CLIENT_SECRET);
    }

    @Test
    void aRegisteredAppGetsItsOwnCredentialsAndRedirectOnAuthorize() {
        AdminCalls admin = admin();
        JsonNode app = admin.post("apps", "scopes=crm&redirectUri=https://app.example/callback&status=F").json();
        assertThat(app.get("clientSecret").asString()).matches("[A-Za-z0-9]{50}");
        assertThat(admin.get("apps").body()).doesNotContain(app.get("clientSecret").asString());

        RawPortal.Reply authorize = rest().send(HttpRequest.newBuilder(base().resolve("oauth/authorize/?client_id="
                + app.get("clientId").asString() + "&state=st4te")).GET());

        assertThat(authorize.status()).isEqualTo(302);
        String location = authorize.header("Location").orElseThrow();
        assertThat(location).startsWith("https://app.example/callback?code=").contains("&state=st4te", "&scope=crm",
                "&member_id=", "&server_domain=");
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        RawPortal.Reply tokens = token("grant_type=authorization_code&client_id=" + app.get("clientId").asString()
                + "&client_secret=" + app.get("clientSecret").asString() + "&code=" + code);
        assertThat(tokens.json().get("status").asString()).isEqualTo("F");
        assertThat(tokens.json().get("scope").asString()).isEqualTo("crm");
    }

    @Test
    void authorizingAnUnknownClientIsRefused() {
        admin();
        RawPortal.Reply reply = rest().send(HttpRequest.newBuilder(base().resolve("oauth/authorize/?client_id=nobody")).GET());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_client");
    }

    @Test
    void theOperatingBudgetIsSharedByTheUsersOfOneApplication() {
        String anna = install("userId=1").get("access_token").asString();
        String dmitry = install("userId=2").get("access_token").asString();

        double first = rest().get("user.get", "auth=" + anna).json().get("time").get("operating").asDouble();
        double second = rest().get("user.get", "auth=" + dmitry).json().get("time").get("operating").asDouble();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void theAdminApiRefusesBadInstallValues() {
        AdminCalls admin = admin();

        assertThat(admin.post("apps/install", "clientId=nobody").json().get("error").asString()).startsWith("clientId:");
        assertThat(admin.post("apps/install", "userId=0").json().get("error").asString()).startsWith("userId:");
        JsonNode crmApp = admin.post("apps", "scopes=crm").json();
        assertThat(admin.post("apps/install", "clientId=" + crmApp.get("clientId").asString() + "&scopes=user")
                .json().get("error").asString()).startsWith("scopes:");
        assertThat(admin.post("apps", "status=X").json().get("error").asString()).startsWith("status:");
        assertThat(admin.post("apps", "clientId=" + CLIENT_ID).json().get("error").asString()).contains("already exists");
        assertThat(admin.get("apps/install").status()).isEqualTo(400);
    }
}
