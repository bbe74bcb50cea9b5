package dev.b24kit.cli;

import dev.b24kit.store.proposals.Proposal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A proposal as one line, in detail, or as JSON. */
final class ProposalOutput {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProposalOutput() {
    }

    static String line(Proposal p) {
        return p.id() + "  " + p.state() + "  " + p.entity() + (p.recordId() == null ? " (new)" : " " + p.recordId())
                + "  " + p.createdAt() + (p.decidedBy() == null ? "" : "  " + p.state().name().toLowerCase(java.util.Locale.ROOT)
                + " by " + p.decidedBy() + " at " + p.decidedAt());
    }

    static String details(Proposal p) {
        StringBuilder text = new StringBuilder(line(p)).append('\n');
        for (var diff : JSON.readTree(p.diff())) {
            text.append("  ").append(diff.path("title").asString()).append(" (").append(diff.path("field").asString())
                    .append("): now '").append(diff.path("actualText").asString()).append("', proposed '")
                    .append(diff.path("expectedText").asString()).append("'\n");
        }
        if (p.receipt() != null) {
            text.append("  receipt: ").append(p.receipt()).append('\n');
        }
        return text.toString().stripTrailing();
    }

    static String json(Proposal p) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", p.id());
        json.put("state", p.state().name());
        json.put("entity", p.entity());
        json.put("recordId", p.recordId());
        json.set("change", JSON.readTree(p.change()));
        json.set("current", JSON.readTree(p.current()));
        json.set("diff", JSON.readTree(p.diff()));
        json.put("decidedBy", p.decidedBy());
        json.put("decidedAt", p.decidedAt() == null ? null : p.decidedAt().toString());
        json.set("receipt", p.receipt() == null ? null : JSON.readTree(p.receipt()));
        json.put("createdAt", p.createdAt().toString());
        return json.toString();
    }
}
