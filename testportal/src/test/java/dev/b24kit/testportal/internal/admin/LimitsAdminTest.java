package dev.b24kit.testportal.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.CutOff;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.SilentDrops;
import dev.b24kit.testportal.internal.DirectPortal;
import dev.b24kit.testportal.internal.limits.CostModel;

/** The limits admin endpoints, in process; the HTTP contract is {@code LimitsContract}. */
class LimitsAdminTest {

    private final DirectPortal portal = new DirectPortal();

    @Test
    void switchesToACustomPlanFromBurstAndDrain() {
        DirectPortal.Response response = portal.admin("POST", "limits", "plan=custom&burst=5&drainPerSecond=0.5");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("plan").asString()).isEqualTo("custom:5/0.5");
        assertThat(portal.portal.bucket().plan().burst()).isEqualTo(5);
    }

    @Test
    void changesOnlyTheBurstKeepingTheCurrentDrain() {
        portal.admin("POST", "limits", "plan=standard");

        portal.admin("POST", "limits", "burst=7");

        assertThat(portal.portal.bucket().plan()).isEqualTo(new Plan("custom:7/2", 7, 2));
    }

    @Test
    void refusesABadValueNamingItAndChangesNothingElseInTheRequest() {
        DirectPortal.Response response = portal.admin("POST", "limits", "plan=enterprise&countRejected=maybe");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("countRejected", "'maybe'", "true, false");
        assertThat(portal.portal.bucket().plan().unlimited()).isTrue();
    }

    @Test
    void refusesAnUnknownParameterListingTheAcceptedOnes() {
        DirectPortal.Response response = portal.admin("POST", "operating", "limit=5");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("'limit'", "limitSeconds, enabled, reset");
    }

    @Test
    void refusesChangesSentWithGet() {
        DirectPortal.Response response = portal.admin("GET", "cost", "model=free");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("POST", "model");
        assertThat(portal.portal.costModel()).isEqualTo(CostModel.DEFAULT);
    }

    @Test
    void setsTheOperatingLimitAndShowsUsagePerMethod() {
        portal.admin("POST", "operating", "limitSeconds=0.5");
        portal.admin("POST", "cost", "baseRead=0.3");
        portal.get("server.time", null);
        portal.get("server.time", null);

        DirectPortal.Response view = portal.admin("GET", "operating", null);

        assertThat(portal.portal.budget().limit()).isEqualTo(Duration.ofMillis(500));
        assertThat(view.json().get("usage").get(0).get("method").asString()).isEqualTo("server.time");
        assertThat(view.json().get("usage").get(0).get("credential").asString()).isEqualTo("webhook:1");
        assertThat(view.json().get("usage").get(0).get("blocked").asBoolean()).isTrue();
        assertThat(view.body()).doesNotContain(DirectPortal.SECRET);

        portal.admin("POST", "operating", "reset=true");
        assertThat(portal.get("server.time", null).status()).isEqualTo(200);
    }

    @Test
    void refusesANonPositiveOperatingLimit() {
        assertThat(portal.admin("POST", "operating", "limitSeconds=0").json().get("error").asString())
                .contains("limitSeconds", "'0'", "> 0");
    }

    @Test
    void setsCostCoefficientsOnTopOfTheChosenModel() {
        DirectPortal.Response response = portal.admin("POST", "cost", "model=free&baseRead=0.5");

        assertThat(response.json().get("baseRead").asDouble()).isEqualTo(0.5);
        assertThat(portal.portal.costModel()).isEqualTo(CostModel.FREE.with("baseRead", 0.5));

        portal.admin("POST", "cost", "model=default");
        assertThat(portal.portal.costModel()).isEqualTo(CostModel.DEFAULT);
    }

    @Test
    void switchesAllSilentDropsThenOneBack() {
        DirectPortal.Response response = portal.admin("POST", "silent-drops", "all=strict&enumValues=silent");

        assertThat(response.json().get("unknownFields").asString()).isEqualTo("strict");
        assertThat(portal.portal.silentDrops()).isEqualTo(new SilentDrops(SilentDrops.Mode.STRICT,
                SilentDrops.Mode.STRICT, SilentDrops.Mode.STRICT, SilentDrops.Mode.SILENT, SilentDrops.Mode.STRICT));
    }

    @Test
    void refusesAnUnknownSilentDropMode() {
        DirectPortal.Response response = portal.admin("POST", "silent-drops", "legacyStage=loud");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("legacyStage", "'loud'", "silent, strict");
    }

    @Test
    void switchesLatencyAndRefusesUnknownModes() {
        assertThat(portal.admin("POST", "latency", "mode=realtime").json().get("mode").asString()).isEqualTo("realtime");
        assertThat(portal.admin("POST", "latency", "mode=slow").json().get("error").asString())
                .contains("mode", "'slow'", "realtime, none");
    }

    @Test
    void showsTheCloudCutOffAndMovesOrSwitchesItOffParameterByParameter() {
        assertThat(portal.admin("GET", "cut-off", null).body().strip()).isEqualTo("{\"enabled\":true,\"afterSeconds\":60}");

        portal.admin("POST", "cut-off", "afterSeconds=2.5");
        DirectPortal.Response off = portal.admin("POST", "cut-off", "enabled=false");

        assertThat(off.body().strip()).isEqualTo("{\"enabled\":false,\"afterSeconds\":2.5}");
        assertThat(portal.portal.cutOff()).isEqualTo(new CutOff(false, Duration.ofMillis(2500)));
    }

    @Test
    void refusesACutOffThatIsNotAPositiveNumberOfSeconds() {
        DirectPortal.Response response = portal.admin("POST", "cut-off", "afterSeconds=0&enabled=false");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).contains("afterSeconds", "'0'", "number > 0");
        assertThat(portal.portal.cutOff()).isEqualTo(CutOff.CLOUD);
    }
}
