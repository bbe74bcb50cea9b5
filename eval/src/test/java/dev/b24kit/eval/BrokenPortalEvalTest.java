package dev.b24kit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.SilentDrops;

/** The eval against a test portal put into broken states, each caught by the probe meant for it (run alone). */
class BrokenPortalEvalTest {

    private static final Pattern WRITE = Pattern.compile(".*\\.(add|update|delete|set|bind)$");

    private static EvalPortal portal;
    private static Bitrix24Client raw;
    private static MapResolution healthy;

    @BeforeAll
    static void start() {
        portal = new EvalPortal(true);
        raw = Bitrix24Client.builder(Credentials.webhook(portal.portal.webhookUrl().toString())).build();
        healthy = portal.run(c -> c.withProbes(Set.of(2))).resolution();
        portal.portal.reset();
    }

    @AfterEach
    void reset() {
        portal.portal.reset();
        portal.portal.events().delivery(EventDelivery.PROMPT);
    }

    @AfterAll
    static void stop() {
        raw.close();
        portal.close();
    }

    @Test
    void aDeletedMappedFieldFailsTheFieldMapProbeWhichNamesItRemoved() {
        raw.call("crm.deal.userfield.delete", Params.of("id", userFieldId("UF_CRM_BUDGET")));

        EvalReport report = portal.run(c -> c.withFieldMap(c.fieldMap(), healthy).withProbes(Set.of(2)));

        ProbeResult map = EvalPortal.probe(report, "field-map");
        assertThat(map.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(map.evidence()).anySatisfy(e -> assertThat(e).startsWith("BROKEN  deal.budget"))
                .anySatisfy(e -> assertThat(e).contains("drift: deal.budget: field UF_CRM_BUDGET ('Бюджет клиента') removed"));
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aRemovedEnumerationItemFailsTheFieldMapProbeWhichNamesTheItem() {
        String channel = healthy.entry("deal.channel").field();
        String partner = healthy.entry("deal.channel").values().get("partner");
        raw.call("crm.deal.userfield.update", Params.of("id", userFieldId(channel))
                .with("fields", java.util.Map.of("LIST", List.of(java.util.Map.of("ID", partner, "DEL", "Y")))));

        EvalReport report = portal.run(c -> c.withFieldMap(c.fieldMap(), healthy).withProbes(Set.of(2)));

        ProbeResult map = EvalPortal.probe(report, "field-map");
        assertThat(map.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(map.evidence()).anySatisfy(e -> assertThat(e).startsWith("BROKEN  deal.channel"))
                .anySatisfy(e -> assertThat(e).contains("item 'partner' (" + partner + ") removed from " + channel));
    }

    @Test
    void withSilentDropsSwitchedOffTheDropProbeReportsThePortalAsNotDropping() {
        portal.portal.limits().silentDrops(SilentDrops.STRICT);

        EvalReport report = portal.run(c -> c.withProbes(Set.of(3, 4)));

        ProbeResult drops = EvalPortal.probe(report, "silent-drops");
        assertThat(drops.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(drops.summary()).startsWith("the portal does not drop silently (0 of 3 writes dropped)")
                .contains("verified writes caught every one");
        assertThat(drops.evidence()).filteredOn(e -> e.contains("raw crm.deal.update")).allSatisfy(e -> assertThat(e).contains("refused ("));
        assertThat(EvalPortal.probe(report, "round-trip").status()).isEqualTo(ProbeStatus.PASS);
    }

    @Test
    void aFaultThatLeavesEveryCreatesOutcomeUnknownFailsTheIdempotencyProbe() {
        EvalReport report = Eval.run(portal.config().withProbes(Set.of(7)), new EvalProgress() {
            @Override
            public void started(int number, String title) {
                if (number == 7) {
                    // before the probe's own one-time fault: this rule is tried first and never runs out
                    portal.portal.faults().add(FaultRule.always(new Fault.DropAfterCommit(), "batch"));
                }
            }
        });

        ProbeResult idempotency = EvalPortal.probe(report, "idempotency");
        assertThat(idempotency.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(idempotency.summary()).startsWith("the create's outcome stayed unknown after 2 attempts");
        assertThat(idempotency.evidence()).filteredOn(e -> e.startsWith("attempt ")).hasSize(2)
                .allSatisfy(e -> assertThat(e).contains("unknown"));
    }

    @Test
    void eventsLostWithNoIntakeFailTheEventsProbe() {
        portal.portal.events().delivery(EventDelivery.PROMPT.withLoss(1));

        EvalReport report = portal.run(c -> c.withEvents(new EventWatch.Feed(Duration.ofSeconds(2))).withProbes(Set.of(8)));

        ProbeResult events = EvalPortal.probe(report, "events");
        assertThat(events.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(events.summary()).contains("did not reach the feed within 2.0 s");
    }

    @Test
    void eventsLostOnTheWayToTheEvalsIntakeAreFoundByReconcile() {
        portal.portal.events().delivery(EventDelivery.PROMPT.withLoss(1));

        EvalReport report = portal.run(c -> c.withEvents(new EventWatch.Automatic(Duration.ofSeconds(2))).withProbes(Set.of(8)));

        ProbeResult events = EvalPortal.probe(report, "events");
        assertThat(events.status()).as(events.evidence().toString()).isEqualTo(ProbeStatus.PASS);
        assertThat(events.summary()).contains("by reconcile");
        assertThat(events.evidence()).anySatisfy(e -> assertThat(e).contains("LOST"));
    }

    @Test
    void aReadOnlyRunSkipsEveryProbeThatWritesAndWritesNothing() {
        long before = lastCall();

        EvalReport report = portal.run(c -> c.withReadOnly(true));

        assertThat(report.probes()).filteredOn(p -> List.of("silent-drops", "round-trip", "idempotency", "events")
                .contains(p.id())).allSatisfy(p -> {
                    assertThat(p.status()).isEqualTo(ProbeStatus.SKIPPED);
                    assertThat(p.summary()).startsWith("read-only run: ").endsWith("nothing was written");
                });
        assertThat(report.passed()).isTrue();
        assertThat(portal.portal.calls(before, Integer.MAX_VALUE)).extracting(RecordedCall::method)
                .isNotEmpty().noneMatch(m -> WRITE.matcher(m).matches());
        assertThat(portal.portal.faults().scheduled()).isEmpty();
    }

    @Test
    void aPortalThatCannotBeReachedFailsTheConnectionProbeAndTheOthersAreNotRunAgainstIt() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        EvalReport report = Eval.run(EvalConfig.of("http://127.0.0.1:" + closed + "/rest/1/unreachableSecret1/", portal.store,
                "http://127.0.0.1:" + closed), EvalProgress.NONE);

        assertThat(EvalPortal.probe(report, "connection").status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(report.probes()).filteredOn(p -> p.number() > 1).isNotEmpty().allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(ProbeStatus.SKIPPED);
            assertThat(p.summary()).isEqualTo("not run: the connection probe could not reach the portal (PortalUnavailable)");
        });
        assertThat(report.passed()).isFalse();
        assertThat(report.probes().toString()).doesNotContain("unreachableSecret1");
    }

    private static long lastCall() {
        List<RecordedCall> calls = portal.portal.calls(0, Integer.MAX_VALUE);
        return calls.isEmpty() ? 0 : calls.getLast().sequence();
    }

    private static long userFieldId(String code) {
        for (JsonNode field : raw.call("crm.deal.userfield.list", Params.empty()).result()) {
            if (field.path("FIELD_NAME").asString().equals(code)) {
                return field.path("ID").asLong();
            }
        }
        throw new AssertionError("no deal user field " + code);
    }
}
