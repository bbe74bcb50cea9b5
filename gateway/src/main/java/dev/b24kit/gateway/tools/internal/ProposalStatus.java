package dev.b24kit.gateway.tools.internal;

import java.util.List;
import java.util.Locale;

import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.store.audit.AuditLog;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.writes.Approvals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code proposal_status}: what became of one proposal, or of every proposal this session's agent made. */
public final class ProposalStatus {

    private final Approvals approvals;
    private final Sessions sessions;
    private final AuditLog audit;

    public ProposalStatus(Approvals approvals, Sessions sessions, AuditLog audit) {
        this.approvals = approvals;
        this.sessions = sessions;
        this.audit = audit;
    }

    public ObjectNode status(Args args, Caller caller) {
        String id = args.optionalText("id");
        List<String> ids = id != null ? List.of(id) : sessions.proposals(caller.session());
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("proposals");
        for (String each : ids) {
            Proposal proposal = approvals.find(each).orElseThrow(() -> new Refused(
                    "proposal_status: no proposal '" + each + "' for this portal; ids come from the answers of create, "
                            + "update and move_stage in observe mode", "id", each, List.of()));
            ObjectNode json = json(proposal);
            // who proposed it and why: the agent's reason is on record beside the proposal (Writing)
            audit.forProposal(proposal.id()).stream().filter(e -> e.event().action().equals("agent.reason")).findFirst()
                    .ifPresent(e -> {
                        JsonNode detail = Json.parse(e.event().detail());
                        json.put("client", detail.path("client").asString(""));
                        json.put("reason", detail.path("reason").asString(""));
                    });
            list.add(json);
        }
        long open = list.valueStream().filter(p -> p.path("state").asString().equals("open")).count();
        out.put("summary", list.isEmpty() ? "this session made no proposals"
                : list.size() + " proposal(s): " + open + " open, " + (list.size() - open) + " decided");
        return out;
    }

    private static ObjectNode json(Proposal p) {
        ObjectNode json = Json.object();
        json.put("id", p.id());
        json.put("state", p.state().name().toLowerCase(Locale.ROOT));
        json.put("entity", p.entity());
        json.put("recordId", p.recordId());
        json.set("change", Json.parse(p.change()));
        json.set("current", Json.parse(p.current()));
        json.set("diff", Json.parse(p.diff()));
        json.put("proposedAt", p.createdAt().toString());
        json.put("decidedBy", p.decidedBy());
        json.put("decidedAt", p.decidedAt() == null ? null : p.decidedAt().toString());
        json.set("receipt", p.receipt() == null ? Json.MAPPER.nullNode() : Json.parse(p.receipt()));
        return json;
    }
}
