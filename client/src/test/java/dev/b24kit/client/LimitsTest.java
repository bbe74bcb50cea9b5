package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.testportal.VirtualClock;

/** The portal's limits on a virtual clock: the client's waits move the portal's time. */
class LimitsTest {

    private static Bitrix24Client onVirtualTime(TestPortal portal, VirtualClock clock, Duration clientLimit,
                                                List<ClientEvent> events) {
        Sleeper advance = clock::advance;
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .time(clock, advance)
                .rateLimiter(RateLimiter.local(PlanLimits.STANDARD, clock, advance))
                .operatingLimit(clientLimit)
                .coalescing(Coalescing.OFF)
                .listener(events::add)
                .build();
    }

    private static TestPortal virtualPortal(VirtualClock clock, Duration operatingLimit) {
        return PortalFixture.start(PortalConfig.defaults().withClock(clock).withLatency(LatencyMode.NONE)
                .withPlan(Plan.STANDARD).withData(2_000, 10, 5, 5).withOperatingLimit(operatingLimit));
    }

    @Test
    void waitsOutOperationTimeLimitAndNeverSurfacesIt() {
        VirtualClock clock = VirtualClock.startingAtDefault();
        List<ClientEvent> events = new CopyOnWriteArrayList<>();
        try (TestPortal portal = virtualPortal(clock, Duration.ofSeconds(1));
             // the client believes the cloud's 480 s, so only the portal's 429 can stop it
             Bitrix24Client client = onVirtualTime(portal, clock, Duration.ofSeconds(480), events)) {
            Instant start = clock.instant();
            for (int i = 0; i < 80; i++) {
                client.call("crm.deal.list", Params.of("start", -1).with("select", List.of("ID")));
            }
            List<RecordedCall> calls = PortalFixture.calls(portal);
            assertThat(calls).anyMatch(c -> c.status() == 429);
            assertThat(calls.stream().filter(c -> c.status() == 200)).hasSize(80);
            assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
            assertThat(events).anyMatch(e -> e instanceof ClientEvent.RetryScheduled r
                    && r.reason().equals("OPERATION_TIME_LIMIT"));
        }
    }

    @Test
    void pacesAMethodBeforeThePortalBlocksIt() {
        VirtualClock clock = VirtualClock.startingAtDefault();
        List<ClientEvent> events = new CopyOnWriteArrayList<>();
        try (TestPortal portal = virtualPortal(clock, Duration.ofSeconds(2));
             Bitrix24Client client = onVirtualTime(portal, clock, Duration.ofSeconds(2), events)) {
            for (int i = 0; i < 150; i++) {
                client.call("crm.deal.list", Params.of("start", -1).with("select", List.of("ID")));
            }
            assertThat(PortalFixture.calls(portal)).noneMatch(c -> c.status() == 429);
            assertThat(events).anyMatch(e -> e instanceof ClientEvent.BudgetNearLimit);
            assertThat(events).anyMatch(e -> e instanceof ClientEvent.Throttled t && t.reason().equals("operating"));
        }
    }

    @Test
    void batchCommandsRefusedForOperatingTimeAreSentAgain() {
        VirtualClock clock = VirtualClock.startingAtDefault();
        List<ClientEvent> events = new CopyOnWriteArrayList<>();
        try (TestPortal portal = virtualPortal(clock, Duration.ofSeconds(1));
             Bitrix24Client client = onVirtualTime(portal, clock, Duration.ofSeconds(480), events)) {
            Batch.Builder batch = Batch.builder();
            for (int i = 0; i < 50; i++) {
                batch.add("p" + i, "crm.deal.list", Params.of("start", -1).with("filter", java.util.Map.of(">ID", i * 40)));
            }
            BatchResult result = client.batch(batch.build());
            assertThat(result.allSucceeded()).isTrue();
            assertThat(PortalFixture.calls(portal)).anyMatch(c -> "OPERATION_TIME_LIMIT".equals(c.error()));
        }
    }

    @Test
    void staysInsideTheLeakyBucketWithoutAnyRefusal() {
        VirtualClock clock = VirtualClock.startingAtDefault();
        List<ClientEvent> events = new CopyOnWriteArrayList<>();
        try (TestPortal portal = virtualPortal(clock, Duration.ofSeconds(480));
             Bitrix24Client client = onVirtualTime(portal, clock, Duration.ofSeconds(480), events)) {
            for (int i = 0; i < 120; i++) {
                client.call("crm.deal.get", Params.of("id", i + 1));
            }
            assertThat(PortalFixture.calls(portal)).noneMatch(c -> c.status() == 503);
            assertThat(events).anyMatch(e -> e instanceof ClientEvent.Throttled t && t.reason().equals("bucket"));
        }
    }
}
