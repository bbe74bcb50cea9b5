package dev.b24kit.store.proposals;

import java.util.List;
import java.util.Optional;

import dev.b24kit.store.TransitionResult;

/**
 * Writes proposed in observe mode, waiting for a person, and what became of them.
 *
 * <p>Thread-safe. Arguments must not be {@code null} unless stated; results are never {@code null}.
 * Failures are {@link dev.b24kit.store.StoreException}s.
 */
public interface Proposals {

    /** Stores the draft as a new {@link ProposalState#OPEN} proposal. */
    Proposal propose(ProposalDraft draft);

    /** The proposal with this id. */
    Optional<Proposal> find(String id);

    /** The portal's proposals in {@code state}, oldest first. {@code portal} is normalised as in {@link ProposalDraft}. */
    List<Proposal> list(String portal, ProposalState state);

    /**
     * Records a person's decision on an open proposal.
     *
     * @param decision {@link ProposalState#APPROVED} or {@link ProposalState#REJECTED}
     * @param decidedBy who decided; not blank
     * @throws IllegalArgumentException for another decision or a blank {@code decidedBy}
     */
    TransitionResult<Proposal> decide(String id, ProposalState decision, String decidedBy);

    /**
     * Marks an approved proposal {@link ProposalState#APPLIED}, with the journal entry and receipt of
     * the write that applied it.
     */
    TransitionResult<Proposal> applied(String id, String journalId, String receipt);
}
