package dev.b24kit.store.audit;

import java.time.Instant;

/** An event as the audit log holds it: an id, when it was appended (to the millisecond), and the event. */
public record AuditEntry(String id, Instant at, AuditEvent event) {
}
