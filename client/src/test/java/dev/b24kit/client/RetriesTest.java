package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class RetriesTest {

    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = PortalFixture.start(PortalConfig.fast());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @BeforeEach
    void reset() {
        portal.reset();
    }

    @Test
    void absorbsQueryLimitExceededWithoutCountingAnAttempt() {
        portal.faults().add(FaultRule.times(3, new Fault.QueryLimitExceeded(), "crm.deal.get"));
        try (Bitrix24Client client = PortalFixture.client(portal).coalescing(Coalescing.OFF)
                .retry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .build()) {
            assertThat(client.call("crm.deal.get", Params.of("id", 1)).result().get("ID").asString()).isEqualTo("1");
        }
        assertThat(PortalFixture.count(portal, "crm.deal.get", 503)).isEqualTo(3);
        assertThat(PortalFixture.count(portal, "crm.deal.get", 200)).isEqualTo(1);
    }

    @Test
    void retriesHtmlServerErrorsForReads() {
        portal.faults().add(FaultRule.times(1, new Fault.ServerError(500), "crm.deal.get"));
        portal.faults().add(FaultRule.times(1, new Fault.ServerError(502), "crm.deal.get"));
        PortalFixture.RecordingSleeper sleeper = new PortalFixture.RecordingSleeper();
        try (Bitrix24Client client = PortalFixture.quickClient(portal, sleeper).coalescing(Coalescing.OFF).build()) {
            assertThat(client.call("crm.deal.get", Params.of("id", 2)).result().get("ID").asString()).isEqualTo("2");
        }
        assertThat(PortalFixture.count(portal, "crm.deal.get", 200)).isEqualTo(1);
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    void retriesOverloadForReadsWithBackoffWithinTheCeiling() {
        portal.faults().add(FaultRule.times(3, new Fault.OverloadLimit(), "crm.deal.list"));
        PortalFixture.RecordingSleeper sleeper = new PortalFixture.RecordingSleeper();
        try (Bitrix24Client client = PortalFixture.quickClient(portal, sleeper).coalescing(Coalescing.OFF).build()) {
            client.call("crm.deal.list", Params.of("start", -1));
        }
        assertThat(sleeper.waits).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(sleeper.waits.get(i)).isLessThanOrEqualTo(RetryPolicy.DEFAULT.ceiling(i + 1));
        }
    }

    @Test
    void aCreateDroppedAfterCommitIsAnUnknownOutcomeAndIsNotRepeated() {
        portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "crm.deal.add"));
        PortalFixture.RecordingSleeper sleeper = new PortalFixture.RecordingSleeper();
        Params fields = Params.of("fields", java.util.Map.of("TITLE", "Unknown outcome"));
        try (Bitrix24Client client = PortalFixture.quickClient(portal, sleeper).build()) {
            assertThatThrownBy(() -> client.call("crm.deal.add", fields))
                    .isInstanceOfSatisfying(OutcomeUnknown.class, e -> {
                        assertThat(e.method()).isEqualTo("crm.deal.add");
                        assertThat(e.params()).isEqualTo(fields);
                        assertThat(e.attempt()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("not repeated");
                    });
        }
        assertThat(PortalFixture.calls(portal).stream().filter(c -> c.method().equals("crm.deal.add"))).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void anAppendingUpdateIsNotRepeatedButAnAbsoluteOneIs() {
        portal.faults().add(FaultRule.times(2, new Fault.ServerError(500), "crm.contact.update"));
        PortalFixture.RecordingSleeper sleeper = new PortalFixture.RecordingSleeper();
        try (Bitrix24Client client = PortalFixture.quickClient(portal, sleeper).build()) {
            Params append = Params.of("id", 1).with("fields", java.util.Map.of("PHONE",
                    java.util.List.of(java.util.Map.of("VALUE", "+100", "VALUE_TYPE", "WORK"))));
            assertThatThrownBy(() -> client.call("crm.contact.update", append)).isInstanceOf(OutcomeUnknown.class);
            Params absolute = Params.of("id", 1).with("fields", java.util.Map.of("NAME", "Ann"));
            assertThat(client.call("crm.contact.update", absolute).result().asBoolean()).isTrue();
        }
        assertThat(PortalFixture.count(portal, "crm.contact.update", 500)).isEqualTo(2);
    }

    @Test
    void aCreateRefusedByOverloadDidNotRunAndSaysSo() {
        portal.faults().add(FaultRule.times(1, new Fault.OverloadLimit(), "crm.deal.add"));
        try (Bitrix24Client client = PortalFixture.quickClient(portal, new PortalFixture.RecordingSleeper()).build()) {
            assertThatThrownBy(() -> client.call("crm.deal.add", Params.of("fields", java.util.Map.of("TITLE", "x"))))
                    .isInstanceOfSatisfying(PortalUnavailable.class, e -> {
                        assertThat(e.error()).isEqualTo("OVERLOAD_LIMIT");
                        assertThat(e.getMessage()).contains("did not run");
                    });
        }
    }

    @Test
    void givesUpOnReadsAfterTheAttemptCeiling() {
        portal.faults().add(FaultRule.always(new Fault.ServerError(502), "crm.deal.get"));
        try (Bitrix24Client client = PortalFixture.quickClient(portal, new PortalFixture.RecordingSleeper())
                .coalescing(Coalescing.OFF).build()) {
            assertThatThrownBy(() -> client.call("crm.deal.get", Params.of("id", 1)))
                    .isInstanceOfSatisfying(PortalUnavailable.class, e -> {
                        assertThat(e.attempts()).isEqualTo(RetryPolicy.DEFAULT.maxAttempts());
                        assertThat(e.httpStatus()).isEqualTo(502);
                    });
        }
        assertThat(PortalFixture.count(portal, "crm.deal.get", 502)).isEqualTo(RetryPolicy.DEFAULT.maxAttempts());
    }

    @Test
    void aPackedReadWhoseBatchFailsReportsItsOwnMethod() {
        portal.faults().add(FaultRule.always(new Fault.ServerError(502), "batch"));
        try (Bitrix24Client client = PortalFixture.quickClient(portal, new PortalFixture.RecordingSleeper()).build()) {
            assertThatThrownBy(() -> client.call("crm.deal.get", Params.of("id", 1)))
                    .isInstanceOfSatisfying(PortalUnavailable.class, e -> {
                        assertThat(e.method()).isEqualTo("crm.deal.get");
                        assertThat(e.getMessage()).contains("sent in a batch");
                    });
        }
    }

    @Test
    void otherRefusalsFailFastWithTheirMeaning() {
        try (Bitrix24Client client = PortalFixture.quickClient(portal, new PortalFixture.RecordingSleeper())
                .coalescing(Coalescing.OFF).build()) {
            assertThatThrownBy(() -> client.call("crm.deal.get", Params.of("id", 999_999)))
                    .isInstanceOfSatisfying(RequestRejected.class, e -> {
                        assertThat(e.error()).isEmpty();
                        assertThat(e.isNotFound()).isTrue();
                        assertThat(e.httpStatus()).isEqualTo(400);
                    });
            assertThatThrownBy(() -> client.call("crm.nothing.here", Params.empty()))
                    .isInstanceOfSatisfying(RequestRejected.class,
                            e -> assertThat(e.error()).isEqualTo("ERROR_METHOD_NOT_FOUND"));
        }
        assertThat(PortalFixture.count(portal, "crm.deal.get", 400)).isEqualTo(1);
    }

    @Test
    void aWrongSecretIsAnAuthenticationFailure() {
        String bad = portal.webhookUrl().toString().replaceAll("/rest/1/[^/]+/", "/rest/1/wrongsecret0/");
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(bad)).coalescing(Coalescing.OFF).build()) {
            assertThatThrownBy(() -> client.call("crm.deal.get", Params.of("id", 1)))
                    .isInstanceOfSatisfying(AuthenticationFailed.class, e -> {
                        assertThat(e.error()).isEqualTo("INVALID_CREDENTIALS");
                        assertThat(e.getMessage()).doesNotContain("wrongsecret0");
                    });
        }
    }
}
