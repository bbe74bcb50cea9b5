package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.TransitionResult.Conflict;
import dev.b24kit.store.TransitionResult.NotFound;
import dev.b24kit.store.TransitionResult.Transitioned;
import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.journal.IntentOutcome;
import dev.b24kit.store.journal.IntentOutcome.Duplicate;
import dev.b24kit.store.journal.IntentOutcome.KeyReused;
import dev.b24kit.store.journal.IntentOutcome.Recorded;
import dev.b24kit.store.journal.JournalEntry;
import dev.b24kit.store.journal.JournalState;

class WriteJournalTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";
    private static final String CHANGE = "{\"TITLE\":\"Big deal\",\"Stage\":\"Won\"}";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void recordsAnIntentAsPendingAndReadsItBackAsRecorded(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            IntentOutcome outcome = store.journal().record(Intent.create(PORTAL, "deal", "order-1", CHANGE));

            assertThat(outcome).isInstanceOf(Recorded.class);
            JournalEntry entry = outcome.entry();
            assertThat(entry.state()).isEqualTo(JournalState.PENDING);
            assertThat(entry.recordId()).isNull();
            assertThat(entry.receipt()).isNull();
            assertThat(entry.createdAt()).isEqualTo(clock.instant()).isEqualTo(entry.updatedAt());
            assertThat(entry.contentHash()).hasSize(64);
            assertThat(store.journal().find(entry.id())).contains(entry);
            assertThat(store.journal().findByKey(PORTAL, "deal", "order-1")).contains(entry);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void movesFromPendingThroughSentToConfirmedKeepingTheRecordIdAndReceipt(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            JournalEntry pending = store.journal().record(Intent.create(PORTAL, "deal", "order-2", CHANGE)).entry();
            clock.advance(Duration.ofSeconds(1));

            var sent = store.journal().transition(pending.id(), JournalState.PENDING, JournalState.SENT, "4711", "{\"result\":4711}");
            clock.advance(Duration.ofSeconds(1));
            var confirmed = store.journal().transition(pending.id(), JournalState.SENT, JournalState.CONFIRMED, null, null);

            assertThat(sent).isInstanceOfSatisfying(Transitioned.class, moved -> assertThat(((JournalEntry) moved.row()).state())
                    .isEqualTo(JournalState.SENT));
            JournalEntry done = ((Transitioned<JournalEntry>) confirmed).row();
            assertThat(done.state()).isEqualTo(JournalState.CONFIRMED);
            assertThat(done.recordId()).isEqualTo("4711");
            assertThat(done.receipt()).isEqualTo("{\"result\":4711}");
            assertThat(done.createdAt()).isEqualTo(pending.createdAt());
            assertThat(done.updatedAt()).isEqualTo(pending.createdAt().plusSeconds(2));
            assertThat(store.journal().find(pending.id())).contains(done);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void refusesATransitionTheStateMachineForbidsWithoutTouchingTheEntry(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            JournalEntry entry = store.journal().record(Intent.create(PORTAL, "deal", "order-3", CHANGE)).entry();
            store.journal().transition(entry.id(), JournalState.PENDING, JournalState.REFUSED, null, "{\"error\":\"x\"}");

            assertThatThrownBy(() -> store.journal().transition(entry.id(), JournalState.REFUSED, JournalState.SENT, null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("a journal entry cannot move from REFUSED to SENT");
            assertThatThrownBy(() -> store.journal().transition(entry.id(), JournalState.PENDING, JournalState.CONFIRMED, null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.journal().find(entry.id())).get().extracting(JournalEntry::state).isEqualTo(JournalState.REFUSED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void reportsAConflictWithTheCurrentEntryWhenItIsNoLongerInTheExpectedState(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            JournalEntry entry = store.journal().record(Intent.create(PORTAL, "deal", "order-4", CHANGE)).entry();
            store.journal().transition(entry.id(), JournalState.PENDING, JournalState.UNKNOWN, null, null);

            var late = store.journal().transition(entry.id(), JournalState.PENDING, JournalState.SENT, "9", null);

            assertThat(late).isInstanceOfSatisfying(Conflict.class, conflict -> {
                JournalEntry current = (JournalEntry) conflict.current();
                assertThat(current.state()).isEqualTo(JournalState.UNKNOWN);
                assertThat(current.recordId()).isNull();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void reportsNotFoundForAnIdTheJournalDoesNotHold(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            assertThat(store.journal().transition("no-such-id", JournalState.PENDING, JournalState.SENT, null, null))
                    .isEqualTo(new NotFound<JournalEntry>("no-such-id"));
            assertThat(store.journal().find("no-such-id")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aRetriedCreateWithTheSameKeyAndContentIsADuplicateCarryingTheFirstEntry(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            JournalEntry first = store.journal().record(Intent.create(PORTAL, "deal", "order-5", CHANGE)).entry();
            store.journal().transition(first.id(), JournalState.PENDING, JournalState.SENT, "77", null);

            IntentOutcome retry = store.journal().record(Intent.create(PORTAL, "deal", "order-5", CHANGE));

            assertThat(retry).isInstanceOf(Duplicate.class);
            assertThat(retry.entry().id()).isEqualTo(first.id());
            assertThat(retry.entry().state()).isEqualTo(JournalState.SENT);
            assertThat(retry.entry().recordId()).isEqualTo("77");
            assertThat(store.journal().unresolved()).extracting(JournalEntry::id).containsExactly(first.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aKeyReusedWithOtherContentIsRefusableAndNothingIsRecorded(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            JournalEntry first = store.journal().record(Intent.create(PORTAL, "deal", "order-6", CHANGE)).entry();
            Intent other = Intent.create(PORTAL, "deal", "order-6", "{\"TITLE\":\"Another deal\"}");

            IntentOutcome reuse = store.journal().record(other);

            assertThat(reuse).isEqualTo(new KeyReused(first, other));
            assertThat(store.journal().unresolved()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aKeyIsUniquePerPortalAndEntityOnly(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            assertThat(store.journal().record(Intent.create(PORTAL, "deal", "k", CHANGE))).isInstanceOf(Recorded.class);
            assertThat(store.journal().record(Intent.create(PORTAL, "contact", "k", CHANGE))).isInstanceOf(Recorded.class);
            assertThat(store.journal().record(Intent.create("https://other.bitrix24.test", "deal", "k", CHANGE)))
                    .isInstanceOf(Recorded.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void updatesWithoutAKeyAreRecordedEveryTime(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            assertThat(store.journal().record(Intent.update(PORTAL, "deal", "12", null, CHANGE))).isInstanceOf(Recorded.class);
            assertThat(store.journal().record(Intent.update(PORTAL, "deal", "12", null, CHANGE))).isInstanceOf(Recorded.class);
            assertThat(store.journal().unresolved()).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void listsTheUnresolvedEntriesOldestFirstForRecoveryAfterACrash(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            String pending = store.journal().record(Intent.create(PORTAL, "deal", "a", CHANGE)).entry().id();
            String sent = store.journal().record(Intent.create(PORTAL, "deal", "b", CHANGE)).entry().id();
            clock.advance(Duration.ofMillis(1));
            String unknown = store.journal().record(Intent.create(PORTAL, "deal", "c", CHANGE)).entry().id();
            String confirmed = store.journal().record(Intent.create(PORTAL, "deal", "d", CHANGE)).entry().id();
            store.journal().transition(sent, JournalState.PENDING, JournalState.SENT, "1", null);
            store.journal().transition(unknown, JournalState.PENDING, JournalState.UNKNOWN, null, null);
            store.journal().transition(confirmed, JournalState.PENDING, JournalState.SENT, "2", null);
            store.journal().transition(confirmed, JournalState.SENT, JournalState.CONFIRMED, null, null);

            assertThat(store.journal().unresolved()).extracting(JournalEntry::id).containsExactly(pending, sent, unknown);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void findsByKeyWhateverWayThePortalOriginIsSpelled(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            JournalEntry entry = store.journal().record(Intent.create("HTTPS://Acme.Bitrix24.test/", "deal", "o", CHANGE)).entry();

            assertThat(entry.portal()).isEqualTo(PORTAL);
            assertThat(store.journal().findByKey(PORTAL, "deal", "o")).contains(entry);
        }
    }

    @Test
    void aWebhookUrlIsRefusedAsAPortalWithoutEchoingItsSecret() {
        assertThatThrownBy(() -> Intent.create("https://acme.bitrix24.test/rest/1/s3cr3tw3bh00k/", "deal", "k", CHANGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pass https://acme.bitrix24.test")
                .hasMessageNotContaining("s3cr3tw3bh00k");
    }

    @Test
    void aCreateWithoutAKeyIsRefusedBecauseARetryCouldCreateTwice() {
        assertThatThrownBy(() -> new Intent(PORTAL, "deal", null, null, CHANGE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("create twice");
    }

    @Test
    void theContentHashTellsARetryFromAnotherWrite() {
        assertThat(Intent.create(PORTAL, "deal", "k", CHANGE).contentHash())
                .isEqualTo(Intent.create(PORTAL, "deal", "k2", CHANGE).contentHash())
                .isNotEqualTo(Intent.create(PORTAL, "deal", "k", "{}").contentHash())
                .isNotEqualTo(Intent.update(PORTAL, "deal", "5", "k", CHANGE).contentHash());
    }
}
