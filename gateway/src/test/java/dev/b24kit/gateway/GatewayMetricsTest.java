package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.store.Store;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The feed lag on /metrics. Found by the agent day (bench): with agents writing all day the inbox was never empty,
 * so "how long the inbox has not been empty" grew to minutes while every change reached the feed within seconds.
 */
class GatewayMetricsTest {

    private final TestStores stores = new TestStores();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-15T06:00:00Z"));
    private final InstantSource clock = () -> now.get();

    @AfterEach
    void drop() {
        stores.dropAll();
    }

    @Test
    void theFeedLagIsTheAgeOfTheLongestWaitingRecordNotHowLongTheInboxHasBeenBusy() {
        try (Store store = Store.open(stores.fresh())) {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            GatewayMetrics metrics = new GatewayMetrics(registry, store, "https://example.bitrix24.ru", clock);
            Instant start = now.get();
            for (int second = 0; second < 600; second++) {      // ten busy minutes, each signal handled within 2 s
                now.set(start.plusSeconds(second + 2));
                metrics.inbox(3, start.plusSeconds(second));
            }

            assertThat(metrics.feedLag()).isEqualTo(Duration.ofSeconds(2));
            assertThat(registry.scrape()).contains("b24kit_gateway_feed_lag_seconds 2.0");

            now.set(now.get().plusSeconds(90));                  // tracking stalls: the oldest record waits on
            assertThat(metrics.feedLag()).isEqualTo(Duration.ofSeconds(92));
            metrics.inbox(0, null);
            assertThat(metrics.feedLag()).isZero();
        }
    }
}
