package dev.b24kit.store.proposals;

import java.time.Instant;

/**
 * A proposal as the store holds it: the draft's fields, its state and the decision.
 *
 * @param decidedBy who approved or rejected it; {@code null} while {@link ProposalState#OPEN}
 * @param decidedAt when; {@code null} while open
 * @param journalId the journal entry of the applied write; {@code null} until {@link ProposalState#APPLIED}
 * @param receipt the applied write's receipt (JSON text); {@code null} until applied
 * @param createdAt when it was proposed, to the millisecond
 * @param updatedAt when its state last changed, to the millisecond
 */
public record Proposal(String id, String portal, String entity, String recordId, String idempotencyKey,
                       String change, String current, String diff, ProposalState state, String decidedBy,
                       Instant decidedAt, String journalId, String receipt, Instant createdAt, Instant updatedAt) {
}
