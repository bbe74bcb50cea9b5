package dev.b24kit.gateway.page.internal;

import static dev.b24kit.gateway.page.internal.Html.escape;
import static dev.b24kit.gateway.page.internal.Html.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.writes.PolicyStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The proposals page and a proposal's own page, as HTML bodies. Every value shown is escaped. */
public final class ProposalsView {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProposalsView() {
    }

    /** The inbox: the policy, open proposals with their diffs and buttons, recent decisions, the audit log. */
    public static String inbox(PolicyStatus policy, List<Proposal> open, List<Proposal> decided, List<AuditEntry> audit,
                               java.util.function.Function<Proposal, String> proposer, String csrf) {
        StringBuilder html = new StringBuilder();
        html.append(policy(policy, csrf));
        html.append("<section id=\"open\"><h2>Waiting for you (").append(open.size()).append(")</h2>");
        if (open.isEmpty()) {
            html.append("<p class=\"muted\">No proposals are waiting.</p>");
        }
        for (Proposal p : open) {
            html.append("<article class=\"proposal\" id=\"p-").append(escape(p.id())).append("\"><h3>")
                    .append(target(p)).append("</h3><p class=\"muted\">proposed by ").append(escape(proposer.apply(p)))
                    .append(" at ").append(escape(p.createdAt()))
                    .append(" · <a href=\"/proposals/").append(escape(p.id())).append("\">details</a></p>")
                    .append(diff(p.diff()))
                    .append(form("/proposals/" + p.id() + "/approve", csrf,
                            "<button class=\"approve\" type=\"submit\">Approve and write</button>"))
                    .append(' ')
                    .append(form("/proposals/" + p.id() + "/reject", csrf,
                            "<button class=\"reject\" type=\"submit\">Reject</button>"))
                    .append("</article>");
        }
        html.append("</section><section id=\"decided\"><h2>Decided</h2>");
        if (decided.isEmpty()) {
            html.append("<p class=\"muted\">Nothing decided yet.</p>");
        } else {
            html.append("<table><tr><th>Proposal</th><th>State</th><th>By</th><th>When</th><th>Receipt</th></tr>");
            decided.stream().sorted(Comparator.comparing(Proposal::updatedAt).reversed()).limit(50).forEach(p ->
                    html.append("<tr><td><a href=\"/proposals/").append(escape(p.id())).append("\">").append(target(p))
                            .append("</a></td><td>").append(escape(p.state())).append("</td><td>").append(escape(p.decidedBy()))
                            .append("</td><td>").append(escape(p.decidedAt())).append("</td><td>").append(receiptKind(p.receipt()))
                            .append("</td></tr>"));
            html.append("</table>");
        }
        html.append("</section>").append(auditLog(audit));
        return html.toString();
    }

    /** One proposal: its diff, its receipt once applied, its audit entries, and the buttons while open. */
    public static String proposal(Proposal p, List<AuditEntry> audit, String csrf) {
        StringBuilder html = new StringBuilder("<section><h2>").append(target(p)).append("</h2><p>State: <strong id=\"state\">")
                .append(escape(p.state())).append("</strong>");
        if (p.decidedBy() != null) {
            html.append(" by ").append(escape(p.decidedBy())).append(" at ").append(escape(p.decidedAt()));
        }
        html.append("</p>").append(diff(p.diff()));
        if (p.state() == ProposalState.OPEN) {
            html.append(form("/proposals/" + p.id() + "/approve", csrf, "<button class=\"approve\" type=\"submit\">Approve and write</button>"))
                    .append(' ').append(form("/proposals/" + p.id() + "/reject", csrf, "<button class=\"reject\" type=\"submit\">Reject</button>"));
        }
        html.append("</section>");
        if (p.receipt() != null) {
            html.append(receipt(p.receipt()));
        }
        return html.append(auditLog(audit)).toString();
    }

