package dev.b24kit.store.audit;

import dev.b24kit.store.internal.Arguments;

/**
 * Something to put on the record.
 *
 * @param portal the portal's origin, normalised and checked as in {@link dev.b24kit.store.journal.Intent}
 * @param actor who did it (a person, {@code agent:<name>}, {@code b24kit}); not blank
 * @param action what was done ({@code proposal.approved}, {@code write.confirmed}, {@code policy.live}); not blank
 * @param proposalId the proposal it concerns; may be {@code null}
 * @param journalId the journal entry it concerns; may be {@code null}
 * @param detail more about it (JSON text); may be {@code null}
 * @throws IllegalArgumentException when a rule above is broken
 */
public record AuditEvent(String portal, String actor, String action, String proposalId, String journalId,
                         String detail) {

    public AuditEvent {
        portal = Arguments.origin(portal);
        Arguments.text("actor", actor);
        Arguments.text("action", action);
        Arguments.optionalText("proposalId", proposalId);
        Arguments.optionalText("journalId", journalId);
    }
}
