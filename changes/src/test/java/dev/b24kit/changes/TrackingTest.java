package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.MirrorRecord;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalEvents;

/**
 * Webhooks through the intake, the refetcher and the reconciler against the test portal with its
 * delivery quirks on, on a virtual clock: whatever the events do, the mirror equals the portal after
 * one reconcile pass and nothing is recorded twice.
 */
class TrackingTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final List<String> EVENTS = List.of("ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE");
    private Store store;
    private EventIntake intake;
    private Bitrix24Client client;
    private ChangeTracker tracker;
    private Deals deals;

    private String origin() {
        return portal.portal().baseUrl().toString().replaceAll("/+$", "");
    }

    private void start(Backend backend) {
        int port = Deals.freePort();
        PortalEvents.OutgoingWebhook webhook = portal.events().addOutgoingWebhook(
                URI.create("http://127.0.0.1:" + port + "/events"), EVENTS);
        store = Store.open(stores.fresh(backend));
        intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", port), origin(),
                webhook.applicationToken()), store.changes().inbox());
        client = Deals.client(portal);
        tracker = ChangeTracker.create(store, client, FieldCatalog.of(client), TrackerConfig.of(origin(), List.of("deal"), "test"));
        deals = new Deals(portal);
    }

    @AfterEach
    void stop() {
        intake.close();
        client.close();
        store.close();
    }

    private Map<Long, JsonNode> portalDeals() {
        Map<Long, JsonNode> all = new HashMap<>();
        try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("*", "UF_*").build())) {
            rows.forEach(r -> all.put(r.get("ID").asLong(), r));
        }
        return all;
    }

    private Map<Long, JsonNode> mirror() {
        Map<Long, JsonNode> all = new HashMap<>();
        for (MirrorRecord r : store.changes().mirror().list(origin(), "deal", 0, 1_000_000)) {
            all.put(r.recordId(), JsonMapper.builder().build().readTree(r.fields()));
        }
        return all;
    }

    private List<FeedEntry> feed() {
        return store.changes().feed().after(0, 1_000_000);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void afterOneReconcilePassTheMirrorEqualsThePortalDespiteLostDuplicatedAndReorderedEvents(Backend backend) {
        start(backend);
        List<Long> ids = deals.create(60);
        tracker.reconcileIfLeader();
        assertThat(mirror()).as("the initial load").isEqualTo(portalDeals());
        assertThat(feed()).as("the initial load is not a change").isEmpty();
        portal.events().delivery(EventDelivery.CLOUD.withLoss(0.3).withDuplicates(0.3).withReorder(true));

        deals.rename(ids, "First");
        deals.rename(ids.subList(0, 30), "Second");
        List<Long> created = deals.create(5);
        ids.subList(50, 60).forEach(deals::delete);
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();
        int fromWebhooks = feed().size();
        portal.advance(Duration.ofMinutes(5));
        tracker.reconcileIfLeader();

        assertThat(mirror()).isEqualTo(portalDeals());
        assertThat(fromWebhooks).as("the webhooks that arrived were recorded").isPositive();
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.CREATED).extracting(FeedEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.DELETED).extracting(FeedEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(ids.subList(50, 60));
        Map<Long, List<String>> statesPerRecord = new HashMap<>();
        feed().forEach(e -> statesPerRecord.computeIfAbsent(e.recordId(), k -> new ArrayList<>()).add(e.changes()));
        statesPerRecord.values().forEach(changes -> assertThat(changes).as("nothing recorded twice").doesNotHaveDuplicates());
        assertThat(feed()).allSatisfy(e -> assertThat(e.changes()).isNotEqualTo("[]"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void deletesWhoseEventsWereLostAreFoundByTheSweep(Backend backend) {
        start(backend);
        tracker.reconcileIfLeader();
        portal.events().delivery(EventDelivery.PROMPT.withLoss(1));
        List<Long> ids = new ArrayList<>(portalDeals().keySet()).stream().sorted().limit(3).toList();

        ids.forEach(deals::delete);
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();
        assertThat(feed()).as("every event was lost").isEmpty();
        List<FeedEntry> swept = tracker.reconciler().sweep("deal");

        assertThat(swept).extracting(FeedEntry::recordId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(swept).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ChangeKind.DELETED);
            assertThat(e.source()).isEqualTo(ChangeSource.SWEEP);
        });
        assertThat(mirror()).isEqualTo(portalDeals());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aWebhookForARecordThatDidNotChangeAddsNothingToTheFeed(Backend backend) {
        start(backend);
        tracker.reconcileIfLeader();
        long id = portalDeals().keySet().stream().sorted().findFirst().orElseThrow();
        portal.events().delivery(EventDelivery.PROMPT.withDuplicates(1));

        deals.rename(List.of(id), "Once");
        portal.advance(Duration.ofMinutes(1));
        List<FeedEntry> first = tracker.refetcher().drain();
        store.changes().inbox().add(List.of(new dev.b24kit.store.changes.Signal(origin(), "deal", id, "ONCRMDEALUPDATE",
                ChangeSource.WEBHOOK)));
        List<FeedEntry> again = tracker.refetcher().drain();

        assertThat(first).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ChangeKind.UPDATED);
            assertThat(e.changes()).contains("\"field\":\"TITLE\"").contains("Once " + id);
        });
        assertThat(again).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aFeedConsumerResumesFromItsCursorAfterARestart(Backend backend) {
        start(backend);
        tracker.reconcileIfLeader();
        portal.events().delivery(EventDelivery.PROMPT);
        deals.create(3);
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();
        List<Long> seen = new ArrayList<>();

        ChangeFeed.of(store, origin()).deliver("agent", e -> seen.add(e.seq()));
        deals.create(2);
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();
        ChangeFeed.of(store, origin()).deliver("agent", e -> seen.add(e.seq()));

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ChangeFeed.of(store, origin()).position("agent")).isEqualTo(5);
    }
}
