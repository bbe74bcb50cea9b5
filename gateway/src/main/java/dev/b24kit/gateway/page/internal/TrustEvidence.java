package dev.b24kit.gateway.page.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.b24kit.gateway.page.Catch;
import dev.b24kit.gateway.page.Caught;
import dev.b24kit.store.Store;
import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.journal.JournalState;
import dev.b24kit.store.trust.JournalStep;
import dev.b24kit.store.trust.LimitWaits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a period's evidence of every {@link Catch} from the store. */
public final class TrustEvidence {

    /** The audit action {@link dev.b24kit.gateway.page.TrustRecording} appends for a refusal before any call. */
    public static final String REFUSED = "write.refused";
    /** The audit action appended for a create answered from the journal with the record a first attempt made. */
    public static final String ADOPTED = "write.adopted";
    /** The writes module's audit action for an approved proposal whose write was refused before the journal. */
    public static final String PROPOSAL_REFUSED = "proposal.refused";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<JournalState> SETTLED = EnumSet.of(JournalState.CONFIRMED, JournalState.DRIFTED,
            JournalState.ADOPTED, JournalState.REFUSED);

    private TrustEvidence() {
    }

    public static List<Caught> collect(Store store, String portal, Instant from, Instant to) {
        List<Caught> items = new ArrayList<>();
        for (AuditEntry entry : store.trust().audit(portal, List.of(REFUSED, ADOPTED, PROPOSAL_REFUSED), from, to)) {
            Caught caught = audited(entry);
            if (caught != null) {
                items.add(caught);
            }
        }
        Set<String> adoptedInAudit = new java.util.HashSet<>();
        items.stream().filter(c -> c.kind() == Catch.DUPLICATE_PREVENTED).forEach(c -> adoptedInAudit.add(c.detail()));
        for (JournalStep step : store.trust().journalSteps(portal, from, to)) {
            journaled(step, items, adoptedInAudit);
        }
        for (FeedEntry entry : store.trust().recovered(portal, from, to)) {
            items.add(new Caught(Catch.EVENT_RECOVERED, entry.detectedAt(), entry.entity() + " " + entry.recordId(), 1,
                    "feed", String.valueOf(entry.seq()), entry.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ", found by " + (entry.source().name().equals("SWEEP") ? "the ID sweep" : "the reconciler's listing")));
        }
        for (LimitWaits waits : store.trust().limitWaits(portal, from, to)) {
            items.add(new Caught(Catch.LIMIT_WAIT, waits.firstAt(), waits.reason() + " " + waits.method(), waits.waits(),
                    "limit_wait", waits.day() + " " + waits.method() + " " + waits.reason(),
                    "waited " + waits.waited().toMillis() + " ms in all, last at " + waits.lastAt()));
        }
        items.sort(Comparator.comparing(Caught::at).thenComparing(Caught::ref));
        return items;
    }

    /** The catch an audit entry records; {@code null} for a refusal that names no field the portal would drop. */
    private static Caught audited(AuditEntry entry) {
        JsonNode detail = parse(entry.event().detail());
        if (entry.event().action().equals(PROPOSAL_REFUSED)) {   // the detail is the Refused receipt
            String field = text(detail, "field", "");
            return field.isEmpty() || field.equals("key") ? null : new Caught(Catch.REFUSED, entry.at(), field, 1, "audit",
                    entry.id(), "an approved proposal: " + text(detail, "reason", ""));
        }
        if (entry.event().action().equals(REFUSED)) {
            return new Caught(Catch.REFUSED, entry.at(), text(detail, "field", "(unknown field)"), 1, "audit", entry.id(),
                    text(detail, "reason", ""));
        }
        return new Caught(Catch.DUPLICATE_PREVENTED, entry.at(), text(detail, "entity", "") + " " + text(detail, "recordId", ""),
                1, "audit", entry.id(), entry.event().journalId());
    }

    /** A journal step's catches; an adoption already in the audit log ({@code adoptedInAudit}: journal ids) counts there. */
    private static void journaled(JournalStep step, List<Caught> items, Set<String> adoptedInAudit) {
        String subject = step.entity() + (step.recordId() == null ? "" : " " + step.recordId());
        String kind = text(parse(step.receipt()), "kind", "");
        if (step.to() == JournalState.DRIFTED || step.to() == JournalState.ADOPTED && kind.equals("drifted")) {
            items.add(new Caught(Catch.DRIFTED, step.at(), subject, 1, "journal", step.journalId(), diffs(step.receipt())));
        }
        if (step.to() == JournalState.ADOPTED && !adoptedInAudit.contains(step.journalId())) {
            items.add(new Caught(Catch.DUPLICATE_PREVENTED, step.at(), subject, 1, "journal", step.journalId(),
                    "an interrupted create's record was found by its key and adopted"));
        }
        if (step.afterUnknown() && SETTLED.contains(step.to())) {
            items.add(new Caught(Catch.UNKNOWN_RESOLVED, step.at(), subject, 1, "journal", step.journalId(),
                    "unknown, then " + step.to().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static String diffs(String receipt) {
        JsonNode diffs = parse(receipt).path("diffs");
        List<String> fields = new ArrayList<>();
        diffs.forEach(d -> fields.add(d.path("title").asString("") + ": asked '" + d.path("expectedText").asString("")
                + "', holds '" + d.path("actualText").asString("") + "'"));
        return String.join("; ", fields);
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? otherwise : value.asString(otherwise);
    }
}
