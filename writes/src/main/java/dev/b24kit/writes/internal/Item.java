package dev.b24kit.writes.internal;

import java.util.ArrayList;
import java.util.List;

import dev.b24kit.schema.RecordView;
import dev.b24kit.store.journal.JournalState;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;

/**
 * One change on its way through a run: where it got to, what was tried, and its receipt once settled.
 * Belongs to the thread of the run.
 */
final class Item {

    final Change change;
    Prepared write;
    Receipt receipt;
    String journalId;
    /** The journal entry's state as this run last wrote or read it. */
    JournalState state;
    /** Whether the journal entry belongs to another attempt still in flight, which this run must not move. */
    boolean foreign;
    /** Whether a call of this write ended without telling whether the portal applied it. */
    boolean open;
    Long recordId;
    boolean adopted;
    RecordView readBack;
    KeyLookup.Found lookup;
    final List<String> attempts = new ArrayList<>();

    Item(Change change) {
        this.change = change;
        this.recordId = change.recordId();
    }

    boolean settled() {
        return receipt != null;
    }

    String entity() {
        return write != null ? write.target().entity() : change.entity();
    }

    String method() {
        return write == null ? "" : write.target().write(write.recordId(), write.send()).method();
    }

    void refuse(Refusal refusal) {
        receipt = refusal.receipt(entity(), recordId, journalId);
    }

    void unknown(String why) {
        attempts.add(why);
        receipt = new Receipt.Unknown(entity(), recordId, journalId, method(), attempts);
    }
}
