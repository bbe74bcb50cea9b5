package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.TransitionResult.Conflict;
import dev.b24kit.store.TransitionResult.NotFound;
import dev.b24kit.store.TransitionResult.Transitioned;
import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalDraft;
import dev.b24kit.store.proposals.ProposalState;

class ProposalsTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";
    private static final ProposalDraft DRAFT = new ProposalDraft(PORTAL, "deal", "42", null,
            "{\"Stage\":\"Won\"}", "{\"Stage\":\"New\"}", "[{\"field\":\"Stage\",\"from\":\"New\",\"to\":\"Won\"}]");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aProposalStartsOpenAndReadsBackAsProposed(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            Proposal proposal = store.proposals().propose(DRAFT);

            assertThat(proposal.state()).isEqualTo(ProposalState.OPEN);
            assertThat(proposal.decidedBy()).isNull();
            assertThat(proposal.createdAt()).isEqualTo(clock.instant());
            assertThat(store.proposals().find(proposal.id())).contains(proposal);
            assertThat(store.proposals().list(PORTAL, ProposalState.OPEN)).containsExactly(proposal);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void anApprovedProposalIsAppliedWithTheJournalEntryAndReceiptOfItsWrite(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            Proposal proposal = store.proposals().propose(DRAFT);
            clock.advance(Duration.ofMinutes(5));
            var approved = store.proposals().decide(proposal.id(), ProposalState.APPROVED, "anna@acme.test");
            String journalId = store.journal().record(Intent.update(PORTAL, "deal", "42", null, DRAFT.change())).entry().id();
            clock.advance(Duration.ofSeconds(3));

            var applied = store.proposals().applied(proposal.id(), journalId, "{\"verified\":true}");

            assertThat(approved).isInstanceOf(Transitioned.class);
            Proposal done = ((Transitioned<Proposal>) applied).row();
            assertThat(done.state()).isEqualTo(ProposalState.APPLIED);
            assertThat(done.decidedBy()).isEqualTo("anna@acme.test");
            assertThat(done.decidedAt()).isEqualTo(proposal.createdAt().plus(Duration.ofMinutes(5)));
            assertThat(done.journalId()).isEqualTo(journalId);
            assertThat(done.receipt()).isEqualTo("{\"verified\":true}");
            assertThat(done.updatedAt()).isEqualTo(done.decidedAt().plusSeconds(3));
            assertThat(store.proposals().list(PORTAL, ProposalState.APPLIED)).containsExactly(done);
            assertThat(store.proposals().list(PORTAL, ProposalState.OPEN)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aSecondDecisionIsAConflictAndTheFirstStands(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            Proposal proposal = store.proposals().propose(DRAFT);
            store.proposals().decide(proposal.id(), ProposalState.REJECTED, "anna@acme.test");

            var second = store.proposals().decide(proposal.id(), ProposalState.APPROVED, "bob@acme.test");

            assertThat(second).isInstanceOfSatisfying(Conflict.class, conflict -> {
                Proposal current = (Proposal) conflict.current();
                assertThat(current.state()).isEqualTo(ProposalState.REJECTED);
                assertThat(current.decidedBy()).isEqualTo("anna@acme.test");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void onlyAnApprovedProposalCanBeApplied(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            Proposal proposal = store.proposals().propose(DRAFT);
            String journalId = store.journal().record(Intent.update(PORTAL, "deal", "42", null, "{}")).entry().id();

            assertThat(store.proposals().applied(proposal.id(), journalId, "{}")).isInstanceOf(Conflict.class);
            assertThat(store.proposals().applied("missing", journalId, "{}")).isEqualTo(new NotFound<Proposal>("missing"));
            assertThat(store.proposals().find(proposal.id())).get().extracting(Proposal::state).isEqualTo(ProposalState.OPEN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aDecisionIsApprovalOrRejectionBySomeone(Backend backend) {
        try (Store store = databases.openFresh(backend)) {
            String id = store.proposals().propose(DRAFT).id();

            assertThatThrownBy(() -> store.proposals().decide(id, ProposalState.APPLIED, "anna@acme.test"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.proposals().decide(id, ProposalState.APPROVED, " "))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void listsAPortalsProposalsOldestFirstAndNoOtherPortals(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            Proposal first = store.proposals().propose(DRAFT);
            clock.advance(Duration.ofSeconds(1));
            Proposal second = store.proposals().propose(DRAFT);
            store.proposals().propose(new ProposalDraft("https://other.bitrix24.test", "deal", null, "k", "{}", "{}", "[]"));

            assertThat(store.proposals().list(PORTAL, ProposalState.OPEN)).containsExactly(first, second);
        }
    }
}