    /** A receipt (the writes module's JSON) for people. */
    public static String receipt(String json) {
        JsonNode r = parse(json);
        String kind = r.path("kind").asString("");
        StringBuilder html = new StringBuilder("<section id=\"receipt\"><h2>Receipt</h2><p><span class=\"kind ")
                .append(escape(kind)).append("\">").append(escape(kind)).append("</span> ")
                .append(escape(switch (kind) {
                    case "confirmed" -> "read back: the portal holds every field asked for";
                    case "adopted" -> "the record an earlier attempt made was found and holds every field";
                    case "drifted" -> "written, but read back these fields hold something else";
                    case "refused" -> "nothing was written";
                    case "unknown" -> "the portal may or may not have applied it";
                    default -> "";
                })).append("</p><p class=\"muted\">").append(escape(r.path("entity").asString(""))).append(' ')
                .append(escape(r.path("recordId").asString(""))).append(" · journal entry ")
                .append(escape(r.path("journalId").asString(""))).append("</p>");
        list(html, "Fields checked", r.path("fields"));
        list(html, "Attempts", r.path("attempts"));
        if (r.hasNonNull("reason")) {
            html.append("<p>").append(escape(r.path("reason").asString(""))).append("</p>");
        }
        if (r.path("diffs").size() > 0) {
            html.append(diff(r.path("diffs").toString()).replace("<th>Now</th><th>Proposed</th>", "<th>Asked</th><th>Holds</th>"));
        }
        return html.append("</section>").toString();
    }

    /** The audit log's entries, newest first. */
    public static String auditLog(List<AuditEntry> audit) {
        StringBuilder html = new StringBuilder("<section id=\"audit\"><h2>Audit log</h2><table><tr><th>When</th><th>Who</th>"
                + "<th>What</th><th>Proposal</th><th>Journal</th><th>Detail</th></tr>");
        for (AuditEntry e : audit) {
            String proposal = e.event().proposalId();
            html.append("<tr id=\"a-").append(escape(e.id())).append("\"><td>").append(escape(e.at())).append("</td><td>")
                    .append(escape(e.event().actor())).append("</td><td>").append(escape(e.event().action())).append("</td><td>")
                    .append(proposal == null ? "" : "<a href=\"/proposals/" + escape(proposal) + "\">" + escape(shortId(proposal)) + "</a>")
                    .append("</td><td>").append(escape(shortId(e.event().journalId()))).append("</td><td><code>")
                    .append(escape(abbreviate(e.event().detail()))).append("</code></td></tr>");
        }
        return html.append("</table></section>").toString();
    }

    private static String policy(PolicyStatus policy, String csrf) {
        StringBuilder html = new StringBuilder("<section id=\"policy\"><h2>Write policy</h2><p>");
        if (policy.mode() == WriteMode.LIVE) {
            html.append("<strong>Live</strong> since ").append(escape(policy.since()))
                    .append(": agents' writes go to the portal, verified.</p>")
                    .append(form("/policy/observe", csrf, "<button type=\"submit\">Back to observe mode</button>"));
        } else {
            html.append("<strong>Observe</strong> since ").append(escape(policy.since()))
                    .append(": agents' writes become proposals here. ")
                    .append(policy.offerLive() ? "The observe period has passed; you may go live."
                            : escape(policy.remaining().toDays() + " days left in the observe period."))
                    .append("</p>").append(form("/policy/live", csrf, "<label><input type=\"checkbox\" name=\"confirm\" value=\"yes\" required>"
                            + " agents' writes will go to the portal without approval</label> <button type=\"submit\">Go live</button>"));
        }
        return html.append("</section>").toString();
    }

    /** The diff in labels: field, the value now, the value proposed (the writes module's FieldDiff JSON). */
    static String diff(String json) {
        StringBuilder html = new StringBuilder("<table class=\"diff\"><tr><th>Field</th><th>Now</th><th>Proposed</th></tr>");
        for (JsonNode d : parse(json)) {
            html.append("<tr><td>").append(escape(d.path("title").asString(""))).append(" <span class=\"muted\">")
                    .append(escape(d.path("field").asString(""))).append("</span></td><td class=\"was\">")
                    .append(escape(d.path("actualText").asString(""))).append("</td><td class=\"now\">")
                    .append(escape(d.path("expectedText").asString(""))).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String target(Proposal p) {
        return escape(p.entity()) + " " + (p.recordId() == null ? "(new record" + (p.idempotencyKey() == null ? ""
                : ", key " + escape(p.idempotencyKey())) + ")" : escape(p.recordId()));
    }

    private static String receiptKind(String receipt) {
        if (receipt == null) {
            return "";
        }
        String kind = parse(receipt).path("kind").asString("");
        return "<span class=\"kind " + escape(kind) + "\">" + escape(kind) + "</span>";
    }

    private static void list(StringBuilder html, String title, JsonNode items) {
        if (items.size() == 0) {
            return;
        }
        List<String> texts = new ArrayList<>();
        items.forEach(i -> texts.add(escape(i.asString(""))));
        html.append("<p>").append(escape(title)).append(": ").append(String.join(", ", texts)).append("</p>");
    }

    private static String shortId(String id) {
        return id == null ? "" : id.length() > 13 ? "…" + id.substring(id.length() - 12) : id;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.createArrayNode();
        }
    }
}
