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

    // Parameter merging (§1.2, §1.3), observed through user.get's FILTER and select on the caller itself.

    private String myId() {
        return portal().get("profile", null).result().get("ID").asString();
    }

    @Test
    void aJsonBodyReplacesTheSameNamedQueryParameter() {
        String me = myId();

        RawPortal.Reply reply = portal().postJson("user.get", "FILTER%5BID%5D=0", "{\"FILTER\":{\"ID\":" + me + "}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result()).hasSize(1);
        assertThat(reply.result().get(0).get("ID").asString()).isEqualTo(me);
    }

    @Test
    void queryAndJsonBodyParametersWithDifferentNamesAreMerged() {
        String me = myId();

        RawPortal.Reply reply = portal().postJson("user.get", "select%5B%5D=ID&select%5B%5D=NAME",
                "{\"FILTER\":{\"ID\":\"" + me + "\"}}");

        assertThat(reply.result()).hasSize(1);
        assertThat(reply.result().get(0).propertyNames()).containsExactlyInAnyOrder("ID", "NAME");
    }

    @Test
    void aFormBodyIsParsedWithPhpBracketRules() {
        String me = myId();

        RawPortal.Reply reply = portal().postForm("user.get", "FILTER[ID]=" + me + "&select[]=ID&select[]=LAST_NAME");

        assertThat(reply.result()).hasSize(1);
        assertThat(reply.result().get(0).propertyNames()).containsExactlyInAnyOrder("ID", "LAST_NAME");
    }

    @Test
    void appendedAndIndexedListsAreTheSame() {
        String me = myId();

        RawPortal.Reply appended = portal().get("user.get", "FILTER%5BID%5D=" + me + "&select%5B%5D=ID&select%5B%5D=NAME");
        RawPortal.Reply indexed = portal().get("user.get", "FILTER%5BID%5D=" + me + "&select%5B0%5D=ID&select%5B1%5D=NAME");

        assertThat(indexed.result()).isEqualTo(appended.result());
        assertThat(appended.result().get(0).propertyNames()).containsExactlyInAnyOrder("ID", "NAME");
    }

    @Test
    void filterOperatorPrefixesTravelInsideBracketKeys() {
        long me = Long.parseLong(myId());

        RawPortal.Reply reply = portal().get("user.get",
                "FILTER%5B%3EID%5D=" + (me - 1) + "&FILTER%5B%3CID%5D=" + (me + 1) + "&select%5B%5D=ID");

        assertThat(reply.result()).hasSize(1);
        assertThat(reply.result().get(0).get("ID").asLong()).isEqualTo(me);
    }

    @Test
    void aGetQueryAndAFormPostGiveTheSameAnswer() {
        String me = myId();
        String query = "FILTER[ID]=" + me + "&select[]=ID&select[]=EMAIL";

        RawPortal.Reply get = portal().get("user.get", query.replace("[", "%5B").replace("]", "%5D"));
        RawPortal.Reply post = portal().postForm("user.get", query);

        assertThat(post.result()).isEqualTo(get.result());
    }
}
