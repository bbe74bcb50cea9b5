package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.store.journal.JournalState;

/** Updates are written, read back and compared; each receipt here is caused by the portal's real behaviour. */
class VerifiedUpdatesTest {

    /** More writes than share one request with their reads: the reads go in a request after the writes. */
    private static final int MORE_THAN_SHARE_A_REQUEST = 30;
    private static final AtomicBoolean interfere = new AtomicBoolean();
    private static final List<Runnable> afterNextBatch = new ArrayList<>();
    private static WritesPortal portal;
    private static Writes writes;

    @BeforeAll
    static void start() {
        portal = WritesPortal.start(VerifiedUpdatesTest::onEvent);
        writes = portal.writes();
        portal.catalog.entities();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** Runs what a test queued once the next batch request has come back: a concurrent writer. */
    private static void onEvent(ClientEvent event) {
        if (event instanceof ClientEvent.CallEnded ended && ended.method().equals("batch") && interfere.getAndSet(false)) {
            afterNextBatch.forEach(Runnable::run);
            afterNextBatch.clear();
        }
    }

    @Test
    void anUpdateThePortalHoldsIsConfirmedInOneRequest() {
        long deal = portal.dealIn(1);
        long before = portal.requests();

        Receipt receipt = writes.apply(Change.update("deal", deal, Map.of(
                "TITLE", "Renewal 2026", "Стадия сделки", "В работе", "Client budget", "250 000 usd",
                "Sales channel", "Тендер")).inPipeline(1));

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> {
            assertThat(c.recordId()).isEqualTo(deal);
            assertThat(c.fields()).contains("TITLE", "STAGE_ID", "UF_CRM_BUDGET", "UF_CRM_1721244482270");
            assertThat(c.adopted()).isFalse();
        });
        assertThat(portal.requests() - before).as("write and read-back share one batch").isEqualTo(1);
        assertThat(portal.store.journal().find(receipt.journalId()).orElseThrow().state()).isEqualTo(JournalState.CONFIRMED);
    }

    @Test
    void aStageOfAnotherPipelineIsDroppedByThePortalAndReportedAsDrift() {
        long deal = portal.dealIn(1);
        String stage = portal.deal(deal).get("STAGE_ID").asString();

        Receipt receipt = writes.update("deal", deal, Map.of("STAGE_ID", "C2:WON"));

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Drifted.class, d -> {
            assertThat(d.diffs()).singleElement().satisfies(diff -> {
                assertThat(diff.field()).isEqualTo("STAGE_ID");
                assertThat(diff.expected()).isEqualTo("C2:WON");
                assertThat(diff.actual()).isEqualTo(stage);
                assertThat(diff.expectedText()).isNotEqualTo("C2:WON").isNotBlank();
            });
        });
        assertThat(portal.store.journal().find(receipt.journalId()).orElseThrow().state()).isEqualTo(JournalState.DRIFTED);
    }

    @Test
    void anEnumItemDeletedSinceTheCatalogLoadedIsDroppedByThePortalAndReportedAsDrift() {
        long deal = portal.dealIn(1);
        writes.update("deal", deal, Map.of("Sales channel", "Онлайн"));
        long fieldId = portal.call("crm.deal.userfield.list", Map.of("filter", Map.of("FIELD_NAME", "UF_CRM_1721244482270")))
                .get(0).get("ID").asLong();
        long partner = portal.catalog.field(portal.catalog.entity("deal"), "Sales channel").items().stream()
                .filter(i -> i.value().equals("Партнёр")).findFirst().orElseThrow().id();
        portal.call("crm.deal.userfield.update", Map.of("id", fieldId,
                "fields", Map.of("LIST", List.of(Map.of("ID", partner, "DEL", "Y")))));

        Receipt receipt = writes.update("deal", deal, Map.of("Sales channel", "Партнёр"));

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Drifted.class, d -> assertThat(d.diffs()).singleElement()
                .satisfies(diff -> {
                    assertThat(diff.expectedText()).isEqualTo("Партнёр");
                    assertThat(diff.actualText()).isEqualTo("Онлайн");
                }));
    }

    @Test
    void aFieldAConcurrentWriterChangesBetweenTheWriteAndTheReadBackIsReportedAsDrift() {
        List<Long> deals = new ArrayList<>();
        portal.call("crm.deal.list", Map.of("select", List.of("ID"))).forEach(row -> deals.add(row.get("ID").asLong()));
        List<Change> changes = deals.subList(0, MORE_THAN_SHARE_A_REQUEST).stream()
                .map(id -> Change.update("deal", id, Map.of("TITLE", "Bulk " + id))).toList();
        long first = deals.get(0);
        afterNextBatch.add(() -> portal.call("crm.deal.update", Map.of("id", first, "fields", Map.of("TITLE", "Someone else"))));
        interfere.set(true);

        List<Receipt> receipts = writes.applyAll(changes);

        assertThat(receipts.get(0)).isInstanceOfSatisfying(Receipt.Drifted.class, d -> assertThat(d.diffs()).singleElement()
                .satisfies(diff -> {
                    assertThat(diff.expected()).isEqualTo("Bulk " + first);
                    assertThat(diff.actual()).isEqualTo("Someone else");
                }));
        assertThat(receipts.subList(1, receipts.size())).allSatisfy(r -> assertThat(r).isInstanceOf(Receipt.Confirmed.class));
    }

    @Test
    void manyUpdatesShareBatchRequestsWithOneReceiptEach() {
        List<Change> changes = new ArrayList<>();
        portal.call("crm.deal.list", Map.of("select", List.of("ID"))).forEach(row -> {
            if (changes.size() < 10) {
                changes.add(Change.update("deal", row.get("ID").asLong(), Map.of("Client budget", "1000 RUB")));
            }
        });
        long before = portal.requests();

        List<Receipt> receipts = writes.applyAll(changes);

        assertThat(receipts).hasSize(10).allSatisfy(r -> assertThat(r).isInstanceOf(Receipt.Confirmed.class));
        assertThat(portal.requests() - before).isEqualTo(1);
    }
}
