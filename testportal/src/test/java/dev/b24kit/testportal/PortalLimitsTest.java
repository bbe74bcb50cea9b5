package dev.b24kit.testportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public handle switches a running portal's limits, seen over real HTTP. */
class PortalLimitsTest {

    private final TestPortal portal = TestPortal.start(PortalConfig.fast());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aSmallPlanRefusesTheSecondRequestWith503() throws Exception {
        portal.limits().plan(Plan.parse("custom:1/0.001")).resetBucket();

        assertThat(status("server.time")).isEqualTo(200);
        assertThat(status("server.time")).isEqualTo(503);

        portal.limits().plan(Plan.UNLIMITED);
        assertThat(status("server.time")).isEqualTo(200);
    }

    @Test
    void anExpensiveCostModelAndATinyOperatingLimitRefuseLaterCallsWith429() throws Exception {
        portal.limits().latency(LatencyMode.NONE).freeCost().costCoefficient("baseRead", 5)
                .operatingLimit(Duration.ofSeconds(1));

        assertThat(status("server.time")).isEqualTo(200);
        assertThat(status("server.time")).isEqualTo(429);

        portal.limits().resetOperating();
        assertThat(status("server.time")).isEqualTo(200);
        portal.limits().operatingLimitEnabled(false);
        assertThat(status("server.time")).isEqualTo(200);
        assertThat(portal.limits().costCoefficients()).containsEntry("baseRead", 5.0);
    }

    @Test
    void refusesInvalidValuesWithAClearMessage() {
        assertThatThrownBy(() -> portal.limits().costCoefficient("baseread", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseRead");
        assertThatThrownBy(() -> portal.limits().operatingLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThat(portal.limits().defaultCost().silentDrops(SilentDrops.STRICT).plan()).isEqualTo(Plan.UNLIMITED);
    }

    @Test
    void aShortCutOffAnswersARequestThatRunsPastIt504AndResetBringsTheCloudsBack() throws Exception {
        portal.limits().freeCost().costCoefficient("baseRead", 1).cutOff(CutOff.after(Duration.ofMillis(500)));

        assertThat(status("server.time")).isEqualTo(504);

        portal.reset();
        assertThat(portal.limits().cutOff()).isEqualTo(CutOff.CLOUD);
        assertThat(status("server.time")).isEqualTo(200);
    }

    private int status(String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(portal.webhookUrl().resolve(method)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
