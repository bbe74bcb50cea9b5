package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The REST core (§1–3): URL forms, envelopes, errors. Extend it with a {@link #target()} to run it
 * against a portal.
 */
public abstract class RestCoreContract {

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    @Test
    void serverTimeAnswersTheSuccessEnvelopeWithEveryTimeField() {
        RawPortal.Reply reply = portal().get("server.time", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(reply.result().asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        JsonNode time = reply.json().get("time");
        assertThat(time.propertyNames()).contains("start", "finish", "duration", "processing", "date_start",
                "date_finish", "operating");
        assertThat(reply.json().has("total")).isFalse();
        assertThat(reply.json().has("next")).isFalse();
    }

    @Test
    void methodNamesAreCaseInsensitiveAndTakeAJsonSuffix() {
        assertThat(portal().get("SERVER.Time.json", null).status()).isEqualTo(200);
    }

    @Test
    void anUnknownMethodIsNotFoundWith404() {
        RawPortal.Reply reply = portal().get("crm.nothing.here", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(reply.json().get("error_description").asString()).isEqualTo("Method not found!");
        assertThat(reply.json().has("time")).isFalse();
    }

    @Test
    void aWrongSecretIsInvalidCredentials() {
        URI hook = target().webhookUrl();
        String wrong = hook.toString().replaceAll("/[^/]+/$", "/wrongsecret123/");
        RawPortal.Reply reply = new RawPortal(URI.create(wrong)).get("server.time", null);

        assertThat(reply.status()).isIn(401, 403);
        assertThat(reply.error()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(reply.body()).doesNotContain(hook.getPath().split("/")[3]);
    }
}
