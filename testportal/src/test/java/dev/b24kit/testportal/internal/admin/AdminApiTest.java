package dev.b24kit.testportal.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.HttpProbe;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** The admin API as a person meets it over HTTP: its index, its errors, its JSON. One portal, reset between tests. */
class AdminApiTest {

    private static TestPortal portal;
    private final HttpProbe http = new HttpProbe();

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.start(PortalConfig.fast());
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    @BeforeEach
    void resetPortal() {
        portal.reset();
    }

    private static URI admin(String endpoint) {
        return portal.baseUrl().resolve("_testportal/" + endpoint);
    }

    @Test
    void theRootListsEveryEndpointOnALineOfItsOwn() {
        HttpProbe.Answer index = http.get(admin(""));

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.header("Content-Type")).startsWith("application/json");
        List<String> lines = index.body().lines().toList();
        assertThat(lines).hasSize(AdminIndex.ENDPOINTS.size() + 2); // the braces
        for (String endpoint : AdminIndex.ENDPOINTS.keySet()) {
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  \"" + admin(endpoint) + "\": \""));
        }
        assertThat(index.json().size()).isEqualTo(AdminIndex.ENDPOINTS.size());
        assertThat(http.get(portal.baseUrl().resolve("_testportal")).body()).isEqualTo(index.body());
    }

    @Test
    void everyEndpointTheRootListsIsServed() {
        for (String endpoint : AdminIndex.ENDPOINTS.keySet()) {
            assertThat(http.get(admin(endpoint)).status()).as(endpoint).isIn(200, 400);
        }
        assertThat(http.get(admin("nope")).status()).isEqualTo(404);
    }

    @Test
    void refusesAMalformedJsonBodySayingSoAndChangesNothing() {
        HttpProbe.Answer answer = http.postJson(admin("limits"), "{\"plan\": \"enterprise\",");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).contains("not valid JSON", "nothing was changed");
        assertThat(http.get(admin("limits")).json().get("plan").asString()).isEqualTo("unlimited");
    }

    @Test
    void refusesAJsonBodyThatIsNotAnObject() {
        HttpProbe.Answer answer = http.postJson(admin("limits"), "[\"enterprise\"]");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asString()).contains("must be a JSON object");
    }

    @Test
    void takesAWellFormedJsonBody() {
        assertThat(http.postJson(admin("limits"), "{\"plan\": \"enterprise\"}").status()).isEqualTo(200);
        assertThat(http.get(admin("limits")).json().get("plan").asString()).isEqualTo("enterprise");
    }

    @Test
    void refusesACountThatIsNotAWholeNumberAsACountNotAsSeconds() {
        String error = http.postForm(admin("reset"), "deals=abc").json().get("error").asString();

        assertThat(error).contains("deals", "'abc'", "a whole number from 0 to 5000000").doesNotContain("seconds");
        assertThat(http.postForm(admin("reset"), "deals=1.5").status()).isEqualTo(400);
        assertThat(http.postForm(admin("reset"), "seed=7&deals=3").json().get("records").get("deal").asInt())
                .isEqualTo(3);
    }

    @Test
    void saysSecondsWhereTheValueIsInSeconds() {
        String error = http.postForm(admin("operating"), "limitSeconds=soon").json().get("error").asString();

        assertThat(error).contains("limitSeconds", "a number > 0 (seconds)");
    }

    @Test
    void answersInJsonAPersonCanReadWhileRestAnswersKeepPhpEscaping() {
        HttpProbe.Answer created = http.postForm(admin("events/webhooks"),
                "handler=http://127.0.0.1:9/in?a=1%26b=2&events=ONCRMDEALADD");
        HttpProbe.Answer notFound = http.get(admin("nope"));
        JsonNode deal = http.postForm(portal.webhookUrl().resolve("crm.deal.add"), "fields[TITLE]=a/b%20%3Cc%3E%20%26%20'd'").json();
        HttpProbe.Answer rest = http.get(portal.webhookUrl().resolve("crm.deal.get?id=" + deal.get("result").asLong()));

        assertThat(created.status()).isEqualTo(200);
        assertThat(http.get(admin("events/webhooks")).body()).contains("\"http://127.0.0.1:9/in?a=1&b=2\"");
        assertThat(notFound.body()).contains("'/_testportal/nope'").doesNotContain("\\u0027", "\\/").endsWith("\n");
        assertThat(rest.body()).contains("\"a\\/b \\u003Cc\\u003E \\u0026 \\u0027d\\u0027\"");
    }
}
