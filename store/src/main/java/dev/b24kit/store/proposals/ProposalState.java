package dev.b24kit.store.proposals;

/**
 * Where a proposal got to: {@code OPEN → APPROVED → APPLIED}, or {@code OPEN → REJECTED}.
 * {@link #REJECTED} and {@link #APPLIED} are final.
 */
public enum ProposalState {

    /** Waiting for a person's decision. */
    OPEN,
    /** A person approved it; the write is still to be made. */
    APPROVED,
    /** A person rejected it. Final. */
    REJECTED,
    /** The approved write was made; the proposal carries its receipt. Final. */
    APPLIED;

    /** Whether a proposal may move from this state to {@code next}. */
    public boolean canBecome(ProposalState next) {
        return switch (this) {
            case OPEN -> next == APPROVED || next == REJECTED;
            case APPROVED -> next == APPLIED;
            case REJECTED, APPLIED -> false;
        };
    }
}
