package dev.b24kit.testportal.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.DirectPortal;
import dev.b24kit.testportal.internal.limits.CostModel;

/** Modelled processing time (§2 {@code time}, §6.1 cost): spent in real-time mode, only reported otherwise. */
class LatencyTest {

    @Test
    void realTimeModeWaitsTheModelledTimeThroughTheSleeperSoAVirtualClockAdvancesByIt() {
        DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.REALTIME));
        portal.portal.costModel(CostModel.FREE.with("baseRead", 0.3));
        var before = portal.clock.instant();

        DirectPortal.Response response = portal.get("test.cost", "seconds=1.2");

        assertThat(portal.slept).containsExactly(Duration.ofMillis(1500));
        assertThat(Duration.between(before, portal.clock.instant())).isEqualTo(Duration.ofMillis(1500));
        assertThat(response.json().get("time").get("duration").asDouble()).isEqualTo(1.5);
    }

    @Test
    void noLatencyModeOnlyReportsTheModelledTime() {
        DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.NONE));
        portal.portal.costModel(CostModel.FREE.with("baseRead", 0.3));

        JsonNode time = portal.get("test.cost", "seconds=1.2").json().get("time");

        assertThat(portal.slept).isEmpty();
        assertThat(time.get("duration").asDouble()).isEqualTo(1.5);
        assertThat(time.get("processing").asLong()).isEqualTo(1);
        assertThat(time.get("operating").asDouble()).isEqualTo(1.5);
    }

    @Test
    void aBatchSpendsEachCommandsTimeBeforeTheNextCommandBegins() {
        DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.REALTIME));
        portal.portal.costModel(CostModel.FREE.with("baseRead", 0.25));
        Instant before = portal.clock.instant();

        JsonNode result = portal.postJson("batch", "{\"cmd\":[\"server.time\",\"server.time\",\"test.echo\"]}")
                .result();

        assertThat(portal.slept).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(250));
        assertThat(portal.portal.callLog().since(1, 10)).extracting(CallLog.Entry::at)
                .containsExactly(before, before.plusMillis(250), before.plusMillis(500));
        assertThat(result.get("result_time").get(2).get("finish").asDouble())
                .isEqualTo(before.plusMillis(750).toEpochMilli() / 1000.0);
    }

    @Test
    void aBatchCommandIsChargedWhenItsTimeIsOverSoTheNextCommandSeesIt() {
        DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.REALTIME));
        portal.portal.costModel(CostModel.FREE.with("baseRead", 0.25));

        JsonNode times = portal.postJson("batch", "{\"cmd\":[\"server.time\",\"server.time\"]}").result()
                .get("result_time");

        assertThat(times.get(0).get("operating").asDouble()).isEqualTo(0.25);
        assertThat(times.get(1).get("operating").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aCallThatFailsInItsHandlerIsChargedAndSpendsItsTimeToo() {
        DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.REALTIME));
        portal.portal.costModel(CostModel.FREE.with("baseRead", 0.4));

        DirectPortal.Response response = portal.get("test.fail", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(portal.slept).containsExactly(Duration.ofMillis(400));
        assertThat(portal.portal.budget().usage()).singleElement()
                .satisfies(usage -> assertThat(usage.operatingSeconds()).isEqualTo(0.4));
    }

    @Test
    void reportsOperatingAndItsResetInEverySuccess() {
        DirectPortal portal = new DirectPortal();
        long now = portal.clock.instant().getEpochSecond();

        JsonNode time = portal.get("server.time", null).json().get("time");

        assertThat(time.propertyNames()).containsExactly("start", "finish", "duration", "processing", "date_start",
                "date_finish", "operating_reset_at", "operating");
        assertThat(time.get("operating_reset_at").asLong()).isEqualTo(now + 600);
    }

    @Test
    void refusesLaterCallsOfAMethodOnceItsOperatingTimeReachedTheLimit() {
        DirectPortal portal = new DirectPortal();
        portal.portal.costModel(CostModel.FREE.with("baseRead", 2));
        portal.portal.budget().limit(Duration.ofSeconds(3));

        assertThat(portal.get("test.echo", null).status()).isEqualTo(200);
        DirectPortal.Response crossing = portal.get("test.echo", null);
        DirectPortal.Response refused = portal.get("test.echo", null);

        assertThat(crossing.status()).isEqualTo(200);
        assertThat(crossing.json().get("time").get("operating").asDouble()).isEqualTo(4);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo(
                "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked due to operation time limit.\"}");
        assertThat(portal.get("server.time", null).status()).isEqualTo(200);

        portal.clock.advance(Duration.ofMinutes(10));
        assertThat(portal.get("test.echo", null).status()).isEqualTo(200);
    }

    @Test
    void countsEveryRequestInTheBucketEvenOnesThatFailEarly() {
        DirectPortal portal = new DirectPortal(PortalConfig.fast().withPlan(dev.b24kit.testportal.Plan.parse("custom:2/0.001")));

        assertThat(portal.get("no.such.method", null).status()).isEqualTo(404);
        assertThat(portal.postJson("/rest/1/wrongsecret/", "server.time", "{}").status()).isEqualTo(401);
        assertThat(portal.get("server.time", null).status()).isEqualTo(503);
    }
}
