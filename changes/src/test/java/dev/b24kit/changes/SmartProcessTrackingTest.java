package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.client.Bitrix24Client;
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
 * Smart processes tracked through {@code crm.item.*}: the {@code ONCRMDYNAMICITEM…} events (general and
 * per type) through the intake, {@code crm.item.get} re-fetches, the {@code updatedTime} reconcile and the
 * sweep, against the test portal on a virtual clock with lost, duplicated and reordered events.
 */
class SmartProcessTrackingTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final String ENTITY = "item:" + Items.CONTRACTS;
    /** The general ADD and the per-type UPDATE and DELETE, so both spellings reach the intake. */
    private static final List<String> EVENTS = List.of("ONCRMDYNAMICITEMADD", "ONCRMDYNAMICITEMUPDATE_1030",
            "ONCRMDYNAMICITEMDELETE_1030");
    private Store store;
    private EventIntake intake;
    private Bitrix24Client client;
    private ChangeTracker tracker;
    private Items items;

    private String origin() {
        return portal.portal().baseUrl().toString().replaceAll("/+$", "");
    }

    /** Tracks the smart process under {@code spelling}: its key or its title. */
    private void start(Backend backend, String spelling) {
        int port = Deals.freePort();
        PortalEvents.OutgoingWebhook webhook = portal.events().addOutgoingWebhook(
                URI.create("http://127.0.0.1:" + port + "/events"), EVENTS);
        store = Store.open(stores.fresh(backend));
        intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", port), origin(),
                webhook.applicationToken()), store.changes().inbox());
        client = Deals.client(portal);
        tracker = ChangeTracker.create(store, client, FieldCatalog.of(client), TrackerConfig.of(origin(), List.of(spelling), "test"));
        items = new Items(portal);
    }

    @AfterEach
    void stop() {
        items.close();
        intake.close();
        client.close();
        store.close();
    }

    private Map<Long, JsonNode> mirror() {
        Map<Long, JsonNode> all = new HashMap<>();
        for (MirrorRecord r : store.changes().mirror().list(origin(), ENTITY, 0, 1_000_000)) {
            all.put(r.recordId(), JsonMapper.builder().build().readTree(r.fields()));
        }
        return all;
    }

    private List<FeedEntry> feed() {
        return store.changes().feed().after(0, 1_000_000);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void afterOneReconcilePassTheMirrorEqualsThePortalsItemsDespiteLostDuplicatedAndReorderedEvents(Backend backend) {
        start(backend, "Договоры");
        assertThat(tracker.entities()).as("the title names the smart process").containsExactly(ENTITY);
        List<Long> ids = items.create(30);
        tracker.reconcileIfLeader();
        assertThat(mirror()).as("the initial load").isEqualTo(items.all());
        assertThat(feed()).as("the initial load is not a change").isEmpty();
        portal.events().delivery(EventDelivery.CLOUD.withLoss(0.3).withDuplicates(0.3).withReorder(true));

        items.rename(ids, "First");
        items.rename(ids.subList(0, 15), "Second");
        List<Long> created = items.create(4);
        ids.subList(25, 30).forEach(items::delete);
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();
        int fromWebhooks = feed().size();
        portal.advance(Duration.ofMinutes(5));
        tracker.reconcileIfLeader();

        assertThat(mirror()).isEqualTo(items.all());
        assertThat(fromWebhooks).as("the webhooks that arrived were recorded").isPositive();
        assertThat(feed()).allSatisfy(e -> assertThat(e.entity()).isEqualTo(ENTITY));
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.CREATED).extracting(FeedEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.DELETED).extracting(FeedEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(ids.subList(25, 30));
        Map<Long, List<String>> statesPerRecord = new HashMap<>();
        feed().forEach(e -> statesPerRecord.computeIfAbsent(e.recordId(), k -> new ArrayList<>()).add(e.changes()));
        statesPerRecord.values().forEach(changes -> assertThat(changes).as("nothing recorded twice").doesNotHaveDuplicates());
        assertThat(portal.calls()).as("the second reconcile listed only what changed since its cursor")
                .filteredOn(c -> c.method().equals("crm.item.list") && String.valueOf(c.params().get("filter")).contains(">=updatedTime"))
                .isNotEmpty();
        assertThat(portal.calls()).as("re-fetched through crm.item.get with its entityTypeId")
                .filteredOn(c -> c.method().equals("crm.item.get")).isNotEmpty()
                .allSatisfy(c -> assertThat(String.valueOf(c.params().get("entityTypeId"))).isEqualTo("1030"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aRenamedItemComesOutCamelCasedWithItsTitleAndTheMirrorKeepsItsStageLabel(Backend backend) {
        start(backend, ENTITY);
        tracker.reconcileIfLeader();
        portal.events().delivery(EventDelivery.PROMPT);
        long id = items.create(1).getFirst();
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();

        items.rename(List.of(id), "Renamed");
        portal.advance(Duration.ofMinutes(1));
        List<FeedEntry> renamed = tracker.refetcher().drain();

        assertThat(renamed).singleElement().satisfies(e -> {
            assertThat(e.entity()).isEqualTo(ENTITY);
            assertThat(e.kind()).isEqualTo(ChangeKind.UPDATED);
            assertThat(e.source()).isEqualTo(ChangeSource.WEBHOOK);
            assertThat(e.changes()).contains("\"field\":\"title\"", "Renamed " + id);
        });
        MirrorRecord mirrored = store.changes().mirror().find(origin(), ENTITY, id).orElseThrow();
        JsonNode fields = JsonMapper.builder().build().readTree(mirrored.fields());
        assertThat(fields.get("title").asString()).isEqualTo("Renamed " + id);
        assertThat(fields.get("entityTypeId").asInt()).isEqualTo(Items.CONTRACTS);
        assertThat(mirrored.modified()).isEqualTo(fields.get("updatedTime").asString());
        assertThat(JsonMapper.builder().build().readTree(mirrored.labels()).has("stageId")).as(mirrored.labels()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void itemDeletesWhoseEventsWereLostAreFoundByTheSweep(Backend backend) {
        start(backend, ENTITY);
        tracker.reconcileIfLeader();
        portal.events().delivery(EventDelivery.PROMPT.withLoss(1));
        List<Long> ids = items.all().keySet().stream().sorted().limit(3).toList();

        ids.forEach(items::delete);
        portal.advance(Duration.ofMinutes(1));
        tracker.refetcher().drain();
        assertThat(feed()).as("every event was lost").isEmpty();
        List<FeedEntry> swept = tracker.reconciler().sweep(ENTITY);

        assertThat(swept).extracting(FeedEntry::recordId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(swept).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ChangeKind.DELETED);
            assertThat(e.source()).isEqualTo(ChangeSource.SWEEP);
        });
        assertThat(mirror()).isEqualTo(items.all());
    }
}
