package dev.b24kit.writes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.b24kit.store.TransitionResult;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.policy.WritePolicy;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Approvals;
import dev.b24kit.writes.PolicyStatus;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.WritesConfig;

/** {@link Approvals} over the store's policies, proposals and audit log. */
final class StoredApprovals implements Approvals {

    private final WritesConfig config;

    StoredApprovals(WritesConfig config) {
        this.config = config;
    }

    @Override
    public PolicyStatus policy() {
        return status(config.store().policies().seen(config.portal()));
    }

    @Override
    public PolicyStatus setPolicy(WriteMode mode, Actor by) {
        return status(config.store().transaction(tx -> {
            WritePolicy policy = tx.policies().set(config.portal(), mode);
            tx.audit().append(new AuditEvent(config.portal(), by.audited(), "policy." + mode.name().toLowerCase(java.util.Locale.ROOT),
                    null, null, null));
            return policy;
        }));
    }

    @Override
    public List<Proposal> list(ProposalState state) {
        return config.store().proposals().list(config.portal(), state);
    }

    @Override
    public Optional<Proposal> find(String id) {
        return config.store().proposals().find(id).filter(p -> p.portal().equals(policy().portal()));
    }

    @Override
    public Receipt approve(String id, Actor by) {
        Proposal proposal = decide(id, ProposalState.APPROVED, by);
        Receipt receipt = new VerifiedWrites(config, Actor.person(by.name())).apply(ChangeJson.parse(proposal.change()));
        config.store().transaction(tx -> {
            // A write refused before it was journaled (the field is gone since) leaves the proposal APPROVED:
            // the store keeps APPLIED for writes that have a journal entry; the audit log says what happened.
            if (receipt.journalId() != null) {
                tx.proposals().applied(id, receipt.journalId(), ReceiptJson.of(receipt));
            }
            tx.audit().append(new AuditEvent(config.portal(), by.audited(),
                    receipt.journalId() != null ? "proposal.applied" : "proposal.refused", id, receipt.journalId(),
                    ReceiptJson.of(receipt)));
            return null;
        });
        return receipt;
    }

    @Override
    public Proposal reject(String id, Actor by) {
        return decide(id, ProposalState.REJECTED, by);
    }

    private Proposal decide(String id, ProposalState decision, Actor by) {
        return config.store().transaction(tx -> {
            TransitionResult<Proposal> result = tx.proposals().decide(id, decision, by.audited());
            Proposal decided = switch (result) {
                case TransitionResult.Transitioned<Proposal> t -> t.row();
                case TransitionResult.NotFound<Proposal> n -> throw new IllegalArgumentException("no proposal " + id);
                case TransitionResult.Conflict<Proposal> c -> throw new IllegalStateException("proposal " + id
                        + " is " + c.current().state() + " (decided by " + c.current().decidedBy() + " at "
                        + c.current().decidedAt() + "), not open");
            };
            tx.audit().append(new AuditEvent(config.portal(), by.audited(),
                    "proposal." + decision.name().toLowerCase(java.util.Locale.ROOT), id, null, null));
            return decided;
        });
    }

    private PolicyStatus status(WritePolicy policy) {
        Instant now = config.clock().instant();
        Duration left = policy.mode() == WriteMode.LIVE ? Duration.ZERO
                : Duration.between(now, policy.since().plus(config.observePeriod()));
        left = left.isNegative() ? Duration.ZERO : left;
        return new PolicyStatus(policy.portal(), policy.mode(), policy.since(), policy.firstSeen(),
                policy.mode() == WriteMode.OBSERVE && left.isZero(), left);
    }

}
