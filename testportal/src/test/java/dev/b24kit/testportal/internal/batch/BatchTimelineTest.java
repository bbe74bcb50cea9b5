package dev.b24kit.testportal.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.DirectPortal;
import dev.b24kit.testportal.internal.limits.CostModel;
import dev.b24kit.testportal.internal.time.FakeSleeper;

/**
 * The timeline of batches and calls running side by side in real-time latency (§4.2, §5.2): each
 * command's time passes before it is charged, and each is checked against the budget when it begins.
 * The calls run in lock step on a {@link FakeSleeper}, so every interleaving the test allows gives the
 * same answer.
 */
@Timeout(20)
class BatchTimelineTest {

    private static final String OPERATION_TIME_LIMIT =
            "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked due to operation time limit.\"}";

    private final FakeSleeper sleeper = new FakeSleeper();
    private final DirectPortal portal = new DirectPortal(PortalConfig.fast().withLatency(LatencyMode.REALTIME), sleeper);

    @Test
    void twoBatchesRunningTogetherSpendOneBudgetAndAreBothRefusedFromTheFirstCommandThatBeginsAfterItRanOut()
            throws Exception {
        portal.portal.costModel(CostModel.FREE.with("baseRead", 1));
        portal.portal.budget().limit(Duration.ofMillis(2500));
        String fourCommands = "{\"cmd\":[\"test.echo\",\"test.echo\",\"test.echo\",\"test.echo\"]}";
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<DirectPortal.Response> first = pool.submit(() -> portal.postJson("batch", fourCommands));
            Future<DirectPortal.Response> second = pool.submit(() -> portal.postJson("batch", fourCommands));

            sleeper.awaitAsleep(2);           // both first commands run; nothing is charged yet
            finishRound();
            sleeper.awaitAsleep(2);           // both second commands began with 1 or 2 s charged, under 2.5 s
            finishRound();                    // now 4 s: the third commands begin after the budget ran out

            for (Future<DirectPortal.Response> batch : List.of(first, second)) {
                JsonNode result = batch.get().result();
                assertThat(result.get("result")).as("commands 0 and 1, as a list").hasSize(2);
                assertThat(result.get("result_error").propertyNames()).containsExactly("2", "3");
                assertThat(result.get("result_error").get("2").toString()).isEqualTo(OPERATION_TIME_LIMIT);
            }
        }
        assertThat(portal.portal.budget().usage()).singleElement()
                .satisfies(usage -> assertThat(usage.operatingSeconds()).isEqualTo(4));
    }

    @Test
    void twoCallsRunningTogetherBothCompleteBecauseNeitherIsChargedBeforeItsTimeIsOver() throws Exception {
        portal.portal.costModel(CostModel.FREE.with("baseRead", 2));
        portal.portal.budget().limit(Duration.ofSeconds(1));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<DirectPortal.Response> first = pool.submit(() -> portal.get("test.echo", null));
            Future<DirectPortal.Response> second = pool.submit(() -> portal.get("test.echo", null));

            sleeper.awaitAsleep(2);
            portal.clock.advance(Duration.ofSeconds(2));
            sleeper.wakeAll();

            assertThat(first.get().status()).isEqualTo(200);
            assertThat(second.get().status()).isEqualTo(200);
        }
        assertThat(portal.get("test.echo", null).status()).isEqualTo(429);
    }

    private void finishRound() {
        portal.clock.advance(Duration.ofSeconds(1));
        sleeper.wakeAll();
    }
}
