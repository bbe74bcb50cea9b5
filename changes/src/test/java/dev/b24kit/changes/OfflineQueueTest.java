package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.testing.TestApps;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;

/**
 * The application's offline event queue through {@link OfflineQueue} into the inbox, the refetcher and the
 * feed, against the test portal's queue (§10.4): events become feed entries with source {@code OFFLINE}
 * and leave the queue; a failure between reserving, storing and clearing loses nothing and records
 * nothing twice; updates of one record coalesce; the app's own writes through its connector stay out.
 */
class OfflineQueueTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    private Store store;
    private Bitrix24Client app;
    private ChangeTracker tracker;
    private Deals deals;

    private String origin() {
        return portal.portal().baseUrl().toString().replaceAll("/+$", "");
    }

    /** The tracker on the app's client, deals loaded into the mirror, offline events of deals bound. */
    private void start(Backend backend) {
        store = Store.open(stores.fresh(backend));
        app = Bitrix24Client.builder(TestApps.install(portal.portal(), 1))
                .rateLimiter(RateLimiter.local(new PlanLimits(1_000_000, 1_000_000), InstantSource.system(), Sleeper.SYSTEM))
                .build();
        tracker = ChangeTracker.create(store, app, FieldCatalog.of(app), TrackerConfig.of(origin(), List.of("deal"), "test"));
        deals = new Deals(portal);
        tracker.reconcileIfLeader();
        tracker.offline().bind(List.of("deal"));
    }

    @AfterEach
    void stop() {
        app.close();
        store.close();
    }

    private List<Long> someDeals(int count) {
        return store.changes().mirror().list(origin(), "deal", 0, count).stream().map(r -> r.recordId()).toList();
    }

    private List<FeedEntry> feed() {
        return store.changes().feed().after(0, 1_000_000);
    }

    /** The rows of the tracker's connector, read-only. */
    private JsonNode queue() {
        return app.call("event.offline.list", Params.of("auth_connector", TrackerConfig.OFFLINE_CONNECTOR)).result();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void offlineEventsBecomeFeedEntriesWithSourceOfflineAndTheQueueIsLeftEmpty(Backend backend) {
        start(backend);
        List<Long> ids = someDeals(4);
        deals.rename(ids.subList(0, 3), "Offline");
        List<Long> created = deals.create(2);
        deals.delete(ids.get(3));

        OfflineQueue.Drained drained = tracker.offline().drain();
        tracker.refetcher().drain();

        assertThat(drained).isEqualTo(new OfflineQueue.Drained(6, 0));
        assertThat(feed()).allSatisfy(e -> assertThat(e.source()).isEqualTo(ChangeSource.OFFLINE));
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.UPDATED).extracting(FeedEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(ids.subList(0, 3));
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.CREATED).extracting(FeedEntry::recordId)
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(feed()).filteredOn(e -> e.kind() == ChangeKind.DELETED).extracting(FeedEntry::recordId)
                .containsExactly(ids.get(3));
        assertThat(queue()).isEmpty();
        assertThat(tracker.offline().drain()).isEqualTo(new OfflineQueue.Drained(0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void manyUpdatesOfOneRecordCoalesceIntoOneEventAndOneFeedEntry(Backend backend) {
        start(backend);
        long id = someDeals(1).getFirst();
        for (int i = 1; i <= 5; i++) {
            deals.rename(List.of(id), "Version " + i);
        }

        OfflineQueue.Drained drained = tracker.offline().drain();
        tracker.refetcher().drain();

        assertThat(drained.signals()).isEqualTo(1);
        assertThat(feed()).singleElement().satisfies(e -> assertThat(e.changes()).contains("Version 5 " + id));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aClearThatFailsAfterTheInboxCommitBringsTheEventsBackAndNothingIsRecordedTwice(Backend backend) {
        start(backend);
        List<Long> ids = someDeals(3);
        deals.rename(ids, "Before the crash");
        portal.faults().add(FaultRule.times(1, new Fault.ServerError(500), "event.offline.clear"));

        assertThatThrownBy(() -> tracker.offline().drain()).isInstanceOf(Bitrix24Exception.class);
        tracker.refetcher().drain();
        List<FeedEntry> afterCrash = feed();
        assertThat(queue()).as("reserved under the crashed run's process, not cleared").hasSize(3)
                .allSatisfy(row -> assertThat(row.get("PROCESS_ID").asString()).isNotEmpty());
        OfflineQueue.Drained again = tracker.offline().drain();
        tracker.refetcher().drain();

        assertThat(afterCrash).extracting(FeedEntry::recordId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(again.signals()).as("the reserved rows were taken again").isEqualTo(3);
        assertThat(feed()).as("and recorded nothing twice").isEqualTo(afterCrash);
        assertThat(queue()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void eventsThatComeAgainBeforeTheRefetchCollapseWithTheirPendingSignals(Backend backend) {
        start(backend);
        List<Long> ids = someDeals(3);
        deals.rename(ids, "Twice in the inbox");
        portal.faults().add(FaultRule.times(1, new Fault.ServerError(502), "event.offline.clear"));

        assertThatThrownBy(() -> tracker.offline().drain()).isInstanceOf(Bitrix24Exception.class);
        long pendingAfterCrash = tracker.pending();
        tracker.offline().drain();
        long pendingAfterAgain = tracker.pending();
        tracker.refetcher().drain();

        assertThat(pendingAfterCrash).isEqualTo(3);
        assertThat(pendingAfterAgain).as("one pending row per record").isEqualTo(3);
        assertThat(feed()).extracting(FeedEntry::recordId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(queue()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aReservationWhoseAnswerWasLostBeforeTheInboxCommitIsTakenByTheRestartedProcessAndLosesNothing(Backend backend) {
        start(backend);
        List<Long> ids = someDeals(3);
        deals.rename(ids, "Lost answer");
        portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "event.offline.get"));

        assertThatThrownBy(() -> tracker.offline().drain()).isInstanceOf(Bitrix24Exception.class);
        assertThat(tracker.pending()).as("nothing reached the inbox").isZero();
        ChangeTracker restarted = ChangeTracker.create(store, app, FieldCatalog.of(app),
                TrackerConfig.of(origin(), List.of("deal"), "test"));
        OfflineQueue.Drained drained = restarted.offline().drain();
        restarted.refetcher().drain();

        assertThat(drained.signals()).isEqualTo(3);
        assertThat(feed()).extracting(FeedEntry::recordId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(queue()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theAppsOwnWritesThroughItsConnectorDoNotComeBackWhileOtherWritesDo(Backend backend) {
        start(backend);
        List<Long> ids = someDeals(2);
        app.call("crm.deal.update", Params.of("id", ids.get(0)).with("fields", Map.of("TITLE", "By the app"))
                .with("auth_connector", TrackerConfig.OFFLINE_CONNECTOR));
        deals.rename(List.of(ids.get(1)), "By a person");

        OfflineQueue.Drained drained = tracker.offline().drain();
        tracker.refetcher().drain();

        assertThat(drained.signals()).isEqualTo(1);
        assertThat(feed()).singleElement().satisfies(e -> assertThat(e.recordId()).isEqualTo(ids.get(1)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void eventsItCannotReadAreMarkedAsErrorsAndLeaveTheQueueWhileTheOthersAreTaken(Backend backend) {
        start(backend);
        app.call("event.bind", Params.of("event", "ONCRMDEALUSERFIELDADD").with("event_type", "offline")
                .with("auth_connector", TrackerConfig.OFFLINE_CONNECTOR));
        long id = someDeals(1).getFirst();
        deals.rename(List.of(id), "Readable");
        new Deals(portal).call("crm.deal.userfield.add", Params.of("fields", Map.of("FIELD_NAME", "OFFLINE_NOTE",
                "USER_TYPE_ID", "string", "EDIT_FORM_LABEL", "Offline note")));

        OfflineQueue.Drained drained = tracker.offline().drain();

        assertThat(drained).isEqualTo(new OfflineQueue.Drained(1, 1));
        List<String> left = new ArrayList<>();
        queue().forEach(row -> left.add(row.get("EVENT_NAME").asString() + " error=" + row.get("ERROR").asString()));
        assertThat(left).containsExactly("ONCRMDEALUSERFIELDADD error=1");
        assertThat(tracker.offline().drain()).isEqualTo(new OfflineQueue.Drained(0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void onlyTheProcessHoldingTheQueuesLeaseConsumesIt(Backend backend) {
        start(backend);
        ChangeTracker other = ChangeTracker.create(store, app, FieldCatalog.of(app),
                TrackerConfig.of(origin(), List.of("deal"), "another process"));
        tracker.offline().drain();
        deals.rename(someDeals(2), "Waiting");

        OfflineQueue.Drained byTheOther = other.offline().drain();
        OfflineQueue.Drained byTheHolder = tracker.offline().drain();

        assertThat(byTheOther).isEqualTo(new OfflineQueue.Drained(0, 0));
        assertThat(byTheHolder.signals()).isEqualTo(2);
    }
}
