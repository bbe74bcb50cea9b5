package dev.b24kit.client.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.InstantSource;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.RequestRejected;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class MicrometerListenerTest {

    private static final String SECRET = "MetricsNeverShowThis42";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TestPortal portal = TestPortal.start(PortalConfig.fast().withSecret(SECRET));
    private final Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
            .listener(MicrometerListener.recordingInto(registry))
            .rateLimiter(RateLimiter.local(PlanLimits.STANDARD, InstantSource.system(), Sleeper.SYSTEM))
            .coalescing(Coalescing.OFF)
            .build();

    @AfterEach
    void close() {
        client.close();
        portal.close();
    }

    @Test
    void timesEachCallByMethodAndOutcome() {
        client.call("crm.deal.get", Params.of("id", 1));
        client.call("crm.deal.get", Params.of("id", 2));

        assertThat(registry.get("b24kit.client.calls").tags("method", "crm.deal.get", "outcome", "ok").timer().count())
                .isEqualTo(2);
    }

    @Test
    void recordsARefusedCallUnderThePortalsErrorCode() {
        assertThatThrownBy(() -> client.call("crm.deal.nothing", Params.empty()))
                .isInstanceOf(RequestRejected.class);

        assertThat(registry.get("b24kit.client.calls").tags("method", "crm.deal.nothing",
                "outcome", "ERROR_METHOD_NOT_FOUND").timer().count()).isEqualTo(1);
    }

    @Test
    void countsQueryLimitRefusalsAsRetriesAndTheWaitAsBucketThrottling() {
        portal.limits().plan(Plan.parse("custom:2/2"));

        for (int id = 1; id <= 3; id++) {
            client.call("crm.deal.get", Params.of("id", id));
        }

        assertThat(registry.get("b24kit.client.retries").tags("method", "crm.deal.get", "reason", "QUERY_LIMIT_EXCEEDED")
                .counter().count()).isPositive();
        assertThat(registry.get("b24kit.client.calls").tags("outcome", "QUERY_LIMIT_EXCEEDED").timer().count())
                .isPositive();
        assertThat(registry.get("b24kit.client.throttle").tags("reason", "bucket").timer().count()).isPositive();
    }

    @Test
    void countsBatchCommandsPagesAndRows() {
        client.batch(Batch.builder().add("crm.deal.get", Params.of("id", 1)).add("crm.deal.get", Params.of("id", 2))
                .build());
        long rows;
        try (Stream<JsonNode> deals = client.list("crm.deal.list", ListQuery.builder().select("ID").build())) {
            rows = deals.count();
        }

        assertThat(registry.get("b24kit.client.batch.commands").tags("coalesced", "false").summary().max())
                .isGreaterThanOrEqualTo(2);
        assertThat(registry.get("b24kit.client.pages").tags("method", "crm.deal.list").counter().count()).isPositive();
        assertThat(registry.get("b24kit.client.rows").tags("method", "crm.deal.list").counter().count())
                .isEqualTo(rows);
    }

    @Test
    void tagsNeverCarryTheWebhookSecret() {
        client.call("crm.deal.get", Params.of("id", 1));
        assertThatThrownBy(() -> client.call("crm.deal.get", Params.of("id", 999_999)));
        try (Stream<JsonNode> deals = client.list("crm.deal.list", ListQuery.ALL)) {
            deals.count();
        }

        assertThat(registry.getMeters()).isNotEmpty();
        assertThat(registry.getMeters().stream().flatMap(m -> m.getId().getTags().stream()).map(Tag::getValue))
                .noneMatch(value -> value.contains(SECRET) || value.contains("/rest/"));
    }

    @Test
    void turnsCallEndingsIntoAFewFixedOutcomeValues() {
        assertThat(MicrometerListener.outcome(null)).isEqualTo("ok");
        assertThat(MicrometerListener.outcome("HTTP 502")).isEqualTo("http_502");
        assertThat(MicrometerListener.outcome("no answer")).isEqualTo("no_answer");
        assertThat(MicrometerListener.outcome("(empty)")).isEqualTo("other");
    }
}
