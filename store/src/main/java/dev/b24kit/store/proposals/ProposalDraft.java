package dev.b24kit.store.proposals;

import dev.b24kit.store.internal.Arguments;

/**
 * A write proposed in observe mode instead of being made.
 *
 * @param portal the portal's origin, normalised and checked as in {@link dev.b24kit.store.journal.Intent}
 * @param entity what would be written; not blank
 * @param recordId the record an update would change; {@code null} for a create
 * @param idempotencyKey the key the write would carry; may be {@code null}
 * @param change the intended change (JSON text; opaque to the store)
 * @param current the record's values when proposed (JSON text); {@code "{}"} for a create
 * @param diff what would change (JSON text)
 * @throws IllegalArgumentException when a rule above is broken
 */
public record ProposalDraft(String portal, String entity, String recordId, String idempotencyKey, String change,
                            String current, String diff) {

    public ProposalDraft {
        portal = Arguments.writeTarget(portal, entity, recordId, idempotencyKey, change);
        Arguments.present("current", current);
        Arguments.present("diff", diff);
    }
}
