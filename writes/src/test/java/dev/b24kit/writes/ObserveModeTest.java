package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.testportal.PortalConfig;

/** In observe mode an agent's writes become proposals; a person approves (a verified write) or rejects them. */
class ObserveModeTest {

    private static final class MovableClock implements InstantSource {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private WritesPortal portal;
    private Writes writes;
    private Writes agent;

    @BeforeEach
    void start() {
        portal = new WritesPortal(PortalConfig.fast().withData(10, 5, 5, 5), event -> { }, clock);
        writes = Writes.of(portal.config().withClock(clock));
        agent = writes.onBehalfOf(Actor.agent("sales-bot"));
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aPortalNotSeenBeforeIsObservedAndOffersToGoLiveAfterTheObservePeriod() {
        assertThat(writes.approvals().policy().mode()).isEqualTo(WriteMode.OBSERVE);
        assertThat(writes.approvals().policy().offerLive()).isFalse();

        clock.now = clock.now.plus(Duration.ofDays(7));

        assertThat(writes.approvals().policy().offerLive()).isTrue();
    }

    @Test
    void anAgentsUpdateBecomesAProposalWithTheDiffInLabelsAndNothingIsWritten() {
        long deal = portal.dealIn(1);
        String title = portal.deal(deal).get("TITLE").asString();
        long updates = portal.calls().stream().filter(c -> c.method().equals("crm.deal.update")).count();

        Receipt receipt = agent.update("deal", deal, Map.of("TITLE", "Proposed title", "Sales channel", "Тендер"));

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Proposed.class, p -> assertThat(p.diff())
                .anySatisfy(d -> {
                    assertThat(d.field()).isEqualTo("TITLE");
                    assertThat(d.expectedText()).isEqualTo("Proposed title");
                    assertThat(d.actualText()).isEqualTo(title);
                })
                .anySatisfy(d -> assertThat(d.expectedText()).isEqualTo("Тендер")));
        assertThat(portal.calls().stream().filter(c -> c.method().equals("crm.deal.update")).count()).isEqualTo(updates);
        assertThat(writes.approvals().list(ProposalState.OPEN)).hasSize(1);
    }

    @Test
    void aPersonsOwnWriteGoesStraightThroughInObserveMode() {
        Receipt receipt = writes.update("deal", portal.dealIn(1), Map.of("TITLE", "Typed by a person"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
    }

    @Test
    void anApprovedProposalIsAppliedAsAVerifiedWriteAndItsReceiptKeptWithIt() {
        long deal = portal.dealIn(1);
        Receipt.Proposed proposed = (Receipt.Proposed) agent.update("deal", deal, Map.of("TITLE", "Approved title"));

        Receipt receipt = writes.approvals().approve(proposed.proposalId(), Actor.person("anna"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(portal.deal(deal).get("TITLE").asString()).isEqualTo("Approved title");
        Proposal applied = writes.approvals().find(proposed.proposalId()).orElseThrow();
        assertThat(applied.state()).isEqualTo(ProposalState.APPLIED);
        assertThat(applied.decidedBy()).isEqualTo("anna");
        assertThat(applied.receipt()).contains("\"kind\":\"confirmed\"");
        assertThat(portal.store.audit().forProposal(proposed.proposalId())).extracting(AuditEntry::event)
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactly("agent:sales-bot proposal.created", "anna proposal.approved", "anna proposal.applied");
    }

    @Test
    void aRejectedProposalIsNotWrittenAndCannotBeApprovedAfterwards() {
        long deal = portal.dealIn(1);
        String title = portal.deal(deal).get("TITLE").asString();
        Receipt.Proposed proposed = (Receipt.Proposed) agent.update("deal", deal, Map.of("TITLE", "Rejected title"));

        writes.approvals().reject(proposed.proposalId(), Actor.person("boris"));

        assertThat(portal.deal(deal).get("TITLE").asString()).isEqualTo(title);
        assertThatThrownBy(() -> writes.approvals().approve(proposed.proposalId(), Actor.person("anna")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REJECTED");
    }

    @Test
    void anAgentsCreateProposedAndApprovedCreatesOneRecordUnderItsKey() {
        Receipt.Proposed proposed = (Receipt.Proposed) agent.create("deal", Map.of("TITLE", "Agent's deal"), "agent-1");

        Receipt receipt = writes.approvals().approve(proposed.proposalId(), Actor.person("anna"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(portal.dealsWithKey("agent-1")).containsExactly(receipt.recordId());
    }

    @Test
    void inLiveModeAnAgentsWriteIsMadeAndTheChangeOfPolicyIsAudited() {
        writes.approvals().setPolicy(WriteMode.LIVE, Actor.person("anna"));

        Receipt receipt = agent.update("deal", portal.dealIn(1), Map.of("TITLE", "Live agent write"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(portal.store.audit().recent(portal.origin(), 5)).extracting(e -> e.event().action()).contains("policy.live");
    }
}
