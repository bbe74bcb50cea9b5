package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Bad or unusual input (§1.2, §1.5): malformed bodies never raise a transport error but count as no
 * parameters, so the method's own validation answers ({@code feature.get} without {@code CODE} says
 * {@code CODE_EMPTY}); odd verbs, CORS preflight, multipart bodies and the response headers. Tests of
 * choices the test portal made where the real portal's behaviour is unknown need the admin API.
 */
public abstract class RobustnessContract {

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    private HttpRequest.Builder request(String methodAndQuery) {
        return HttpRequest.newBuilder(target().webhookUrl().resolve(methodAndQuery));
    }

    private static void assertCodeEmpty(RawPortal.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("CODE_EMPTY");
    }

    @Test
    void aMalformedJsonBodyCountsAsNoParameters() {
        assertCodeEmpty(portal().postJson("feature.get", "{\"CODE\":\"rest_offline_extended\""));
        assertCodeEmpty(portal().postJson("feature.get", "{'CODE':'rest_offline_extended'}"));
        assertCodeEmpty(portal().postJson("feature.get", "{\"CODE\":\"rest_offline_extended\"} tail"));
    }

    @Test
    void aJsonBodyWhoseTopLevelIsAListOrScalarCarriesNoNamedParameters() {
        assertCodeEmpty(portal().postJson("feature.get", "[\"rest_offline_extended\"]"));
        assertCodeEmpty(portal().postJson("feature.get", "\"rest_offline_extended\""));
    }

    @Test
    void aJsonBodyWithInvalidUtf8OrAnUnpairedSurrogateCountsAsNoParameters() {
        byte[] invalid = {'{', '"', 'C', 'O', 'D', 'E', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertCodeEmpty(portal().send(request("feature.get").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalid))));
        assertCodeEmpty(portal().postJson("feature.get", "{\"CODE\":\"\\ud800\"}"));
    }

    @Test
    void aMalformedJsonBodyStillKeepsTheQueryParameters() {
        RawPortal.Reply reply = portal().postJson("feature.get", "CODE=rest_offline_extended", "{broken");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void anUnclosedBracketInAFormKeyBecomesAnUnderscore() {
        assertCodeEmpty(portal().postForm("feature.get", "CODE[=rest_offline_extended"));
    }

    @Test
    void malformedPercentEscapesAreKeptLiterally() {
        RawPortal.Reply reply = portal().postForm("feature.get", "CODE=%zz%4"); // java.net.URI refuses them in a query

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get("value").asString()).isEqualTo("N");
    }

    @Test
    void aKeyNestedDeeperThanSixtyFourLevelsDropsTheWholeParameter() {
        String me = portal().get("profile", null).result().get("ID").asString();
        String tooDeep = "FILTER" + "%5Bx%5D".repeat(65) + "=1";

        RawPortal.Reply reply = portal().get("user.get", "FILTER%5BID%5D=" + me + "&" + tooDeep);

        assertThat(reply.json().get("total").asLong()).isGreaterThan(1);
    }

    @Test
    void aMultipartFormBodyIsRead() {
        String body = "--b0und\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nuser.get\r\n--b0und--\r\n";

        RawPortal.Reply reply = portal().send(request("method.get")
                .header("Content-Type", "multipart/form-data; boundary=b0und")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(reply.result().get("isExisting").asBoolean()).isTrue();
    }

    @Test
    void aGetIgnoresItsBody() {
        RawPortal.Reply reply = portal().send(request("feature.get").header("Content-Type", "application/json")
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"CODE\":\"rest_offline_extended\"}")));

        assertCodeEmpty(reply);
    }

    @Test
    void otherVerbsAreServedFromTheQueryAlone() {
        new AdminCalls(target()).require(); // the live portal's answer to PUT/DELETE is not documented
        RawPortal.Reply put = portal().send(request("feature.get?CODE=rest_offline_extended")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("PUT", HttpRequest.BodyPublishers.ofString("CODE=")));
        RawPortal.Reply delete = portal().send(request("server.time").DELETE());

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.result().get("value").asString()).isEqualTo("Y");
        assertThat(delete.status()).isEqualTo(200);
    }

    @Test
    void aHeadRequestIsServedWithoutABody() {
        new AdminCalls(target()).require(); // the live portal's answer to HEAD is not documented
        RawPortal.Reply reply = portal().send(request("server.time").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void aCorsPreflightGetsTheCorsHeadersAndNoBody() {
        RawPortal.Reply reply = portal().send(request("server.time")
                .header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(reply.header("Access-Control-Allow-Headers")).hasValueSatisfying(v -> assertThat(v).contains("content-type"));
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void answersCarryTheRestHeaders() {
        RawPortal.Reply ok = portal().get("server.time", null);
        RawPortal.Reply error = portal().get("feature.get", null);

        for (RawPortal.Reply reply : new RawPortal.Reply[] {ok, error}) {
            assertThat(reply.header("Content-Type")).hasValue("application/json; charset=utf-8");
            assertThat(reply.header("Access-Control-Allow-Origin")).hasValue("*");
            assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(ok.header("X-Bitrix-Rest-Time")).hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d{10}"));
    }

    @Test
    void theXmlFormatIsRefusedWithAClearError() {
        new AdminCalls(target()).require(); // a live portal answers XML
        RawPortal.Reply reply = portal().get("server.time.xml", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("INVALID_REQUEST");
        assertThat(reply.json().get("error_description").asString()).contains(".xml", "not modelled");
    }

    @Test
    void aWebhookPathWithoutAMethodFindsNoMethod() {
        RawPortal.Reply reply = portal().get("", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("ERROR_METHOD_NOT_FOUND");
    }
}
