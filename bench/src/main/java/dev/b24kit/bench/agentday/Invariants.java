package dev.b24kit.bench.agentday;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import dev.b24kit.bench.changes.BenchTracking;
import dev.b24kit.testportal.PortalEvents;

/**
 * The day's invariants, read from the portal (its API and its delivery log) beside what the agents were
 * answered and what the gateways' feed holds. Each violation names the invariant and its evidence.
 *
 * <p>Not thread-safe; used once.
 */
final class Invariants {

    /** One invariant broken, with up to a few examples of its evidence. */
    public record Violation(String invariant, long count, List<String> evidence) {
    }

    private final DayConfig config;
    private final Witness witness;
    private final Ledger ledger;
    private final URI handler;

    Invariants(DayConfig config, Witness witness, Ledger ledger, URI handler) {
        this.config = config;
        this.witness = witness;
        this.ledger = ledger;
        this.handler = handler;
    }

    List<Violation> check(Duration convergence) {
        Map<Long, JsonNode> deals = witness.portalDeals();
        List<Violation> found = new ArrayList<>();
        add(found, "records created twice for one key", duplicates(deals));
        add(found, "confirmed receipts whose values the portal does not hold", unheld(deals));
        add(found, "acknowledged events missing from the feed", unfed());
        long[] diff = BenchTracking.differences(deals, witness.mirror());
        if (diff[0] + diff[1] + diff[2] > 0) {
            found.add(new Violation("mirror differs from the portal " + convergence.toSeconds() + " s after the work ended",
                    diff[0] + diff[1] + diff[2], List.of("stale " + diff[0], "missing " + diff[1], "deleted but mirrored " + diff[2])));
        }
        add(found, "QUERY_LIMIT_EXCEEDED or OPERATION_TIME_LIMIT surfaced to an agent", ledger.operations().stream()
                .filter(Ledger.Operation::limitCodes).map(Invariants::describe).toList());
        add(found, "operations without a receipt or result, or whose unknown was not resolved", ledger.operations().stream()
                .filter(o -> o.outcome().equals("failed") || o.outcome().equals("receipt:unknown"))
                .map(Invariants::describe).toList());
        if (ledger.operations().size() != config.operations()) {
            found.add(new Violation("operations recorded", ledger.operations().size(),
                    List.of("expected " + config.operations())));
        }
        return found;
    }

    private static void add(List<Violation> found, String invariant, List<String> evidence) {
        if (!evidence.isEmpty()) {
            found.add(new Violation(invariant, evidence.size(), evidence.stream().limit(10).toList()));
        }
    }

    private static String describe(Ledger.Operation o) {
        return "agent " + o.session() + " op " + o.number() + " " + o.tool() + (o.key() == null ? "" : " key " + o.key())
                + ": " + o.outcome() + " after " + o.attempts() + " attempts" + (o.detail() == null ? "" : " (" + o.detail() + ")");
    }

    /** Keys of this run held by more than one deal on the portal. */
    private List<String> duplicates(Map<Long, JsonNode> deals) {
        String prefix = "agentday agentday-" + config.seed() + "-";
        Map<String, List<Long>> byKey = new TreeMap<>();
        deals.forEach((id, deal) -> {
            String title = deal.path("TITLE").asString("");
            if (title.startsWith(prefix)) {
                byKey.computeIfAbsent(title.split(" ")[1], k -> new ArrayList<>()).add(id);
            }
        });
        return byKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> "key " + e.getKey() + " → deals " + e.getValue()).toList();
    }

    /** Fields whose last confirmed value (the only writer being the record's own agent) the portal does not hold. */
    private List<String> unheld(Map<Long, JsonNode> deals) {
        List<String> evidence = new ArrayList<>();
        for (Ledger.Owned owned : ledger.owned.values()) {
            JsonNode deal = deals.get(owned.recordId());
            if (deal == null) {
                evidence.add("key " + owned.key() + ": deal " + owned.recordId() + " confirmed but not on the portal");
                continue;
            }
            owned.expected().forEach((field, value) -> {
                String held = deal.path(field).asString("");
                if (!same(field, value, held)) {
                    evidence.add("deal " + owned.recordId() + " " + field + ": confirmed '" + value + "', portal holds '" + held + "'");
                }
            });
        }
        return evidence;
    }

    private static boolean same(String field, String expected, String held) {
        if (field.equals("OPPORTUNITY")) {
            try {
                return new BigDecimal(expected).compareTo(new BigDecimal(held)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return expected.equals(held);
    }

    /**
     * Events the gateways acknowledged (2xx; a duplicate counts once, by its event ID) that the feed does not
     * reflect: no entry for the deal detected at or after the event was raised. Entries are per change the
     * gateways saw, so events close together on one deal may share one entry, which then reflects them all.
     */
    private List<String> unfed() {
        Map<Long, Instant> lastDetected = new HashMap<>();
        witness.feed().forEach(e -> lastDetected.merge(e.recordId(), e.detectedAt(), (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, PortalEvents.Delivery> acknowledged = new HashMap<>();
        long after = 0;
        List<PortalEvents.Delivery> page;
        while (!(page = witness.portal.events().deliveries(after, handler, 10_000)).isEmpty()) {
            for (PortalEvents.Delivery d : page) {
                if (d.outcome().equals("DELIVERED") && d.status() / 100 == 2) {
                    acknowledged.putIfAbsent(d.eventId(), d);
                }
            }
            after = page.getLast().sequence();
        }
        ledger.acknowledgedEvents = acknowledged.size();
        return acknowledged.values().stream()
                .filter(d -> {
                    Instant detected = lastDetected.get(Long.parseLong(d.entityId()));
                    return detected == null || detected.isBefore(d.raisedAt());
                })
                .sorted(Comparator.comparingLong(PortalEvents.Delivery::eventId))
                .map(d -> "deal " + d.entityId() + ": " + d.event() + " #" + d.eventId() + " raised " + d.raisedAt()
                        + ", acknowledged, last feed entry " + lastDetected.get(Long.parseLong(d.entityId())))
                .toList();
    }
}
