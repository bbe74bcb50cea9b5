package dev.b24kit.gateway.page.internal;

import java.util.List;
import java.util.Map;

import dev.b24kit.store.Store;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Approvals;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.Writes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@link Writes} whose refusals and journal-answered adoptions are appended to the audit log. */
public final class RecordingWrites implements Writes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writes writes;
    private final Store store;
    private final String portal;
    private final Actor actor;

    public RecordingWrites(Writes writes, Store store, String portal, Actor actor) {
        this.writes = writes;
        this.store = store;
        this.portal = portal;
        this.actor = actor;
    }

    @Override
    public Writes onBehalfOf(Actor other) {
        return new RecordingWrites(writes.onBehalfOf(other), store, portal, other);
    }

    @Override
    public Receipt update(String entity, long id, Map<String, ?> fields) {
        return record(writes.update(entity, id, fields), null);
    }

    @Override
    public Receipt create(String entity, Map<String, ?> fields, String key) {
        return record(writes.create(entity, fields, key), key);
    }

    @Override
    public Receipt apply(Change change) {
        return applyAll(List.of(change)).get(0);
    }

    @Override
    public List<Receipt> applyAll(List<Change> changes) {
        List<Receipt> receipts = writes.applyAll(changes);
        receipts.forEach(r -> record(r, null));
        return receipts;
    }

    @Override
    public Approvals approvals() {
        return writes.approvals();
    }

    private Receipt record(Receipt receipt, String key) {
        switch (receipt) {
            case Receipt.Refused r when r.journalId() == null && r.field() != null && !r.field().equals("key") -> {
                ObjectNode detail = base(r);
                detail.put("field", r.field());
                detail.put("value", r.value());
                detail.put("reason", r.reason());
                append("write.refused", null, detail);
            }
            case Receipt.Confirmed c when c.adopted() -> adopted(c, c.journalId(), key);
            case Receipt.Drifted d when d.adopted() -> adopted(d, d.journalId(), key);
            default -> {
            }
        }
        return receipt;
    }

    /** Every adoption, so that retries answered from the journal (which records nothing for them) are counted too. */
    private void adopted(Receipt receipt, String journalId, String key) {
        ObjectNode detail = base(receipt);
        detail.put("key", key);
        append("write.adopted", journalId, detail);
    }

    private static ObjectNode base(Receipt receipt) {
        ObjectNode detail = JSON.createObjectNode();
        detail.put("entity", receipt.entity());
        detail.put("recordId", receipt.recordId());
        return detail;
    }

    private void append(String action, String journalId, ObjectNode detail) {
        store.audit().append(new AuditEvent(portal, actor.audited(), action, null, journalId, detail.toString()));
    }
}
