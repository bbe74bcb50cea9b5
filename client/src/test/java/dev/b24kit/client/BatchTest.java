package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.client.batch.Reference;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class BatchTest {

    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = PortalFixture.start(PortalConfig.fast().withData(500, 30, 10, 20));
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
    void everyCommandHasItsOwnOutcomeAndReferencesChain() {
        try (Bitrix24Client client = PortalFixture.client(portal).build()) {
            BatchResult result = client.batch(Batch.builder()
                    .add("deal", "crm.deal.get", Params.of("id", 3))
                    .add("company", "crm.company.get", Params.of("id", Reference.result("deal", "COMPANY_ID")))
                    .add("missing", "crm.deal.get", Params.of("id", 999_999))
                    .add("list", "crm.deal.list", Params.of("start", 0).with("select", List.of("ID")))
                    .build());
            String companyId = result.result("deal").result().get("COMPANY_ID").asString();
            assertThat(result.result("company").result().get("ID").asString()).isEqualTo(companyId);
            assertThat(result.outcome("missing")).isInstanceOfSatisfying(CommandOutcome.Failed.class,
                    f -> assertThat(f.description()).containsIgnoringCase("not found"));
            assertThat(result.result("list").total()).hasValue(500);
            assertThat(result.allSucceeded()).isFalse();
            assertThatThrownBy(() -> result.result("missing")).isInstanceOf(RequestRejected.class);
        }
        assertThat(portal.calls(0, Integer.MAX_VALUE).stream().filter(c -> c.method().equals("batch"))).hasSize(1);
    }

    @Test
    void requestParametersGoWithEveryBatchRequestAndCannotReplaceTheBatchsOwn() {
        Batch.Builder builder = Batch.builder().requestParam("auth_connector", "b24kit");
        for (int i = 1; i <= 60; i++) {
            builder.add("g" + i, "crm.deal.get", Params.of("id", i));
        }
        try (Bitrix24Client client = PortalFixture.client(portal).build()) {
            assertThat(client.batch(builder.build()).allSucceeded()).isTrue();
        }

        assertThat(portal.calls(0, Integer.MAX_VALUE).stream().filter(c -> c.method().equals("batch")))
                .hasSize(2).allSatisfy(c -> assertThat(c.params()).containsEntry("auth_connector", "b24kit"));
        assertThatThrownBy(() -> Batch.builder().requestParam("halt", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'halt'");
        assertThatThrownBy(() -> Batch.builder().requestParam("cmd[x]", "crm.deal.get"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void haltStopsAtTheFirstFailureAndReportsTheRestAsNotRun() {
        try (Bitrix24Client client = PortalFixture.client(portal).build()) {
            BatchResult result = client.batch(Batch.builder().halt(true)
                    .add("a", "crm.deal.get", Params.of("id", 1))
                    .add("b", "crm.deal.get", Params.of("id", 0))
                    .add("c", "crm.deal.get", Params.of("id", 2))
                    .build());
            assertThat(result.outcome("a")).isInstanceOf(CommandOutcome.Succeeded.class);
            assertThat(result.outcome("b")).isInstanceOf(CommandOutcome.Failed.class);
            assertThat(result.outcome("c")).isInstanceOf(CommandOutcome.NotRun.class);
        }
    }

    @Test
    void moreThanFiftyCommandsGoInSeveralRequests() {
        Batch.Builder batch = Batch.builder();
        for (int i = 1; i <= 120; i++) {
            batch.add("crm.deal.get", Params.of("id", i));
        }
        try (Bitrix24Client client = PortalFixture.client(portal).build()) {
            BatchResult result = client.batch(batch.build());
            assertThat(result.outcomes()).hasSize(120);
            assertThat(result.allSucceeded()).isTrue();
            assertThat(result.result("119").result().get("ID").asString()).isEqualTo("120");
        }
        assertThat(portal.calls(0, Integer.MAX_VALUE).stream().filter(c -> c.method().equals("batch"))).hasSize(3);
    }

    @Test
    void refusesReferencesAcrossRequestsAndDuplicateKeys() {
        Batch.Builder batch = Batch.builder();
        for (int i = 0; i < 50; i++) {
            batch.add("k" + i, "crm.deal.get", Params.of("id", i + 1));
        }
        assertThatThrownBy(() -> batch.add("late", "crm.deal.get", Params.of("id", Reference.result("k0", "ID"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("earlier request");
        assertThatThrownBy(() -> batch.add("k1", "crm.deal.get", Params.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> Batch.builder().add("x", "batch", Params.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nesting");
    }

    @Test
    void concurrentSingleReadsArePackedIntoBatchesAndEachCallerGetsItsOwnAnswer() throws Exception {
        List<ClientEvent> events = new CopyOnWriteArrayList<>();
        Map<Integer, String> seen = new ConcurrentHashMap<>();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (Bitrix24Client client = PortalFixture.client(portal).listener(events::add).build()) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                int id = i;
                threads.add(Thread.ofVirtual().start(() -> {
                    try {
                        seen.put(id, client.call("crm.deal.get", Params.of("id", id)).result().get("ID").asString());
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }));
            }
            Thread missing = Thread.ofVirtual().start(() -> {
                try {
                    client.call("crm.deal.get", Params.of("id", 777_777));
                } catch (RequestRejected e) {
                    errors.add(e);
                }
            });
            for (Thread t : threads) {
                t.join();
            }
            missing.join();
        }
        assertThat(seen).hasSize(200);
        seen.forEach((id, dealId) -> assertThat(dealId).isEqualTo(id.toString()));
        assertThat(errors).singleElement().isInstanceOfSatisfying(RequestRejected.class, e -> assertThat(e.isNotFound()).isTrue());
        long batches = portal.calls(0, Integer.MAX_VALUE).stream().filter(c -> c.method().equals("batch")).count();
        assertThat(batches).isLessThan(201 / 2);
        assertThat(portal.calls(0, Integer.MAX_VALUE)).noneMatch(c -> c.method().equals("crm.deal.get") && c.batchOf() == 0);
        assertThat(events).anyMatch(e -> e instanceof ClientEvent.BatchSent b && b.coalesced() && b.commands() > 1);
    }

    @Test
    void aReadAfterCloseFailsInsteadOfWaiting() {
        Bitrix24Client client = PortalFixture.client(portal).build();
        client.close();
        assertThatThrownBy(() -> client.call("crm.deal.get", Params.of("id", 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void writesAreNotPackedUnlessAsked() {
        try (Bitrix24Client client = PortalFixture.client(portal).build()) {
            client.call("crm.deal.update", Params.of("id", 1).with("fields", Map.of("TITLE", "Alone")));
        }
        assertThat(portal.calls(0, Integer.MAX_VALUE)).anyMatch(c -> c.method().equals("crm.deal.update") && c.batchOf() == 0);
    }
}
