package dev.b24kit.writes.internal;

import java.util.List;

import dev.b24kit.schema.RecordView;
import dev.b24kit.store.Store;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalDraft;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.FieldDiff;
import dev.b24kit.writes.Receipt;

/**
 * Observe mode's side of a run: instead of writing, each change is stored as a proposal with the
 * intended change, the record's current values and the diff, in labels; nothing is sent but the reads.
 */
final class Proposing {

    private final Store store;
    private final String portal;
    private final Sending sending;

    Proposing(Store store, String portal, Sending sending) {
        this.store = store;
        this.portal = portal;
        this.sending = sending;
    }

    void propose(List<Item> items, Actor actor) {
        List<Item> updates = items.stream().filter(i -> !i.write.isCreate()).toList();
        sending.read(updates, (item, current) -> item.readBack = current, "reading the current record");
        for (Item item : items) {
            if (!item.write.isCreate() && item.readBack == null) {
                item.refuse(new Refusal("could not read the record to propose the change: " + String.join("; ", item.attempts)));
                continue;
            }
            RecordView current = item.write.isCreate()
                    ? RecordView.of(item.write.target().schema(), Json.MAPPER.createObjectNode()) : item.readBack;
            List<FieldDiff> diff = Verification.diff(item.write.expected(), current);
            item.readBack = null;
            ProposalDraft draft = new ProposalDraft(portal, item.entity(),
                    item.recordId == null ? null : String.valueOf(item.recordId), item.write.key(),
                    ChangeJson.of(item.change), current.toJson().toString(), Json.MAPPER.valueToTree(diff).toString());
            Proposal proposal = store.transaction(tx -> {
                Proposal stored = tx.proposals().propose(draft);
                tx.audit().append(new AuditEvent(portal, actor.audited(), "proposal.created", stored.id(), null, null));
                return stored;
            });
            item.receipt = new Receipt.Proposed(item.entity(), item.recordId, null, proposal.id(), diff);
        }
    }
}
