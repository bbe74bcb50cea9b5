package dev.b24kit.gateway.tools.internal;

import java.util.List;
import java.util.Map;

import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.RecordView;
import dev.b24kit.store.Store;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.Writes;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code create}, {@code update}, {@code move_stage}: verified writes made on behalf of the calling agent, so
 * the portal's policy applies (observe mode: a proposal, nothing sent). The agent's reason is put on the
 * record beside the proposal or journal entry in the audit log ({@code agent.reason}).
 */
public final class Writing {

    private final Writes writes;
    private final FieldCatalog catalog;
    private final Store store;
    private final String portal;
    private final Records records;
    private final Sessions sessions;

    public Writing(Writes writes, FieldCatalog catalog, Store store, String portal, Records records, Sessions sessions) {
        this.writes = writes;
        this.catalog = catalog;
        this.store = store;
        this.portal = portal;
        this.records = records;
        this.sessions = sessions;
    }

    public Receipt create(Args args, Caller caller) {
        EntityType entity = Entities.resolve(catalog, args.text("entity"));
        Map<String, Object> fields = args.object("fields", true);
        Change change = Change.create(entity.key(), fields, args.optionalText("key"));
        return apply(change, args.optionalText("reason"), "create", caller);
    }

    public Receipt update(Args args, Caller caller) {
        EntityType entity = Entities.resolve(catalog, args.text("entity"));
        long id = args.id("id");
        Map<String, Object> fields = args.object("fields", true);
        return apply(Change.update(entity.key(), id, fields), args.text("reason"), "update", caller);
    }

    public Receipt moveStage(Args args, Caller caller) {
        EntityType entity = Entities.resolve(catalog, args.text("entity"));
        long id = args.id("id");
        String stage = args.text("stage");
        String reason = args.text("reason");
        EntitySchema schema = catalog.schema(entity);
        if (schema.pipelines().isEmpty()) {
            // leads move through their status list: no pipeline to look the name up in
            String field = schema.find("STATUS_ID").isPresent() ? "STATUS_ID" : "STAGE_ID";
            return apply(Change.update(entity.key(), id, Map.of(field, stage)), reason, "move_stage", caller);
        }
        RecordView current = records.read(entity, id);
        Object pipeline = current.find("CATEGORY_ID").map(RecordView.Entry::value).orElse(null);
        if (pipeline == null) {
            // a record in the default pipeline may read without a pipeline (CATEGORY_ID 0 reads as empty)
            pipeline = schema.pipelines().stream().filter(dev.b24kit.schema.Pipeline::isDefault).map(p -> (Object) p.id())
                    .findFirst().orElse(null);
        }
        String stageField = entity.isSmartProcess() ? "stageId" : "STAGE_ID";
        Change change = Change.update(entity.key(), id, Map.of(stageField, stage));
        return apply(pipeline == null ? change : change.inPipeline(pipeline), reason, "move_stage", caller);
    }

    private Receipt apply(Change change, String reason, String tool, Caller caller) {
        Actor agent = Actor.agent(caller.client());
        Receipt receipt = writes.onBehalfOf(agent).apply(change);
        if (receipt instanceof Receipt.Proposed proposed) {
            sessions.proposed(caller.session(), proposed.proposalId());
        }
        String proposal = receipt instanceof Receipt.Proposed p ? p.proposalId() : null;
        if (proposal != null || receipt.journalId() != null) {
            ObjectNode detail = Json.object().put("tool", tool).put("client", caller.client()).put("session", caller.session());
            detail.put("reason", reason == null ? "" : reason);
            store.audit().append(new AuditEvent(portal, agent.audited(), "agent.reason", proposal, receipt.journalId(),
                    detail.toString()));
        }
        return receipt;
    }

    /** The receipt as an agent reads it: its JSON, what it means, and for a proposal how it gets decided. */
    public static ObjectNode answer(Receipt receipt) {
        ObjectNode out = Json.object();
        out.set("receipt", receipt.toJson());
        out.put("summary", switch (receipt) {
            case Receipt.Confirmed c -> (c.adopted() ? "adopted: an earlier attempt with this key created it; " : "confirmed: ")
                    + "the portal was read back holding every field (" + receipt.entity() + " " + c.recordId() + ")";
            case Receipt.Drifted d -> "drifted: written, but read back these fields hold something else: "
                    + String.join("; ", d.diffs().stream().map(Object::toString).toList());
            case Receipt.Refused r -> "refused, nothing was sent: " + r.reason();
            case Receipt.Unknown u -> "unknown: the portal may or may not have applied it; retrying with the same "
                    + "arguments (and key) settles it without doing it twice. " + String.join("; ", u.attempts());
            case Receipt.Proposed p -> "proposed (observe mode): nothing was sent; proposal " + p.proposalId()
                    + " waits for a person. Ask proposal_status to learn what became of it.";
        });
        if (receipt instanceof Receipt.Proposed p) {
            out.put("proposal", p.proposalId());
        }
        if (receipt instanceof Receipt.Refused r) {
            ObjectNode refused = out.putObject("refused");
            refused.put("message", r.reason());
            refused.put("field", r.field());
            refused.put("given", r.value());
            refused.set("accepted", Json.MAPPER.valueToTree(r.accepted() == null ? List.of() : r.accepted()));
        }
        return out;
    }
}
