package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Incoming-webhook authentication (§1.1, §3.1): credentials, scopes, and what a call without any
 * credential gets. Tests that create webhooks or switch statuses need the admin API and are skipped
 * against a live portal.
 */
public abstract class AuthContract {

    private static final String WEBHOOK_SCOPE_TEXT =
            "The request requires higher privileges than provided by the webhook token";

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    private AdminCalls admin() {
        return new AdminCalls(target()).require();
    }

    private URI hook() {
        return target().webhookUrl();
    }

    private RawPortal at(String url) {
        return new RawPortal(URI.create(url));
    }

    @Test
    void aWrongSecretIsInvalidCredentialsWithoutEchoingTheSecret() {
        RawPortal.Reply reply = at(hook().toString().replaceAll("/[^/]+/$", "/wrongsecret1234/")).get("server.time", null);

        assertThat(reply.status()).isIn(401, 403);
        assertThat(reply.error()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(reply.json().get("error_description").asString()).isEqualTo("Invalid request credentials");
        assertThat(reply.body()).doesNotContain("wrongsecret1234");
        assertThat(reply.json().has("time")).isFalse();
    }

    @Test
    void theRightSecretForAnotherUserIsInvalidCredentials() {
        String[] parts = hook().getPath().split("/"); // "", "rest", user, secret
        long otherUser = Long.parseLong(parts[2]) + 1;
        RawPortal.Reply reply = at(hook().resolve("/rest/" + otherUser + "/" + parts[3] + "/").toString())
                .get("server.time", null);

        assertThat(reply.error()).isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void aSecretWithoutItsUserIdFindsNoMethod() {
        String secret = hook().getPath().split("/")[3];
        RawPortal.Reply reply = at(hook().resolve("/rest/" + secret + "/").toString()).get("server.time", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("ERROR_METHOD_NOT_FOUND");
    }

    @Test
    void aCallWithoutAnyCredentialIsNoAuthFound() {
        RawPortal.Reply reply = at(AdminCalls.base(target()).resolve("rest/").toString()).get("server.time", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("NO_AUTH_FOUND");
        assertThat(reply.json().get("error_description").asString()).isEqualTo("Wrong authorization data");
    }

    @Test
    void anUnknownAccessTokenIsInvalidToken() {
        RawPortal.Reply reply = at(AdminCalls.base(target()).resolve("rest/").toString())
                .get("server.time", "auth=notarealtoken0000000000000000");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("invalid_token");
        assertThat(reply.body()).doesNotContain("notarealtoken");
    }

    @Test
    void aWebhookCreatedWithScopesCallsMethodsOfThoseScopes() {
        RawPortal.Reply created = admin().post("webhooks", "userId=2&scopes=user");

        assertThat(created.status()).isEqualTo(200);
        RawPortal hook = at(created.json().get("url").asString());
        assertThat(hook.get("user.current", null).result().get("ID").asString()).isEqualTo("2");
        assertThat(hook.get("scope", null).result()).hasSize(1);
        assertThat(hook.get("scope", null).result().get(0).asString()).isEqualTo("user");
    }

    @Test
    void aMethodOutsideTheWebhooksScopesIsInsufficientScope() {
        RawPortal hook = at(admin().post("webhooks", "scopes=crm").json().get("url").asString());

        RawPortal.Reply reply = hook.get("user.current", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("insufficient_scope");
        assertThat(reply.json().get("error_description").asString()).isEqualTo(WEBHOOK_SCOPE_TEXT);
        assertThat(hook.get("server.time", null).status()).isEqualTo(200); // basic methods need no scope
    }

    @Test
    void theCredentialErrorStatusSwitchesBetweenSourceAndDocs() {
        AdminCalls admin = admin();
        RawPortal wrong = at(hook().toString().replaceAll("/[^/]+/$", "/wrongsecret1234/"));
        RawPortal crmOnly = at(admin.post("webhooks", "scopes=crm").json().get("url").asString());
        try {
            assertThat(admin.post("auth", "credentialErrorStatus=403").json().get("credentialErrorStatus").asInt())
                    .isEqualTo(403);
            assertThat(wrong.get("server.time", null).status()).isEqualTo(403);
            assertThat(crmOnly.get("user.current", null).status()).isEqualTo(403);
        } finally {
            admin.post("auth", "credentialErrorStatus=401");
        }
        assertThat(admin.get("auth").json().get("credentialErrorStatus").asInt()).isEqualTo(401);
        assertThat(wrong.get("server.time", null).status()).isEqualTo(401);
    }

    @Test
    void theAdminApiRefusesACredentialErrorStatusOtherThan401Or403() {
        RawPortal.Reply reply = admin().post("auth", "credentialErrorStatus=402");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("credentialErrorStatus", "401", "403");
    }

    @Test
    void listingWebhooksNeverShowsASecret() {
        AdminCalls admin = admin();
        String url = admin.post("webhooks", "userId=3&scopes=crm,user").json().get("url").asString();
        String secret = URI.create(url).getPath().split("/")[3];

        RawPortal.Reply list = admin.get("webhooks");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain(hook().getPath().split("/")[3]);
        JsonNode last = list.json().get(list.json().size() - 1);
        assertThat(last.get("userId").asLong()).isEqualTo(3);
        assertThat(last.get("scopes").toString()).isEqualTo("[\"crm\",\"user\"]");
    }

    @Test
    void aWebhookMayBeGivenItsSecret() {
        RawPortal.Reply created = admin().post("webhooks", "userId=4&secret=chosen4secret");

        assertThat(created.json().get("url").asString()).endsWith("/rest/4/chosen4secret/");
        assertThat(at(created.json().get("url").asString()).get("profile", null).result().get("ID").asString()).isEqualTo("4");
    }

    @Test
    void creatingAWebhookRefusesBadValuesNamingTheParameter() {
        AdminCalls admin = admin();

        assertThat(admin.post("webhooks", "scopes=crm,payroll").json().get("error").asString())
                .startsWith("scopes: 'payroll' is not a scope");
        assertThat(admin.post("webhooks", "userId=999").json().get("error").asString()).startsWith("userId: '999'");
        assertThat(admin.post("webhooks", "userId=12").json().get("error").asString()).contains("inactive");
        assertThat(admin.post("webhooks", "secret=no/slashes").json().get("error").asString()).startsWith("secret:");
        assertThat(admin.post("webhooks", "userId=x").status()).isEqualTo(400);
    }

    @Test
    void aReducedUserScopeShowsFewerFields() {
        AdminCalls admin = admin();
        RawPortal brief = at(admin.post("webhooks", "userId=2&scopes=user_brief").json().get("url").asString());
        RawPortal basic = at(admin.post("webhooks", "userId=2&scopes=user_basic").json().get("url").asString());
        RawPortal full = at(admin.post("webhooks", "userId=2&scopes=user").json().get("url").asString());

        assertThat(brief.get("user.current", null).result().has("EMAIL")).isFalse();
        assertThat(basic.get("user.current", null).result().has("EMAIL")).isTrue();
        assertThat(basic.get("user.current", null).result().has("LAST_LOGIN")).isFalse();
        assertThat(full.get("user.current", null).result().has("LAST_LOGIN")).isTrue();
        assertThat(brief.get("user.get", "FILTER%5BEMAIL%5D=nobody").result().size()).isGreaterThan(1); // hidden field: ignored
    }
}
