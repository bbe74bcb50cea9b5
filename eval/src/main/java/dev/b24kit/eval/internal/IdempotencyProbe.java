package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.schema.EntityType;
import dev.b24kit.writes.Receipt;

/**
 * Probe 7: a create whose answer is lost after the portal committed it (a {@code drop-after-commit} fault
 * injected through the test portal's admin API) and which is then retried yields exactly one record. Only on
 * a test portal: nowhere else can the eval make a portal lose an answer.
 */
final class IdempotencyProbe implements Probe {

    /** The fault: the next {@code batch} (verified writes send a create with its read-back in one) commits, then the connection drops. */
    static final String FAULT = "drop-after-commit@batch,count=1";
    /** Attempts of the create, the first included, before its outcome counts as unknown for good. */
    static final int ATTEMPTS = 2;

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String id() {
        return "idempotency";
    }

    @Override
    public String title() {
        return "Idempotency";
    }

    @Override
    public String writes() {
        return "it creates a deal while a fault loses the answer";
    }

    @Override
    public Outcome run(ProbeContext context) {
        if (context.admin().isEmpty()) {
            return Outcome.skipped("not a test portal (no admin API at /_testportal/): faults cannot be injected here");
        }
        PortalAdmin admin = context.admin().get();
        String key = context.sandbox().key("idempotency");
        List<String> evidence = new ArrayList<>();
        long fault = admin.addFault(FAULT);
        evidence.add("fault injected: " + FAULT + " (the portal commits the create, the connection drops before the answer)");
        Receipt receipt = null;
        try {
            for (int attempt = 1; attempt <= ATTEMPTS && !(receipt instanceof Receipt.Confirmed); attempt++) {
                try {
                    receipt = context.writes().create("deal", Map.of("TITLE", "b24kit eval idempotency " + context.runId()), key);
                    evidence.add("attempt " + attempt + ": " + receipt.kind() + " " + receipt.toJson());
                } catch (Bitrix24Exception e) {
                    // the portal stayed unreachable through the client's retries: as unknown as a lost answer
                    receipt = null;
                    evidence.add("attempt " + attempt + ": unknown, the call failed: " + e.getMessage());
                }
            }
        } finally {
            removeQuietly(admin, fault);
        }
        List<Long> ids = holding(context, key, evidence);
        if (!(receipt instanceof Receipt.Confirmed)) {
            return Outcome.fail("the create's outcome stayed " + (receipt == null ? "unknown" : receipt.kind()) + " after "
                    + ATTEMPTS + " attempts; " + (ids == null ? "the deals holding its key could not be counted"
                    : ids.size() + " deals hold its key"), evidence);
        }
        if (ids == null) {
            return Outcome.fail("the deals holding the create's key could not be counted", evidence);
        }
        return Outcome.of(ids.size() == 1, "a create retried after a lost answer yields one record (" + ids + ")",
                "a create retried after a lost answer yields " + ids.size() + " records " + ids, evidence);
    }

    /** The deals holding {@code key}, taken into the sandbox; null when they cannot be listed (the evidence says why). */
    private static List<Long> holding(ProbeContext context, String key, List<String> evidence) {
        try {
            List<Long> ids = withKey(context, key);
            ids.forEach(id -> context.sandbox().adopt(EntityType.DEAL, id));
            evidence.add("deals holding the key in ORIGIN_ID: " + ids);
            return ids;
        } catch (Bitrix24Exception e) {
            evidence.add("deals holding the key in ORIGIN_ID: could not be listed: " + e.getMessage());
            return null;
        }
    }

    private static List<Long> withKey(ProbeContext context, String key) {
        ListQuery query = ListQuery.builder().filter("ORIGIN_ID", key).select("ID").shards(1).build();
        try (Stream<JsonNode> rows = context.client().list("crm.deal.list", query)) {
            return rows.map(r -> r.get("ID").asLong()).toList();
        }
    }

    /** A rule that struck its one time is gone already; removing it then is refused, which is fine. */
    private static void removeQuietly(PortalAdmin admin, long fault) {
        try {
            admin.removeFault(fault);
        } catch (IllegalStateException e) {
            // spent
        }
    }
}
