package dev.b24kit.client.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/**
 * Two clients with limiters of their own, as two processes would have, against one portal on the
 * standard plan (50 requests, 2 per second). 70 concurrent calls exceed the burst, so the portal
 * refuses some unless the two draw from one bucket. About 12 s each: the calls past the burst of 48
 * go at 2 per second.
 *
 * <p>Each client first makes one call alone: a cold JVM's first request (connection, class loading)
 * can reach the portal more than a second after it took its token, and every second of such delay
 * lets two more requests through than the portal allows (the bucket's margin absorbs two).
 */
class SharedBucketAtThePortalTest {

    private static final int CALLS = 70;
    private static final PortalConfig STANDARD_PLAN = PortalConfig.defaults().withPlan(Plan.STANDARD)
            .withLatency(LatencyMode.NONE).withData(50, 10, 5, 5);

    @Test
    void twoClientsSharingARedisBucketAreNeverRefusedByThePortal() throws Exception {
        String redis = TestRedis.uri();
        try (TestPortal portal = TestPortal.start(STANDARD_PLAN)) {
            String origin = Credentials.webhook(portal.webhookUrl().toString()).portalOrigin();
            try (RedisRateLimiter first = RedisRateLimiter.connect(redis, origin, PlanLimits.STANDARD);
                 RedisRateLimiter second = RedisRateLimiter.connect(redis, origin, PlanLimits.STANDARD)) {
                int succeeded = callConcurrently(portal, first, second);

                assertThat(succeeded).isEqualTo(CALLS);
                assertThat(refusals(portal)).isZero();
                assertThat(served(portal)).isEqualTo(CALLS + 2);
            }
        }
    }

    @Test
    void twoClientsWithLocalBucketsAreRefusedByThePortalYetTheirCallsSucceed() throws Exception {
        try (TestPortal portal = TestPortal.start(STANDARD_PLAN)) {
            RateLimiter first = RateLimiter.local(PlanLimits.STANDARD, InstantSource.system(), Sleeper.SYSTEM);
            RateLimiter second = RateLimiter.local(PlanLimits.STANDARD, InstantSource.system(), Sleeper.SYSTEM);

            int succeeded = callConcurrently(portal, first, second);

            assertThat(succeeded).isEqualTo(CALLS);
            assertThat(refusals(portal)).isPositive();
            assertThat(served(portal)).isEqualTo(CALLS + 2);
        }
    }

    /**
     * One warm-up call through each client, then half of the calls through each, all at once; answers
     * how many of those returned a deal.
     */
    private static int callConcurrently(TestPortal portal, RateLimiter first, RateLimiter second) throws Exception {
        try (Bitrix24Client a = client(portal, first); Bitrix24Client b = client(portal, second);
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            a.call("crm.deal.get", Params.of("id", 1));
            b.call("crm.deal.get", Params.of("id", 2));
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                Bitrix24Client client = i % 2 == 0 ? a : b;
                int id = i % 50 + 1;
                calls.add(threads.submit(() -> client.call("crm.deal.get", Params.of("id", id)).result().has("ID")));
            }
            int succeeded = 0;
            for (Future<Boolean> call : calls) {
                succeeded += call.get() ? 1 : 0;
            }
            return succeeded;
        }
    }

    private static Bitrix24Client client(TestPortal portal, RateLimiter limiter) {
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .plan(PlanLimits.STANDARD).rateLimiter(limiter).coalescing(Coalescing.OFF).build();
    }

    private static long refusals(TestPortal portal) {
        return log(portal).stream().filter(c -> c.status() == 503 && "QUERY_LIMIT_EXCEEDED".equals(c.error())).count();
    }

    private static long served(TestPortal portal) {
        return log(portal).stream().filter(RecordedCall::succeeded).count();
    }

    private static List<RecordedCall> log(TestPortal portal) {
        return portal.calls(0, Integer.MAX_VALUE);
    }
}
