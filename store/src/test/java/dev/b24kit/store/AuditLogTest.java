package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.audit.AuditEvent;

class AuditLogTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void appendedEntriesReadBackByProposalByJournalAndNewestFirstByPortal(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            AuditEntry proposed = store.audit().append(new AuditEvent(PORTAL, "agent:sales", "proposal.opened", "p1", null, "{}"));
            clock.advance(Duration.ofMinutes(1));
            AuditEntry approved = store.audit().append(new AuditEvent(PORTAL, "anna@acme.test", "proposal.approved", "p1", null, null));
            AuditEntry written = store.audit().append(new AuditEvent(PORTAL, "b24kit", "write.confirmed", "p1", "j1", "{\"id\":42}"));
            store.audit().append(new AuditEvent("https://other.bitrix24.test", "b24kit", "policy.live", null, null, null));

            assertThat(store.audit().forProposal("p1")).containsExactly(proposed, approved, written);
            assertThat(store.audit().forJournal("j1")).containsExactly(written);
            assertThat(store.audit().recent(PORTAL, 2)).containsExactly(written, approved);
            assertThat(approved.at()).isEqualTo(proposed.at().plus(Duration.ofMinutes(1)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theDatabaseRefusesToUpdateOrDeleteAuditEntriesEvenByRawSql(Backend backend) {
        String location = databases.fresh(backend);
        try (Store store = databases.open(location, new FakeClock())) {
            store.audit().append(new AuditEvent(PORTAL, "anna@acme.test", "proposal.approved", "p1", null, null));
        }

        assertThatThrownBy(() -> TestDatabases.execute(location, "UPDATE audit_log SET actor = 'mallory'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_log is append-only: UPDATE refused");
        assertThatThrownBy(() -> TestDatabases.execute(location, "DELETE FROM audit_log"))
                .isInstanceOf(SQLException.class).hasMessageContaining("audit_log is append-only: DELETE refused");
        if (backend == Backend.POSTGRESQL) {
            assertThatThrownBy(() -> TestDatabases.execute(location, "TRUNCATE audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_log is append-only: TRUNCATE refused");
        }
        try (Store store = databases.open(location, new FakeClock())) {
            List<AuditEntry> entries = store.audit().forProposal("p1");
            assertThat(entries).singleElement().satisfies(e -> assertThat(e.event().actor()).isEqualTo("anna@acme.test"));
        }
    }

    @Test
    void anEventNeedsAnActorAndAnAction() {
        assertThatThrownBy(() -> new AuditEvent(PORTAL, "", "x", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent(PORTAL, "anna", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
