package dev.b24kit.testportal.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.CutOff;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.DirectPortal;
import dev.b24kit.testportal.internal.limits.CostModel;

/** The front end's cut-off (§4.3), on a fake clock that the modelled time moves; and the disconnect mark. */
class CutOffTest {

    private static final String FIVE_WRITES = "{\"cmd\":[\"test.write?key=0\",\"test.write?key=1\","
            + "\"test.write?key=2\",\"test.write?key=3\",\"test.write?key=4\"]}";

    private final DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.REALTIME)
            .withCutOff(CutOff.after(Duration.ofMillis(1750))));

    @Test
    void aBatchRunningPastTheCutOffIsAnswered504AtTheCutOffAndKeepsOnlyTheCommandsThatCompletedBeforeIt() {
        portal.portal.costModel(CostModel.FREE.with("baseWrite", 0.5));
        Instant before = portal.clock.instant();

        DirectPortal.Response response = portal.postJson("batch", FIVE_WRITES);

        assertThat(response.status()).isEqualTo(504);
        assertThat(response.body()).contains("504 Gateway Time-out", "nginx");
        assertThat(portal.clock.instant()).isEqualTo(before.plusMillis(1750));
        assertThat(portal.methods.written).containsExactly("0", "1", "2");
        assertThat(portal.portal.budget().usage()).singleElement()
                .satisfies(usage -> assertThat(usage.operatingSeconds()).isEqualTo(1.5));
        List<CallLog.Entry> log = portal.portal.callLog().since(0, 10);
        assertThat(log).extracting(CallLog.Entry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(log).extracting(CallLog.Entry::status).containsExactly(504, 200, 200, 200, 504);
        assertThat(log.getFirst().error()).isEqualTo(Dispatcher.CUT_OFF);
        assertThat(log.getLast().error()).isEqualTo(Dispatcher.CUT_OFF);
        assertThat(log.getLast().processing()).as("it ran until the cut-off").isEqualTo(0.25);
    }

    @Test
    void aCallThatWouldRunPastTheCutOffIsCutThereAndNeverCharged() {
        portal.portal.costModel(CostModel.FREE);
        Instant before = portal.clock.instant();

        DirectPortal.Response response = portal.get("test.cost", "seconds=3");

        assertThat(response.status()).isEqualTo(504);
        assertThat(portal.clock.instant()).isEqualTo(before.plusMillis(1750));
        assertThat(portal.portal.budget().usage()).isEmpty();
        assertThat(portal.portal.callLog().since(0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.error()).isEqualTo(Dispatcher.CUT_OFF));
    }

    @Test
    void withoutLatencyTheCutOffComesAtOnceAtTheSameCommand() {
        portal.portal.latency(LatencyMode.NONE);
        portal.portal.costModel(CostModel.FREE.with("baseWrite", 0.5));

        DirectPortal.Response response = portal.postJson("batch", FIVE_WRITES);

        assertThat(response.status()).isEqualTo(504);
        assertThat(portal.slept).isEmpty();
        assertThat(portal.methods.written).containsExactly("0", "1", "2");
    }

    @Test
    void switchedOffTheCutOffLetsARequestTakeAsLongAsItsCommands() {
        portal.portal.cutOff(portal.portal.cutOff().withEnabled(false));
        portal.portal.costModel(CostModel.FREE.with("baseWrite", 0.5));

        DirectPortal.Response response = portal.postJson("batch", FIVE_WRITES);

        assertThat(response.status()).isEqualTo(200);
        assertThat(portal.methods.written).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void marksACallWhoseClientClosedTheConnectionBeforeTheAnswerYetRanAndChargedIt() {
        portal.portal.costModel(CostModel.FREE.with("baseWrite", 0.5));

        portal.get("test.write", "key=gone", () -> true);
        portal.get("test.write", "key=stayed", ClientConnection.OPEN);

        assertThat(portal.portal.callLog().since(0, 10)).extracting(CallLog.Entry::disconnected)
                .containsExactly(true, false);
        assertThat(portal.methods.written).containsExactly("gone", "stayed");
        assertThat(portal.portal.budget().usage()).singleElement()
                .satisfies(usage -> assertThat(usage.operatingSeconds()).isEqualTo(1));
    }
}
