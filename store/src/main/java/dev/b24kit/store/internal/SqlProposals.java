package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.b24kit.store.TransitionResult;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalDraft;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.store.proposals.Proposals;

/** Proposals in table {@code proposal}. */
record SqlProposals(SqlAccess access, Stamps stamps) implements Proposals {

    private static final String COLUMNS = "id, portal, entity, record_id, idempotency_key, intended_change, current_values,"
            + " diff, state, decided_by, decided_at, journal_id, receipt, created_at, updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM proposal ";

    @Override
    public Proposal propose(ProposalDraft draft) {
        Instant now = stamps.now();
        Proposal proposal = new Proposal(stamps.id(), draft.portal(), draft.entity(), draft.recordId(),
                draft.idempotencyKey(), draft.change(), draft.current(), draft.diff(), ProposalState.OPEN, null, null,
                null, null, now, now);
        return access.write(connection -> {
            Sql.update(connection, "INSERT INTO proposal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    proposal.id(), proposal.portal(), proposal.entity(), proposal.recordId(), proposal.idempotencyKey(),
                    proposal.change(), proposal.current(), proposal.diff(), proposal.state(), null, null, null, null,
                    now, now);
            return proposal;
        });
    }

    @Override
    public Optional<Proposal> find(String id) {
        return access.read(connection -> byId(connection, id));
    }

    @Override
    public List<Proposal> list(String portal, ProposalState state) {
        String origin = Arguments.origin(portal);
        return access.read(connection -> Sql.list(connection,
                SELECT + "WHERE portal = ? AND state = ? ORDER BY created_at, id", SqlProposals::proposal, origin, state));
    }

    @Override
    public TransitionResult<Proposal> decide(String id, ProposalState decision, String decidedBy) {
        if (decision != ProposalState.APPROVED && decision != ProposalState.REJECTED) {
            throw new IllegalArgumentException("a decision is APPROVED or REJECTED, not " + decision);
        }
        Arguments.text("decidedBy", decidedBy);
        Instant now = stamps.now();
        return access.write(connection -> {
            int updated = Sql.update(connection, "UPDATE proposal SET state = ?, decided_by = ?, decided_at = ?,"
                    + " updated_at = ? WHERE id = ? AND state = ?", decision, decidedBy, now, now, id, ProposalState.OPEN);
            return Sql.transition(updated, byId(connection, id), id);
        });
    }

    @Override
    public TransitionResult<Proposal> applied(String id, String journalId, String receipt) {
        Arguments.text("journalId", journalId);
        Arguments.present("receipt", receipt);
        Instant now = stamps.now();
        return access.write(connection -> {
            int updated = Sql.update(connection, "UPDATE proposal SET state = ?, journal_id = ?, receipt = ?, updated_at = ?"
                            + " WHERE id = ? AND state = ?",
                    ProposalState.APPLIED, journalId, receipt, now, id, ProposalState.APPROVED);
            return Sql.transition(updated, byId(connection, id), id);
        });
    }

    private static Optional<Proposal> byId(Connection connection, String id) throws SQLException {
        return Sql.one(connection, SELECT + "WHERE id = ?", SqlProposals::proposal, id);
    }

    private static Proposal proposal(ResultSet row) throws SQLException {
        return new Proposal(row.getString("id"), row.getString("portal"), row.getString("entity"),
                row.getString("record_id"), row.getString("idempotency_key"), row.getString("intended_change"),
                row.getString("current_values"), row.getString("diff"), ProposalState.valueOf(row.getString("state")),
                row.getString("decided_by"), Sql.instant(row, "decided_at"), row.getString("journal_id"),
                row.getString("receipt"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
