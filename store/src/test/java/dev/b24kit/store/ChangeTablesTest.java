package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.MirrorRecord;
import dev.b24kit.store.changes.PendingRecord;
import dev.b24kit.store.changes.Signal;

class ChangeTablesTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";
    private static final Duration LEASE = Duration.ofMinutes(1);

    private static Signal update(long id) {
        return new Signal(PORTAL, "deal", id, "ONCRMDEALUPDATE", ChangeSource.WEBHOOK);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void signalsForOneRecordCollapseIntoOnePendingRow(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            store.changes().inbox().add(List.of(update(7), update(7), update(8)));
            store.changes().inbox().add(List.of(update(7)));

            List<PendingRecord> claimed = store.changes().inbox().claim(PORTAL, "w1", 10, LEASE);

            assertThat(claimed).extracting(PendingRecord::recordId).containsExactlyInAnyOrder(7L, 8L);
            assertThat(claimed).filteredOn(p -> p.recordId() == 7).singleElement()
                    .satisfies(p -> assertThat(p.signals()).isEqualTo(3));
            assertThat(store.changes().inbox().pending(PORTAL)).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aSignalArrivingDuringProcessingKeepsTheRecordPending(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            store.changes().inbox().add(List.of(update(7)));
            PendingRecord first = store.changes().inbox().claim(PORTAL, "w1", 10, LEASE).getFirst();
            assertThat(store.changes().inbox().claim(PORTAL, "w2", 10, LEASE)).as("claimed rows are not handed out twice").isEmpty();

            store.changes().inbox().add(List.of(update(7)));

            assertThat(store.changes().inbox().done(first, "w1")).isFalse();
            PendingRecord again = store.changes().inbox().claim(PORTAL, "w2", 10, LEASE).getFirst();
            assertThat(store.changes().inbox().done(again, "w2")).isTrue();
            assertThat(store.changes().inbox().pending(PORTAL)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theOldestPendingIsTheFirstSignalOfTheLongestWaitingRecordAndEmptyOnceAllAreDone(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            assertThat(store.changes().inbox().oldestPending(PORTAL)).isEmpty();
            Instant first = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            store.changes().inbox().add(List.of(update(7)));
            clock.advance(Duration.ofSeconds(5));
            store.changes().inbox().add(List.of(update(8), update(7)));
            assertThat(store.changes().inbox().oldestPending(PORTAL)).as("a second signal keeps the first's time").contains(first);

            List<PendingRecord> claimed = store.changes().inbox().claim(PORTAL, "w1", 1, LEASE);
            assertThat(store.changes().inbox().oldestPending(PORTAL)).as("claimed rows still wait").contains(first);
            claimed.forEach(p -> store.changes().inbox().done(p, "w1"));
            assertThat(store.changes().inbox().oldestPending(PORTAL)).contains(first.plusSeconds(5));
            store.changes().inbox().claim(PORTAL, "w1", 10, LEASE).forEach(p -> store.changes().inbox().done(p, "w1"));
            assertThat(store.changes().inbox().oldestPending(PORTAL)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aBusyRecordsAgeStartsAfterTheSignalsItsLastClaimHandled(Backend backend) {
        // Found by the agent day (bench): a record whose signals kept arriving while it was handled kept its first
        // signal's time, so the feed lag of a gateway that was keeping up grew for the whole run.
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            store.changes().inbox().add(List.of(update(7)));
            clock.advance(Duration.ofSeconds(5));
            Instant handled = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            store.changes().inbox().add(List.of(update(7)));
            PendingRecord busy = store.changes().inbox().claim(PORTAL, "w1", 10, LEASE).getFirst();
            clock.advance(Duration.ofSeconds(60));
            store.changes().inbox().add(List.of(update(7)));                 // arrives while it is being handled

            assertThat(store.changes().inbox().done(busy, "w1")).isFalse();
            assertThat(store.changes().inbox().oldestPending(PORTAL)).contains(handled);
            assertThat(store.changes().inbox().claim(PORTAL, "w2", 10, LEASE)).as("still pending, claimable again").hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void anExpiredClaimGoesToTheNextWorker(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            store.changes().inbox().add(List.of(update(7)));
            store.changes().inbox().claim(PORTAL, "dead", 10, LEASE);
            clock.advance(LEASE.plusSeconds(1));

            assertThat(store.changes().inbox().claim(PORTAL, "alive", 10, LEASE)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aHoldersClaimsReleasedGoToTheNextWorkerBeforeTheirLeaseEnds(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            store.changes().inbox().add(List.of(update(7), update(8), update(9), update(10)));
            store.changes().inbox().claim(PORTAL, "gateway-a", 1, Duration.ofHours(1));
            store.changes().inbox().claim(PORTAL, "gateway-a/2", 1, Duration.ofHours(1));
            store.changes().inbox().claim(PORTAL, "gateway-ab", 1, Duration.ofHours(1));
            store.changes().inbox().claim(PORTAL, "gateway-b", 1, Duration.ofHours(1));

            assertThat(store.changes().inbox().release(PORTAL, "gateway-a")).as("its own and its workers'").isEqualTo(2);
            assertThat(store.changes().inbox().release("https://other.bitrix24.test", "gateway-b")).as("another portal's").isZero();

            assertThat(store.changes().inbox().claim(PORTAL, "gateway-a", 10, LEASE)).as("only gateway-a's rows are free")
                    .extracting(PendingRecord::recordId).containsExactlyInAnyOrder(7L, 8L);
            assertThat(store.changes().inbox().pending(PORTAL)).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theFeedNumbersEntriesInOrderAndReadsAfterACursor(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            for (long id = 1; id <= 3; id++) {
                store.changes().feed().append(new FeedEntry(0, PORTAL, "deal", id, ChangeKind.CREATED, ChangeSource.RECONCILE,
                        null, "[]"));
            }

            assertThat(store.changes().feed().after(1, 10)).extracting(FeedEntry::seq).containsExactly(2L, 3L);
            assertThat(store.changes().feed().last()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theMirrorKeepsTheLastStateAndListsByID(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            store.changes().mirror().put(new MirrorRecord(PORTAL, "deal", 2, "{\"ID\":\"2\"}", "{}", "x", null));
            store.changes().mirror().put(new MirrorRecord(PORTAL, "deal", 1, "{\"ID\":\"1\"}", "{}", null, null));
            store.changes().mirror().put(new MirrorRecord(PORTAL, "deal", 1, "{\"ID\":\"1\",\"T\":1}", "{}", null, null));

            assertThat(store.changes().mirror().ids(PORTAL, "deal", 0, 10)).containsExactly(1L, 2L);
            assertThat(store.changes().mirror().find(PORTAL, "deal", 1)).get().extracting(MirrorRecord::fields)
                    .isEqualTo("{\"ID\":\"1\",\"T\":1}");
            assertThat(store.changes().mirror().remove(PORTAL, "deal", 2)).isTrue();
            assertThat(store.changes().mirror().count(PORTAL, "deal")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aLeaseBelongsToOneHolderUntilItExpires(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            assertThat(store.changes().leases().acquire(PORTAL, "reconciler", "a", LEASE)).isTrue();
            assertThat(store.changes().leases().acquire(PORTAL, "reconciler", "b", LEASE)).isFalse();
            assertThat(store.changes().leases().acquire(PORTAL, "reconciler", "a", LEASE)).as("renewal").isTrue();
            clock.advance(LEASE.plusSeconds(1));
            assertThat(store.changes().leases().acquire(PORTAL, "reconciler", "b", LEASE)).isTrue();
            store.changes().cursors().set(PORTAL, "reconcile:deal", "2026-01-01T00:00:00+00:00");
            assertThat(store.changes().cursors().get(PORTAL, "reconcile:deal")).contains("2026-01-01T00:00:00+00:00");
        }
    }
}
