package dev.b24kit.testportal.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.RestError;

class CredentialsTest {

    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    private final Credentials credentials = new Credentials();

    @Test
    void aWebhookCallerActsAsItsUserWithItsScopes() {
        Webhook webhook = credentials.addWebhook(7, "abc123", Set.of("crm"));

        Caller caller = credentials.webhookCaller("7", "abc123");

        assertThat(caller).isEqualTo(new Caller(7, "webhook:" + webhook.id(), Set.of("crm"), Caller.Kind.WEBHOOK, null));
    }

    @Test
    void aWebhookWithoutScopesGetsAll() {
        assertThat(credentials.addWebhook(1, "abc", Set.of()).scopes()).isEqualTo(Credentials.ALL_SCOPES);
    }

    @Test
    void aWrongUserOrSecretIsInvalidCredentialsWithTheConfiguredStatus() {
        credentials.addWebhook(7, "abc123", Set.of());

        assertThatThrownBy(() -> credentials.webhookCaller("8", "abc123"))
                .isInstanceOfSatisfying(RestError.class, e -> assertThat(e.status()).isEqualTo(401));
        credentials.credentialErrorStatus(403);
        assertThatThrownBy(() -> credentials.webhookCaller("7", "abc124")).isInstanceOfSatisfying(RestError.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.body()).isEqualTo(Map.of("error", "INVALID_CREDENTIALS", "error_description", "Invalid request credentials"));
        });
    }

    @Test
    void refusesCredentialErrorStatusesOtherThan401Or403() {
        assertThatThrownBy(() -> credentials.credentialErrorStatus(400))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("401").hasMessageContaining("403");
    }

    @Test
    void refusesMalformedOrDuplicateWebhookSecrets() {
        credentials.addWebhook(1, "abc", Set.of());
        assertThatThrownBy(() -> credentials.addWebhook(1, "abc", Set.of())).hasMessageContaining("already has");
        assertThatThrownBy(() -> credentials.addWebhook(1, "a/b", Set.of())).hasMessageContaining("letters or digits");
        assertThat(credentials.addWebhook(2, "abc", Set.of()).userId()).isEqualTo(2);
    }

    @Test
    void aWebhookNeverShowsItsSecretAsText() {
        assertThat(credentials.addWebhook(1, "topsecret1", Set.of()).toString()).doesNotContain("topsecret1");
    }

    @Test
    void anOAuthCallerActsAsTheTokensUserKeyedByItsApplication() {
        Tokens.Issued issued = credentials.tokens().issue("local.x", 4, Set.of("crm"), NOW);

        Caller caller = credentials.tokenCaller(Map.of("auth", issued.accessToken()), NOW);

        assertThat(caller).isEqualTo(new Caller(4, "app:local.x", Set.of("crm"), Caller.Kind.OAUTH, "local.x"));
    }

    @Test
    void tokenFailuresAreTheDocumentedErrors() {
        Tokens.Issued issued = credentials.tokens().issue("local.x", 4, Set.of("crm"), NOW);

        assertThat(error(Map.of())).isEqualTo("401 NO_AUTH_FOUND Wrong authorization data");
        assertThat(error(Map.of("auth", ""))).isEqualTo("401 NO_AUTH_FOUND Wrong authorization data");
        assertThat(error(Map.of("auth", Map.of("0", "x")))).isEqualTo("401 NO_AUTH_FOUND Wrong authorization data");
        assertThat(error(Map.of("auth", "nonsense"))).isEqualTo("401 invalid_token The access token provided is invalid.");
        assertThat(error(Map.of("auth", 12345L))).startsWith("401 invalid_token");
        assertThat(errorAt(Map.of("auth", issued.accessToken()), NOW.plusSeconds(3600)))
                .isEqualTo("401 expired_token The access token provided has expired.");
    }

    @Test
    void insufficientScopeNamesTheKindOfCredential() {
        Caller webhook = new Caller(1, "webhook:1", Set.of(), Caller.Kind.WEBHOOK, null);
        Caller app = new Caller(1, "app:x", Set.of(), Caller.Kind.OAUTH, "x");

        assertThat(credentials.insufficientScope(webhook).description()).endsWith("the webhook token");
        assertThat(credentials.insufficientScope(app).description()).endsWith("the access token");
        assertThat(credentials.insufficientScope().code()).isEqualTo("insufficient_scope");
    }

    private String error(Map<String, Object> params) {
        return errorAt(params, NOW);
    }

    private String errorAt(Map<String, Object> params, Instant at) {
        try {
            credentials.tokenCaller(params, at);
            return "no error";
        } catch (RestError e) {
            return e.status() + " " + e.code() + " " + e.description();
        }
    }
}
