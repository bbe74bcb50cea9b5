package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.journal.JournalEntry;
import dev.b24kit.store.journal.JournalState;
import dev.b24kit.store.trust.JournalStep;
import dev.b24kit.store.trust.LimitWaits;

class TrustRecordsTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";
    private static final String OTHER = "https://other.bitrix24.test";
    private static final Instant EPOCH = Instant.EPOCH;
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void everyJournalMoveIsKeptAndAStepAfterUnknownSaysSo(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            JournalEntry entry = store.journal().record(Intent.create(PORTAL, "deal", "order-1", "{}")).entry();
            store.journal().transition(entry.id(), JournalState.PENDING, JournalState.UNKNOWN, null, null);
            clock.advance(Duration.ofMinutes(5));
            store.journal().transition(entry.id(), JournalState.UNKNOWN, JournalState.ADOPTED, "42", "{\"kind\":\"adopted\"}");
            store.journal().transition(entry.id(), JournalState.UNKNOWN, JournalState.SENT, null, null);   // a conflict: no step

            List<JournalStep> steps = store.trust().journalSteps(PORTAL, EPOCH, FAR);

            assertThat(steps).extracting(s -> s.from() + ">" + s.to() + " " + s.afterUnknown())
                    .containsExactly("PENDING>UNKNOWN false", "UNKNOWN>ADOPTED true");
            assertThat(steps.get(1).recordId()).isEqualTo("42");
            assertThat(steps.get(1).receipt()).contains("adopted");
            assertThat(store.trust().journalSteps(OTHER, EPOCH, FAR)).isEmpty();
            assertThat(store.trust().journalSteps(null, clock.instant(), FAR)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void limitWaitsAreTalliedPerDayMethodAndReason(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            store.trust().limitWait(PORTAL, "crm.deal.update", "bucket", Duration.ofMillis(400));
            store.trust().limitWait(PORTAL, "crm.deal.update", "bucket", Duration.ofMillis(600));
            store.trust().limitWait(PORTAL, "batch", "QUERY_LIMIT_EXCEEDED", Duration.ofSeconds(2));
            clock.advance(Duration.ofDays(1));
            store.trust().limitWait(PORTAL, "crm.deal.update", "bucket", Duration.ofMillis(100));

            List<LimitWaits> all = store.trust().limitWaits(PORTAL, EPOCH, FAR);

            assertThat(all).extracting(w -> w.day() + " " + w.method() + " " + w.reason() + " " + w.waits() + " " + w.waited().toMillis())
                    .containsExactly("2026-03-01 batch QUERY_LIMIT_EXCEEDED 1 2000", "2026-03-01 crm.deal.update bucket 2 1000",
                            "2026-03-02 crm.deal.update bucket 1 100");
            assertThat(store.trust().limitWaits(PORTAL, Instant.parse("2026-03-02T00:00:00Z"), FAR))
                    .extracting(LimitWaits::day).containsExactly(LocalDate.parse("2026-03-02"));
            assertThatThrownBy(() -> store.trust().limitWait(PORTAL, " ", "bucket", Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("method");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void auditAndFeedAreReadForAPeriodByActionAndSource(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            store.audit().append(new AuditEvent(PORTAL, "agent:bot", "write.refused", null, null, "{\"field\":\"STAGE_ID\"}"));
            store.audit().append(new AuditEvent(PORTAL, "anna", "policy.live", null, null, null));
            store.audit().append(new AuditEvent(OTHER, "agent:bot", "write.refused", null, null, null));
            for (ChangeSource source : ChangeSource.values()) {
                store.changes().feed().append(new FeedEntry(0, PORTAL, "deal", 7, ChangeKind.UPDATED, source, null, "[]"));
            }
            Instant later = clock.instant().plusSeconds(1);

            assertThat(store.trust().audit(PORTAL, List.of("write.refused"), EPOCH, FAR))
                    .extracting(e -> e.event().detail()).containsExactly("{\"field\":\"STAGE_ID\"}");
            assertThat(store.trust().audit(null, List.of("write.refused", "policy.live"), EPOCH, FAR)).hasSize(3);
            assertThat(store.trust().audit(PORTAL, List.of("write.refused"), later, FAR)).isEmpty();
            assertThat(store.trust().recovered(PORTAL, EPOCH, FAR)).extracting(FeedEntry::source)
                    .containsExactly(ChangeSource.RECONCILE, ChangeSource.SWEEP);
            assertThatThrownBy(() -> store.trust().recovered(PORTAL, FAR, EPOCH))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be before");
        }
    }
}
