package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.TransitionResult.Transitioned;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalDraft;
import dev.b24kit.store.proposals.ProposalState;

class TransactionTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";
    private static final ProposalDraft DRAFT = new ProposalDraft(PORTAL, "deal", "42", null, "{}", "{}", "[]");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aDecisionAndItsAuditEntryCommitTogether(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            String id = store.proposals().propose(DRAFT).id();

            var decided = store.transaction(tx -> {
                var result = tx.proposals().decide(id, ProposalState.APPROVED, "anna@acme.test");
                tx.audit().append(new AuditEvent(PORTAL, "anna@acme.test", "proposal.approved", id, null, null));
                return result;
            });

            assertThat(decided).isInstanceOf(Transitioned.class);
            assertThat(store.proposals().find(id)).get().extracting(Proposal::state).isEqualTo(ProposalState.APPROVED);
            assertThat(store.audit().forProposal(id)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aFailureInsideATransactionLeavesNoTraceOfIt(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            String id = store.proposals().propose(DRAFT).id();

            assertThatThrownBy(() -> store.transaction(tx -> {
                tx.proposals().decide(id, ProposalState.APPROVED, "anna@acme.test");
                tx.audit().append(new AuditEvent(PORTAL, "anna@acme.test", "proposal.approved", id, null, null));
                throw new IllegalStateException("the gateway fell over");
            })).hasMessage("the gateway fell over");

            assertThat(store.proposals().find(id)).get().extracting(Proposal::state).isEqualTo(ProposalState.OPEN);
            assertThat(store.audit().forProposal(id)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theStoresOwnTablesAreRefusedInsideItsTransactionSoNoCallEscapesIt(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            assertThatThrownBy(() -> store.transaction(tx -> store.proposals().propose(DRAFT)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("use the session it gives");
            assertThatThrownBy(() -> store.transaction(tx -> store.transaction(inner -> 1)))
                    .isInstanceOf(IllegalStateException.class);

            assertThat(store.proposals().list(PORTAL, ProposalState.OPEN)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aTransactionsSessionRefusesCallsOnceTheTransactionEnded(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            Session escaped = store.transaction(tx -> tx);

            assertThatThrownBy(() -> escaped.proposals().propose(DRAFT))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("after the transaction ended");
        }
    }
}
