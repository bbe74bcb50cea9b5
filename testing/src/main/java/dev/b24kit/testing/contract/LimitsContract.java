package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Rate limits and the operating budget (§4) over plain HTTP. What every portal shows ({@code time}
 * with {@code operating}) runs anywhere; conditions that need a small plan, a tiny operating limit
 * or an expensive cost model are set through the test portal's admin API, and those tests are
 * skipped against a live portal. Every setting is put back after each test ({@link RestoresLimits}).
 * Extend it with a {@link #target()}.
 */
public abstract class LimitsContract extends RestoresLimits {

    private static final String QUERY_LIMIT_EXCEEDED =
            "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}";
    private static final String OPERATION_TIME_LIMIT =
            "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked due to operation time limit.\"}";

    @Test
    void everySuccessReportsOperatingAndWhenItResets() {
        JsonNode time = portal().get("server.time", null).json().get("time");

        assertThat(time.has("operating")).isTrue();
        assertThat(time.get("operating").isNumber()).isTrue();
        long resetIn = time.get("operating_reset_at").asLong() - time.get("start").asLong();
        assertThat(resetIn).as("the oldest bucket drops out within ten minutes").isBetween(1L, 600L);
    }

    @Test
    void everyBatchCommandReportsItsOwnOperating() {
        JsonNode result = portal().postJson("batch", "{\"cmd\":{\"a\":\"server.time\",\"b\":\"server.time\"}}").result();

        for (String key : new String[] {"a", "b"}) {
            JsonNode time = result.get("result_time").get(key);
            assertThat(time.has("operating")).isTrue();
            assertThat(time.has("operating_reset_at")).isTrue();
        }
    }

    @Test
    void refusesRequestsBeyondTheBurstWith503AndTheExactBody() {
        admin().set("limits", "plan", "custom:3/0.001", "resetBucket", "true");

        for (int i = 0; i < 3; i++) {
            assertThat(portal().get("server.time", null).status()).isEqualTo(200);
        }
        RawPortal.Reply refused = portal().get("server.time", null);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo(QUERY_LIMIT_EXCEEDED);
        assertThat(portal().postJson("batch", "{\"cmd\":[\"server.time\"]}").status()).isEqualTo(503);
    }

    @Test
    void aBatchOfFiftyCommandsCountsOnceInTheBucket() {
        admin().set("limits", "plan", "custom:2/0.001", "resetBucket", "true");
        String fifty = IntStream.range(0, 50).mapToObj(i -> "\"server.time\"")
                .collect(Collectors.joining(",", "{\"cmd\":[", "]}"));

        assertThat(portal().postJson("batch", fifty).status()).isEqualTo(200);
        assertThat(portal().postJson("batch", fifty).status()).isEqualTo(200);
        assertThat(portal().postJson("batch", fifty).status()).isEqualTo(503);
    }

    @Test
    void showsThePlanTheLevelAndTheCountRejectedSwitch() {
        JsonNode view = admin().set("limits", "plan", "enterprise", "countRejected", "true", "resetBucket", "true");

        assertThat(view.get("plan").asString()).isEqualTo("enterprise");
        assertThat(view.get("burst").asDouble()).isEqualTo(250);
        assertThat(view.get("drainPerSecond").asDouble()).isEqualTo(5);
        assertThat(view.get("countRejected").asBoolean()).isTrue();
        portal().get("server.time", null);
        assertThat(admin().get("limits").json().get("level").asDouble()).isGreaterThan(0).isLessThanOrEqualTo(1);
    }

    /**
     * The call that crosses the limit completes, and the next is refused — also in real-time latency,
     * where the crossing call is charged only once its time has passed (it began under the limit).
     */
    @Test
    void refusesLaterCallsOfAMethodOnceItsOperatingTimeCrossedTheLimitInEitherLatencyMode() {
        LimitKnobs admin = admin();
        for (String mode : new String[] {"none", "realtime"}) {
            admin.price(mode, "baseRead", "0.4");
            admin.set("operating", "limitSeconds", "0.5", "enabled", "true", "reset", "true");

            RawPortal.Reply first = portal().get("server.time", null);
            RawPortal.Reply crossing = portal().get("server.time", null);
            RawPortal.Reply refused = portal().get("server.time", null);

            assertThat(first.json().get("time").get("operating").asDouble()).as(mode).isEqualTo(0.4);
            assertThat(crossing.status()).as("%s: the call that crosses the limit completes", mode).isEqualTo(200);
            assertThat(crossing.json().get("time").get("operating").asDouble()).as(mode).isEqualTo(0.8);
            assertThat(refused.status()).as(mode).isEqualTo(429);
            assertThat(refused.body()).isEqualTo(OPERATION_TIME_LIMIT);
        }
    }

    @Test
    void aBlockedMethodFailsInsideABatchWhileTheBatchItselfIsNotMetered() {
        LimitKnobs admin = admin();
        admin.price("none", "baseRead", "2");
        admin.set("operating", "limitSeconds", "1", "reset", "true");
        portal().get("server.time", null);

        RawPortal.Reply reply = portal().postJson("batch", "{\"cmd\":{\"t\":\"server.time\"}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get("result_error").get("t").toString()).isEqualTo(OPERATION_TIME_LIMIT);
        assertThat(reply.json().get("time").get("operating").asDouble()).isZero();
        JsonNode usage = admin.get("operating").json().get("usage");
        assertThat(usage).extracting(row -> row.get("method").asString()).containsExactly("server.time");
        assertThat(usage.get(0).get("blocked").asBoolean()).isTrue();
    }

    @Test
    void resettingTheBudgetsOrDisablingTheLimitLetsTheMethodRunAgain() {
        LimitKnobs admin = admin();
        admin.price("none", "baseRead", "2");
        admin.set("operating", "limitSeconds", "1", "reset", "true");
        portal().get("server.time", null);
        assertThat(portal().get("server.time", null).status()).isEqualTo(429);

        admin.set("operating", "enabled", "false");
        assertThat(portal().get("server.time", null).status()).isEqualTo(200);
        admin.set("operating", "enabled", "true", "reset", "true");
        assertThat(portal().get("server.time", null).status()).isEqualTo(200);
    }

    @Test
    void showsAndChangesTheCostModelCoefficientByCoefficient() {
        JsonNode view = admin().set("cost", "model", "default", "countPerRow", "0.001");

        assertThat(view.propertyNames()).containsExactly("baseRead", "baseWrite", "perRowReturned", "countPerRow",
                "pagePerTableRow", "offsetPerRow");
        assertThat(view.get("countPerRow").asDouble()).isEqualTo(0.001);
        assertThat(view.get("baseRead").asDouble()).isEqualTo(0.02);
        assertThat(admin().set("cost", "model", "free").get("baseRead").asDouble()).isZero();
    }

    @Test
    void switchesSilentDropsOneByOneOrAllAtOnce() {
        JsonNode view = admin().set("silent-drops", "all", "strict", "enumValues", "silent");

        assertThat(view.toString()).isEqualTo("{\"unknownFields\":\"strict\",\"readOnlyFields\":\"strict\","
                + "\"immutableFields\":\"strict\",\"enumValues\":\"silent\",\"legacyStage\":\"strict\"}");
    }

    @Test
    void refusesInvalidSettingsWith400NamingTheParameterTheValueAndWhatIsAccepted() {
        LimitKnobs admin = admin();

        assertRefused(admin.post("limits", "plan", "premium"), "plan", "'premium'", "standard, enterprise, unlimited");
        assertRefused(admin.post("limits", "countRejected", "maybe"), "countRejected", "'maybe'", "true, false");
        assertRefused(admin.post("limits", "burst", "-3"), "burst", "'-3'", "> 0");
        assertRefused(admin.post("operating", "limitSeconds", "ten"), "limitSeconds", "'ten'", "number > 0");
        assertRefused(admin.post("operating", "limit", "5"), "'limit'", "limitSeconds, enabled, reset");
        assertRefused(admin.post("cost", "baseRead", "NaN"), "baseRead", "'NaN'", "number >= 0");
        assertRefused(admin.post("cost", "perRow", "1"), "'perRow'", "baseRead", "offsetPerRow");
        assertRefused(admin.post("cost", "model", "cheap"), "model", "'cheap'", "default, free");
        assertRefused(admin.post("latency", "mode", "slow"), "mode", "'slow'", "realtime, none");
        assertRefused(admin.post("silent-drops", "all", "loud"), "all", "'loud'", "silent, strict");
        assertRefused(admin.get("limits", "plan=standard"), "GET", "POST", "plan");
        assertThat(admin.get("limits").json().get("plan").asString()).as("nothing was changed")
                .isEqualTo(snapshot().views().get("limits").get("plan").asString());
    }

    @Test
    void pagesTheCallLogWithAfterAndLimit() {
        LimitKnobs admin = admin();
        long before = admin.get("state").json().get("calls").asLong();
        for (int i = 0; i < 3; i++) {
            portal().get("server.time", "n=" + i);
        }

        JsonNode page = admin.get("calls", "after=" + before + "&limit=2").json();

        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("sequence").asLong()).isEqualTo(before + 1);
        assertThat(page.get(1).get("params").get("n").asString()).isEqualTo("1");
        assertThat(page.get(0).toString()).doesNotContain(target().webhookUrl().getPath().split("/")[3]);
    }

    private static void assertRefused(RawPortal.Reply reply, String... mentions) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains(mentions);
    }
}
