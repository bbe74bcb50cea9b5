package dev.b24kit.writes;

import java.util.List;
import java.util.Optional;

import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalState;

/**
 * A portal's write policy and the proposals observe mode made of its agents' writes. A portal b24kit has
 * not seen before is in {@link WriteMode#OBSERVE}; after {@link WritesConfig#observePeriod()} b24kit offers
 * to go live ({@link PolicyStatus#offerLive()}), and a person decides. Every decision is appended to the
 * audit log with who made it; the store stamps when.
 *
 * <p>Thread-safe. Arguments must not be {@code null}; results are never {@code null}. An unknown proposal id
 * is an {@link IllegalArgumentException}; a proposal already decided, an {@link IllegalStateException}.
 */
public interface Approvals {

    /** The portal's policy now (a portal not seen before is recorded, in observe mode since now). */
    PolicyStatus policy();

    /** Puts the portal in {@code mode}, by {@code by}; audited as {@code policy.live} or {@code policy.observe}. */
    PolicyStatus setPolicy(WriteMode mode, Actor by);

    /** The portal's proposals in {@code state}, oldest first. */
    List<Proposal> list(ProposalState state);

    /** The proposal with this id. */
    Optional<Proposal> find(String id);

    /**
     * Approves an open proposal and applies it as a verified write made by {@code by} (a person's
     * deliberate write, so not turned into a proposal again); the receipt is stored with the proposal,
     * which becomes {@code APPLIED}. A write refused before it reached the journal (a field deleted since)
     * leaves the proposal {@code APPROVED}, with the refusal in the audit log.
     */
    Receipt approve(String id, Actor by);

    /** Rejects an open proposal; nothing is written. */
    Proposal reject(String id, Actor by);
}
