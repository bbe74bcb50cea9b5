package dev.b24kit.client.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.testportal.VirtualClock;

class RedisRateLimiterTest {

    /** The standard plan's burst of 50, less the margin of 2. */
    private static final int CAPACITY = PlanLimits.STANDARD.burst() - LocalRateLimiter.MARGIN;
    /** The standard plan drains 2 per second. */
    private static final Duration ONE_TOKEN = Duration.ofMillis(500);

    private final VirtualClock clock = VirtualClock.startingAtDefault();
    private final List<Duration> parked = new CopyOnWriteArrayList<>();
    /** Parks by moving the virtual clock, so refills happen without real waiting. */
    private final Sleeper sleeper = duration -> {
        parked.add(duration);
        clock.advance(duration);
    };
    /** A portal of its own per test, so no bucket left in Redis by another test or run is shared. */
    private final String portal = "https://" + UUID.randomUUID() + ".bitrix24.test";

    @Test
    void acquiresWithoutWaitingWhileTheBucketHoldsTokens() throws InterruptedException {
        try (RedisRateLimiter limiter = connect(TestRedis.uri())) {
            for (int i = 0; i < CAPACITY; i++) {
                assertThat(limiter.acquire()).isZero();
            }
            assertThat(parked).isEmpty();
        }
    }

    @Test
    void aSecondLimiterOnTheSamePortalWaitsForTheTokensTheFirstTook() throws InterruptedException {
        String redis = TestRedis.uri();
        try (RedisRateLimiter first = connect(redis); RedisRateLimiter second = connect(redis)) {
            for (int i = 0; i < CAPACITY; i++) {
                first.acquire();
            }
            assertThat(second.acquire()).isGreaterThanOrEqualTo(ONE_TOKEN);
            assertThat(parked).containsExactly(ONE_TOKEN);
        }
    }

    @Test
    void saturateMakesTheNextAcquireWaitForATokenToDrain() throws InterruptedException {
        try (RedisRateLimiter limiter = connect(TestRedis.uri())) {
            assertThat(limiter.acquire()).isZero();

            limiter.saturate();

            assertThat(limiter.acquire()).isGreaterThanOrEqualTo(ONE_TOKEN);
            assertThat(parked).containsExactly(ONE_TOKEN);
        }
    }

    @Test
    void waitersAreServedInTheOrderTheyAskedAcrossLimiters() throws InterruptedException {
        String redis = TestRedis.uri();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        Sleeper standingClock = waits::add; // the clock does not move: each waiter reserves the next slot
        try (RedisRateLimiter first = RedisRateLimiter.connect(redis, portal, PlanLimits.STANDARD, clock, standingClock);
             RedisRateLimiter second = RedisRateLimiter.connect(redis, portal, PlanLimits.STANDARD, clock, standingClock)) {
            first.saturate();
            first.acquire();
            second.acquire();
            first.acquire();

            assertThat(waits).containsExactly(ONE_TOKEN, ONE_TOKEN.multipliedBy(2), ONE_TOKEN.multipliedBy(3));
        }
    }

    @Test
    void failsTheAcquireNamingRedisWhenRedisGoesAwayInsteadOfFallingBack() throws Exception {
        try (RedisRelay relay = new RedisRelay(TestRedis.uri());
             RedisRateLimiter limiter = connect(relay.uri())) {
            assertThat(limiter.acquire()).isZero();

            relay.close();

            assertThatThrownBy(limiter::acquire)
                    .isInstanceOf(SharedBucketUnavailable.class)
                    .hasMessageContaining(relay.address())
                    .hasMessageContaining(portal)
                    .hasMessageContaining("no request was sent");
        }
    }

    @Test
    void refusesToConnectNamingRedisWithoutItsPassword() throws IOException {
        int closed = closedPort();
        assertThatThrownBy(() -> connect("redis://user:hunter2@127.0.0.1:" + closed))
                .isInstanceOf(SharedBucketUnavailable.class)
                .hasMessageContaining("redis://127.0.0.1:" + closed)
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(e.getCause()).hasMessageNotContaining("hunter2"));
    }

    @Test
    void refusesAUriThatIsNotRedisWithoutEchoingItsPassword() {
        assertThatThrownBy(() -> connect("http://user:hunter2@127.0.0.1:1/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hunter2");
    }

    private RedisRateLimiter connect(String redis) {
        return RedisRateLimiter.connect(redis, portal, PlanLimits.STANDARD, clock, sleeper);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
