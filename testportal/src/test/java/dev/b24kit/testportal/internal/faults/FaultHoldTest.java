package dev.b24kit.testportal.internal.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.internal.DirectPortal;
import dev.b24kit.testportal.internal.rest.Reply;

/**
 * How long the connection-holding faults hold: the portal waits through its sleeper, which this
 * in-process portal records (and which advances its fake clock), so no test waits for real.
 */
class FaultHoldTest {

    private final DirectPortal direct = new DirectPortal();

    @Test
    void aSlowFaultHoldsTheAnswerForItsDelayAfterTheCallRan() {
        direct.portal.faults().add(FaultRule.parse("slow:2500ms@test.write,count=1"));

        Reply reply = direct.postRaw("test.write", "{}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"result\":1");
        assertThat(direct.slept).containsExactly(Duration.ofMillis(2500));
        assertThat(direct.portal.callLog().since(0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(200));
    }

    @Test
    void aDropBeforeTheCallHoldsTheConnectionThenDropsItWithoutRunningTheCall() {
        direct.portal.faults().add(FaultRule.parse("drop-before:PT3S@test.write,count=1"));

        Reply dropped = direct.postRaw("test.write", "{}");

        assertThat(dropped.dropsConnection()).isTrue();
        assertThat(direct.slept).containsExactly(Duration.ofSeconds(3));
        assertThat(direct.portal.callLog().since(0, 10)).singleElement()
                .satisfies(entry -> assertThat(entry.error()).isEqualTo("DropBeforeCall"));
    }

    @Test
    void aDropBeforeTheCallWithoutADurationDropsAtOnce() {
        direct.portal.faults().add(FaultRule.parse("drop-before@test.write,count=1"));

        assertThat(direct.postRaw("test.write", "{}").dropsConnection()).isTrue();
        assertThat(direct.slept).isEmpty();
    }

    @Test
    void aDropAfterCommitDoesNotHoldTheConnection() {
        direct.portal.faults().add(FaultRule.parse("drop-after-commit@test.write,count=1"));

        Reply dropped = direct.postRaw("test.write", "{}");

        assertThat(dropped.dropsConnection()).isTrue();
        assertThat(direct.slept).isEmpty();
    }
}
